import { useCallback } from 'react';
import type {
  CloseChildFileInput,
  LinkChildFileCaseInput,
  OpenChildFileInput,
  RecordWelfareTalkInput,
  UpdateChildFileInput,
} from '../../../gql/graphql';
import { useT } from '../../../i18n/i18n';
import { useResultMutation } from '../../../shared/hooks/use-result-mutation';
import {
  CloseChildFileMutation,
  LinkChildFileCaseMutation,
  OpenChildFileMutation,
  RecordWelfareTalkMutation,
  UpdateChildFileMutation,
} from '../child-files.graphql';
import { toChildFileOutcome, type ChildFileOutcome } from './child-file-outcome';

// Each change answers with the whole file, which Apollo's cache takes by id; the list is refetched.
const REFETCH = { refetchQueries: ['ChildFiles'] };

export function useOpenChildFile() {
  const { run, loading } = useResultMutation(
    OpenChildFileMutation,
    'openChildFile',
    toChildFileOutcome,
    REFETCH,
  );
  return { open: useCallback((input: OpenChildFileInput) => run({ input }), [run]), loading };
}

export function useRecordWelfareTalk() {
  const { run, loading } = useResultMutation(
    RecordWelfareTalkMutation,
    'recordWelfareTalk',
    toChildFileOutcome,
    REFETCH,
  );
  return { recordTalk: useCallback((input: RecordWelfareTalkInput) => run({ input }), [run]), loading };
}

export function useUpdateChildFile() {
  const { run, loading } = useResultMutation(UpdateChildFileMutation, 'updateChildFile', toChildFileOutcome);
  return { update: useCallback((input: UpdateChildFileInput) => run({ input }), [run]), loading };
}

export function useCloseChildFile() {
  const { run, loading } = useResultMutation(
    CloseChildFileMutation,
    'closeChildFile',
    toChildFileOutcome,
    REFETCH,
  );
  return { close: useCallback((input: CloseChildFileInput) => run({ input }), [run]), loading };
}

export function useLinkChildFileCase() {
  const { run, loading } = useResultMutation(
    LinkChildFileCaseMutation,
    'linkChildFileCase',
    toChildFileOutcome,
  );
  return { link: useCallback((input: LinkChildFileCaseInput) => run({ input }), [run]), loading };
}

/** The alert for an outcome, null when saved. */
export function useChildFileFailure() {
  const t = useT();
  return (outcome: ChildFileOutcome): string | null => {
    switch (outcome.type) {
      case 'SAVED':
        return null;
      case 'INVALID_INPUT':
        return t('childFiles.error.INVALID_INPUT', { field: outcome.field ?? '' });
      case 'NOT_FOUND':
        return t('childFiles.error.NOT_FOUND');
      case 'FORBIDDEN':
        return t('childFiles.error.FORBIDDEN');
      case 'CLOSED':
        return t('childFiles.error.CLOSED');
    }
  };
}
