import { useCallback } from 'react';
import type {
  RecordDisclosureInput,
  RecordDisclosureMutation as RecordDisclosureData,
} from '../../../gql/graphql';
import { useResultMutation } from '../../../shared/hooks/use-result-mutation';
import { assertNever } from '../../../shared/lib/assert-never';
import { RecordDisclosureMutation } from '../incidents.graphql';
import type { CaseOutcomeOf } from './case-outcome';

export type RecordDisclosureOutcome = CaseOutcomeOf<'DONE' | 'INVALID_INPUT' | 'TIME_REFUSED'>;

/** Maps every member of RecordDisclosureResult; a new member fails the type check. */
export function toRecordDisclosureOutcome(
  result: RecordDisclosureData['recordDisclosure'],
): RecordDisclosureOutcome {
  switch (result.__typename) {
    case 'Case':
      return { type: 'DONE', case: result };
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

export function useRecordDisclosure() {
  // The new case shows in the lists and the head's bell at once.
  const { run, loading } = useResultMutation(
    RecordDisclosureMutation,
    'recordDisclosure',
    toRecordDisclosureOutcome,
    {
      refetchQueries: ['Cases', 'MyNotifications'],
    },
  );
  const recordDisclosure = useCallback((input: RecordDisclosureInput) => run({ input }), [run]);
  return { recordDisclosure, isRecording: loading };
}
