import { useCallback } from 'react';
import type {
  DecideMisconductInput,
  DecideMisconductMutation as Data,
  MisconductCaseFieldsFragment,
  StaffStatus,
  TextProblem,
} from '../../../gql/graphql';
import { useResultMutation } from '../../../shared/hooks/use-result-mutation';
import { assertNever } from '../../../shared/lib/assert-never';
import { toStaffForbidden, type StaffForbiddenOutcome } from '../lib/staff-forbidden';
import { DecideMisconductMutation, StaffMemberQuery } from '../staff.graphql';

type AllowedOutcomes = Extract<Data['decideMisconduct'], { __typename: 'OutcomeNotAllowedError' }>['allowed'];

export type DecideMisconductOutcome =
  | { type: 'DECIDED'; misconductCase: MisconductCaseFieldsFragment }
  | {
      type: 'INVALID_INPUT';
      field: string | null;
      message: string;
      textProblem: TextProblem | null;
      limit?: number;
    }
  | { type: 'NOT_FOUND' }
  | { type: 'OUTCOME_NOT_ALLOWED'; allowed: AllowedOutcomes }
  | { type: 'INVALID_STATE'; status: StaffStatus | null }
  | StaffForbiddenOutcome;

/** Maps every member of DecideMisconductResult; a new member fails the type check. */
export function toDecideMisconductOutcome(result: Data['decideMisconduct']): DecideMisconductOutcome {
  switch (result.__typename) {
    case 'MisconductCase':
      return { type: 'DECIDED', misconductCase: result };
    case 'ValidationError':
      return {
        type: 'INVALID_INPUT',
        field: result.field ?? null,
        message: result.message,
        textProblem: result.textProblem ?? null,
        limit: result.limit ?? undefined,
      };
    case 'MisconductCaseNotFoundError':
      return { type: 'NOT_FOUND' };
    case 'OutcomeNotAllowedError':
      return { type: 'OUTCOME_NOT_ALLOWED', allowed: result.allowed };
    case 'InvalidStaffStateError':
      return { type: 'INVALID_STATE', status: result.staffStatus ?? null };
    case 'StaffForbiddenError':
      return toStaffForbidden(result);
    default:
      return assertNever(result);
  }
}

export function useDecideMisconduct() {
  // Expulsion changes the member's status (DISMISSED): read the member again.
  const { run, loading } = useResultMutation(
    DecideMisconductMutation,
    'decideMisconduct',
    toDecideMisconductOutcome,
    {
      refetchQueries: [StaffMemberQuery],
    },
  );
  const decide = useCallback((input: DecideMisconductInput) => run({ input }), [run]);
  return { decide, isDeciding: loading };
}
