import { useCallback } from 'react';
import type {
  AddStaffCandidateInput,
  AddStaffCandidateMutation as Data,
  StaffMemberFieldsFragment,
  TextProblem,
} from '../../../gql/graphql';
import { useResultMutation } from '../../../shared/hooks/use-result-mutation';
import { assertNever } from '../../../shared/lib/assert-never';
import { toStaffForbidden, type StaffForbiddenOutcome } from '../lib/staff-forbidden';
import { AddStaffCandidateMutation } from '../staff.graphql';

export type AddStaffCandidateOutcome =
  | { type: 'ADDED'; staff: StaffMemberFieldsFragment }
  | {
      type: 'INVALID_INPUT';
      field: string | null;
      message: string;
      textProblem: TextProblem | null;
      limit?: number;
    }
  | { type: 'DUPLICATE' }
  | StaffForbiddenOutcome;

/** Maps every member of AddStaffCandidateResult; a new member fails the type check. */
export function toAddStaffCandidateOutcome(result: Data['addStaffCandidate']): AddStaffCandidateOutcome {
  switch (result.__typename) {
    case 'StaffMember':
      return { type: 'ADDED', staff: result };
    case 'ValidationError':
      return {
        type: 'INVALID_INPUT',
        field: result.field ?? null,
        message: result.message,
        textProblem: result.textProblem ?? null,
        limit: result.limit ?? undefined,
      };
    case 'DuplicateStaffError':
      return { type: 'DUPLICATE' };
    case 'StaffForbiddenError':
      return toStaffForbidden(result);
    default:
      return assertNever(result);
  }
}

export function useAddStaffCandidate() {
  const { run, loading } = useResultMutation(
    AddStaffCandidateMutation,
    'addStaffCandidate',
    toAddStaffCandidateOutcome,
    {
      // A new candidate changes every list page and count: drop them and let the list refetch.
      update(cache, { data }) {
        if (data?.addStaffCandidate.__typename === 'StaffMember') cache.evict({ fieldName: 'staff' });
      },
    },
  );
  const addCandidate = useCallback((input: AddStaffCandidateInput) => run({ input }), [run]);
  return { addCandidate, isAdding: loading };
}
