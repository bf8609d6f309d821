import { useCallback } from 'react';
import type {
  RecordPoliceReportInput,
  RecordPoliceReportMutation as RecordPoliceReportData,
} from '../../../gql/graphql';
import { useResultMutation } from '../../../shared/hooks/use-result-mutation';
import { assertNever } from '../../../shared/lib/assert-never';
import { RecordPoliceReportMutation } from '../incidents.graphql';
import type { CaseOutcomeOf } from './case-outcome';

export type RecordPoliceReportOutcome = CaseOutcomeOf<
  'DONE' | 'NOT_FOUND' | 'FORBIDDEN' | 'INVALID_INPUT' | 'TIME_REFUSED' | 'REFUSED'
>;

/** Maps every member of RecordPoliceReportResult; a new member fails the type check. */
export function toRecordPoliceReportOutcome(
  result: RecordPoliceReportData['recordPoliceReport'],
): RecordPoliceReportOutcome {
  switch (result.__typename) {
    case 'Case':
      return { type: 'DONE', case: result };
    case 'CaseNotFoundError':
      return { type: 'NOT_FOUND' };
    case 'CaseForbiddenError':
      return { type: 'FORBIDDEN', ruleId: result.forbiddenRuleId ?? null };
    case 'ValidationError':
      return {
        type: 'INVALID_INPUT',
        field: result.field ?? null,
        textProblem: result.textProblem ?? null,
        limit: result.limit ?? undefined,
      };
    case 'ReportingTimeError':
      return { type: 'TIME_REFUSED', problem: result.problem, field: result.field ?? null };
    case 'TransitionRefusedError':
      return { type: 'REFUSED', refusal: result.refusal, breachRecorded: result.breachRecorded ?? null };
    default:
      return assertNever(result);
  }
}

export function useRecordPoliceReport() {
  const { run, loading } = useResultMutation(
    RecordPoliceReportMutation,
    'recordPoliceReport',
    toRecordPoliceReportOutcome,
    { refetchQueries: ['Cases'] },
  );
  const recordPoliceReport = useCallback((input: RecordPoliceReportInput) => run({ input }), [run]);
  return { recordPoliceReport, isRecording: loading };
}
