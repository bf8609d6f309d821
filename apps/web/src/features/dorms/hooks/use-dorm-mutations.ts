import { useCallback } from 'react';
import type {
  DormEntryFieldsFragment,
  DormRefusal,
  RecordDormEntryInput,
  RecordDormEntryMutation,
  RecordDormExitMutation,
} from '../../../gql/graphql';
import { useResultMutation } from '../../../shared/hooks/use-result-mutation';
import { assertNever } from '../../../shared/lib/assert-never';
import {
  RecordDormEntryMutation as RecordEntry,
  RecordDormExitMutation as RecordExit,
} from '../dorms.graphql';

export type DormEntryOutcome =
  | { type: 'ENTERED'; entry: DormEntryFieldsFragment }
  | { type: 'REFUSED'; reason: DormRefusal; attempt: DormEntryFieldsFragment }
  | { type: 'INVALID_INPUT' }
  | { type: 'FORBIDDEN' }
  | { type: 'NOT_FOUND' };

/** PRV-4: the door's answer; a refusal carries the attempt the server put on record. */
export function toDormEntryOutcome(result: RecordDormEntryMutation['recordDormEntry']): DormEntryOutcome {
  switch (result.__typename) {
    case 'DormEntry':
      return { type: 'ENTERED', entry: result };
    case 'DormEntryRefusedError':
      return { type: 'REFUSED', reason: result.reason, attempt: result.attempt };
    case 'ValidationError':
      return { type: 'INVALID_INPUT' };
    case 'DormForbiddenError':
      return { type: 'FORBIDDEN' };
    case 'DormNotFoundError':
      return { type: 'NOT_FOUND' };
    default:
      return assertNever(result);
  }
}

export type DormExitOutcome = { type: 'LEFT'; entry: DormEntryFieldsFragment } | { type: 'FAILED' };

export function toDormExitOutcome(result: RecordDormExitMutation['recordDormExit']): DormExitOutcome {
  switch (result.__typename) {
    case 'DormEntry':
      return { type: 'LEFT', entry: result };
    case 'DormNotFoundError':
    case 'DormForbiddenError':
    case 'DormStateError':
      return { type: 'FAILED' };
    default:
      return assertNever(result);
  }
}

// The door's list of people inside is refetched after each entry or exit.
export function useRecordDormEntry() {
  const { run, loading } = useResultMutation(RecordEntry, 'recordDormEntry', toDormEntryOutcome, {
    refetchQueries: ['DormDoor'],
  });
  return { recordEntry: useCallback((input: RecordDormEntryInput) => run({ input }), [run]), loading };
}

export function useRecordDormExit() {
  const { run, loading } = useResultMutation(RecordExit, 'recordDormExit', toDormExitOutcome, {
    refetchQueries: ['DormDoor'],
  });
  return { recordExit: useCallback((entryId: string) => run({ input: { entryId } }), [run]), loading };
}
