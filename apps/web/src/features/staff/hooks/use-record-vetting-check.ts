import { useCallback } from 'react';
import type {
  CheckRecorder,
  RecordVettingCheckInput,
  RecordVettingCheckMutation as Data,
  StaffMemberFieldsFragment,
  StaffStatus,
  TextProblem,
} from '../../../gql/graphql';
import { useResultMutation } from '../../../shared/hooks/use-result-mutation';
import { assertNever } from '../../../shared/lib/assert-never';
import { RecordVettingCheckMutation } from '../staff.graphql';

export type RecordVettingCheckOutcome =
  | { type: 'RECORDED'; staff: StaffMemberFieldsFragment }
  | {
      type: 'INVALID_INPUT';
      field: string | null;
      message: string;
      textProblem: TextProblem | null;
      limit?: number;
    }
  | { type: 'NOT_FOUND' }
  | { type: 'NOT_RESPONSIBLE'; recordedBy: CheckRecorder[]; ruleId: string | null }
  | { type: 'INVALID_STATE'; status: StaffStatus | null };

/** Maps every member of RecordVettingCheckResult; a new member fails the type check. */
export function toRecordVettingCheckOutcome(result: Data['recordVettingCheck']): RecordVettingCheckOutcome {
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
    case 'NotResponsibleError':
      return { type: 'NOT_RESPONSIBLE', recordedBy: result.recordedBy, ruleId: result.ruleId ?? null };
    case 'InvalidStaffStateError':
      return { type: 'INVALID_STATE', status: result.staffStatus ?? null };
    default:
      return assertNever(result);
  }
}

export function useRecordVettingCheck() {
  const { run, loading } = useResultMutation(
    RecordVettingCheckMutation,
    'recordVettingCheck',
    toRecordVettingCheckOutcome,
    {
      // A re-check moves the VET-9 due date: the due lists must be read again.
      update(cache, { data }) {
        if (data?.recordVettingCheck.__typename === 'StaffMember') cache.evict({ fieldName: 'dueChecks' });
      },
    },
  );
  const recordCheck = useCallback((input: RecordVettingCheckInput) => run({ input }), [run]);
  return { recordCheck, isRecording: loading };
}
