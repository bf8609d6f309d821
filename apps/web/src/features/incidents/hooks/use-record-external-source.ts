import { useCallback } from 'react';
import type {
  RecordExternalSourceInput,
  RecordExternalSourceMutation as RecordExternalSourceData,
} from '../../../gql/graphql';
import { useResultMutation } from '../../../shared/hooks/use-result-mutation';
import { assertNever } from '../../../shared/lib/assert-never';
import { RecordExternalSourceMutation } from '../incidents.graphql';
import type { CaseOutcomeOf } from './case-outcome';

export type RecordExternalSourceOutcome = CaseOutcomeOf<
  'DONE' | 'NOT_FOUND' | 'FORBIDDEN' | 'INVALID_INPUT' | 'TIME_REFUSED'
>;

/** Maps every member of RecordExternalSourceResult; a new member fails the type check. */
export function toRecordExternalSourceOutcome(
  result: RecordExternalSourceData['recordExternalSource'],
): RecordExternalSourceOutcome {
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
    default:
      return assertNever(result);
  }
}

export function useRecordExternalSource() {
  // A concealed case (瞒报) appears in the inbox with its breach.
  const { run, loading } = useResultMutation(
    RecordExternalSourceMutation,
    'recordExternalSource',
    toRecordExternalSourceOutcome,
    { refetchQueries: ['Cases'] },
  );
  const recordExternalSource = useCallback((input: RecordExternalSourceInput) => run({ input }), [run]);
  return { recordExternalSource, isRecording: loading };
}
