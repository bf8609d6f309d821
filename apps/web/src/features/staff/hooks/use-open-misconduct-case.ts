import { useCallback } from 'react';
import type {
  MisconductCaseFieldsFragment,
  OpenMisconductCaseInput,
  OpenMisconductCaseMutation as Data,
  TextProblem,
} from '../../../gql/graphql';
import { useResultMutation } from '../../../shared/hooks/use-result-mutation';
import { assertNever } from '../../../shared/lib/assert-never';
import { toStaffForbidden, type StaffForbiddenOutcome } from '../lib/staff-forbidden';
import { OpenMisconductCaseMutation, StaffMemberQuery } from '../staff.graphql';

export type OpenMisconductCaseOutcome =
  | { type: 'OPENED'; misconductCase: MisconductCaseFieldsFragment }
  | {
      type: 'INVALID_INPUT';
      field: string | null;
      message: string;
      textProblem: TextProblem | null;
      limit?: number;
    }
  | { type: 'NOT_FOUND' }
  | StaffForbiddenOutcome;

/** Maps every member of OpenMisconductCaseResult; a new member fails the type check. */
export function toOpenMisconductCaseOutcome(result: Data['openMisconductCase']): OpenMisconductCaseOutcome {
  switch (result.__typename) {
    case 'MisconductCase':
      return { type: 'OPENED', misconductCase: result };
    case 'ValidationError':
      return {
        type: 'INVALID_INPUT',
        field: result.field ?? null,
        message: result.message,
        textProblem: result.textProblem ?? null,
        limit: result.limit ?? undefined,
      };
    case 'StaffNotFoundError':
      return { type: 'NOT_FOUND' };
    case 'StaffForbiddenError':
      return toStaffForbidden(result);
    default:
      return assertNever(result);
  }
}

export function useOpenMisconductCase() {
  // The new case belongs to the member's list, which only the member query returns.
  const { run, loading } = useResultMutation(
    OpenMisconductCaseMutation,
    'openMisconductCase',
    toOpenMisconductCaseOutcome,
    { refetchQueries: [StaffMemberQuery] },
  );
  const openCase = useCallback((input: OpenMisconductCaseInput) => run({ input }), [run]);
  return { openCase, isOpening: loading };
}
