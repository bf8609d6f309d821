import { useCallback } from 'react';
import type {
  RecordQualificationInput,
  RecordQualificationMutation as Data,
  StaffMemberFieldsFragment,
  TextProblem,
} from '../../../gql/graphql';
import { useResultMutation } from '../../../shared/hooks/use-result-mutation';
import { assertNever } from '../../../shared/lib/assert-never';
import { toStaffForbidden, type StaffForbiddenOutcome } from '../lib/staff-forbidden';
import { RecordQualificationMutation } from '../staff.graphql';

export type RecordQualificationOutcome =
  | { type: 'RECORDED'; staff: StaffMemberFieldsFragment }
  | {
      type: 'INVALID_INPUT';
      field: string | null;
      message: string;
      textProblem: TextProblem | null;
      limit?: number;
    }
  | { type: 'NOT_FOUND' }
  | StaffForbiddenOutcome;

/** Maps every member of RecordQualificationResult; a new member fails the type check. */
export function toRecordQualificationOutcome(
  result: Data['recordQualification'],
): RecordQualificationOutcome {
  switch (result.__typename) {
    case 'StaffMember':
      return { type: 'RECORDED', staff: result };
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

export function useRecordQualification() {
  const { run, loading } = useResultMutation(
    RecordQualificationMutation,
    'recordQualification',
    toRecordQualificationOutcome,
  );
  const recordQualification = useCallback((input: RecordQualificationInput) => run({ input }), [run]);
  return { recordQualification, isRecording: loading };
}
