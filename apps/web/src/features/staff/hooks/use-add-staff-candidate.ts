import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import type {
  AddStaffCandidateInput,
  AddStaffCandidateMutation as Data,
  StaffMemberFieldsFragment,
} from '../../../gql/graphql';
import { assertNever } from '../../../shared/lib/assert-never';
import { AddStaffCandidateMutation } from '../staff.graphql';

export type AddStaffCandidateOutcome =
  | { type: 'ADDED'; staff: StaffMemberFieldsFragment }
  | { type: 'INVALID_INPUT'; field: string | null; message: string }
  | { type: 'DUPLICATE' };

/** Maps every member of AddStaffCandidateResult; a new member fails the type check. */
export function toAddStaffCandidateOutcome(result: Data['addStaffCandidate']): AddStaffCandidateOutcome {
  switch (result.__typename) {
    case 'StaffMember':
      return { type: 'ADDED', staff: result };
    case 'ValidationError':
      return { type: 'INVALID_INPUT', field: result.field ?? null, message: result.message };
    case 'DuplicateStaffError':
      return { type: 'DUPLICATE' };
    default:
      return assertNever(result);
  }
}

export function useAddStaffCandidate() {
  const [mutate, { loading }] = useMutation(AddStaffCandidateMutation, {
    // A new candidate changes every list page and count: drop them and let the list refetch.
    update(cache, { data }) {
      if (data?.addStaffCandidate.__typename === 'StaffMember') cache.evict({ fieldName: 'staff' });
    },
  });
  const addCandidate = useCallback(
    async (input: AddStaffCandidateInput): Promise<AddStaffCandidateOutcome> => {
      const { data } = await mutate({ variables: { input } });
      if (!data) throw new Error('addStaffCandidate answered without data');
      return toAddStaffCandidateOutcome(data.addStaffCandidate);
    },
    [mutate],
  );
  return { addCandidate, isAdding: loading };
}
