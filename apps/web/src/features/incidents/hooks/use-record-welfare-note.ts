import { useCallback } from 'react';
import type {
  RecordWelfareNoteInput,
  RecordWelfareNoteMutation as RecordWelfareNoteData,
} from '../../../gql/graphql';
import { useResultMutation } from '../../../shared/hooks/use-result-mutation';
import { assertNever } from '../../../shared/lib/assert-never';
import { RecordWelfareNoteMutation } from '../incidents.graphql';
import type { CaseOutcomeOf } from './case-outcome';

export type RecordWelfareNoteOutcome = CaseOutcomeOf<'DONE' | 'NOT_FOUND' | 'FORBIDDEN' | 'INVALID_INPUT'>;

/** Maps every member of RecordWelfareNoteResult (REP-10); a new member fails the type check. */
export function toRecordWelfareNoteOutcome(
  result: RecordWelfareNoteData['recordWelfareNote'],
): RecordWelfareNoteOutcome {
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
    default:
      return assertNever(result);
  }
}

/** The answered case carries the notes, so the case page's list updates from the cache without a refetch. */
export function useRecordWelfareNote() {
  const { run, loading } = useResultMutation(
    RecordWelfareNoteMutation,
    'recordWelfareNote',
    toRecordWelfareNoteOutcome,
  );
  const recordWelfareNote = useCallback((input: RecordWelfareNoteInput) => run({ input }), [run]);
  return { recordWelfareNote, isRecording: loading };
}
