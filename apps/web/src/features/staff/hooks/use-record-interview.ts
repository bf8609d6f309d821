import { useCallback } from 'react';
import type {
  RecordInterviewInput,
  RecordInterviewMutation as Data,
  StaffMemberFieldsFragment,
  StaffStatus,
  TextProblem,
} from '../../../gql/graphql';
import { useResultMutation } from '../../../shared/hooks/use-result-mutation';
import { assertNever } from '../../../shared/lib/assert-never';
import { toStaffForbidden, type StaffForbiddenOutcome } from '../lib/staff-forbidden';
import { RecordInterviewMutation } from '../staff.graphql';

export type RecordInterviewOutcome =
  | { type: 'RECORDED'; staff: StaffMemberFieldsFragment }
  | {
      type: 'INVALID_INPUT';
      field: string | null;
      message: string;
      textProblem: TextProblem | null;
      limit?: number;
    }
  | { type: 'NOT_FOUND' }
  | { type: 'INVALID_STATE'; status: StaffStatus | null }
  | StaffForbiddenOutcome;

/** Maps every member of RecordInterviewResult; a new member fails the type check. */
export function toRecordInterviewOutcome(result: Data['recordInterview']): RecordInterviewOutcome {
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
    case 'InvalidStaffStateError':
      return { type: 'INVALID_STATE', status: result.staffStatus ?? null };
    case 'StaffForbiddenError':
      return toStaffForbidden(result);
    default:
      return assertNever(result);
  }
}

export function useRecordInterview() {
  const { run, loading } = useResultMutation(
    RecordInterviewMutation,
    'recordInterview',
    toRecordInterviewOutcome,
    {
      // An interview moves the VET-10 due date.
      update(cache, { data }) {
        if (data?.recordInterview.__typename === 'StaffMember') cache.evict({ fieldName: 'dueChecks' });
      },
    },
  );
  const recordInterview = useCallback((input: RecordInterviewInput) => run({ input }), [run]);
  return { recordInterview, isRecording: loading };
}
