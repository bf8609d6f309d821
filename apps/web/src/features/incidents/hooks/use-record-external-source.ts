import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import type {
  RecordExternalSourceInput,
  RecordExternalSourceMutation as RecordExternalSourceData,
} from '../../../gql/graphql';
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
      return { type: 'FORBIDDEN' };
    case 'ValidationError':
      return { type: 'INVALID_INPUT', field: result.field ?? null };
    case 'ReportingTimeError':
      return { type: 'TIME_REFUSED', problem: result.problem, field: result.field ?? null };
    default:
      return assertNever(result);
  }
}

export function useRecordExternalSource() {
  // A concealed case (瞒报) appears in the inbox with its breach.
  const [mutate, { loading }] = useMutation(RecordExternalSourceMutation, { refetchQueries: ['Cases'] });
  const recordExternalSource = useCallback(
    async (input: RecordExternalSourceInput): Promise<RecordExternalSourceOutcome> => {
      const { data } = await mutate({ variables: { input } });
      if (!data) throw new Error('recordExternalSource answered without data');
      return toRecordExternalSourceOutcome(data.recordExternalSource);
    },
    [mutate],
  );
  return { recordExternalSource, isRecording: loading };
}
