import { useCallback } from 'react';
import type { MarkNotificationReadMutation as MarkNotificationReadData } from '../../../gql/graphql';
import { useResultMutation } from '../../../shared/hooks/use-result-mutation';
import { assertNever } from '../../../shared/lib/assert-never';
import { MarkNotificationReadMutation } from '../incidents.graphql';

export type MarkNotificationReadOutcome = { type: 'READ'; readAt: string | null } | { type: 'NOT_FOUND' };

/** Maps every member of MarkNotificationReadResult; a new member fails the type check. */
export function toMarkNotificationReadOutcome(
  result: MarkNotificationReadData['markNotificationRead'],
): MarkNotificationReadOutcome {
  switch (result.__typename) {
    case 'Notification':
      return { type: 'READ', readAt: result.readAt ?? null };
    case 'CaseNotFoundError':
      return { type: 'NOT_FOUND' };
    default:
      return assertNever(result);
  }
}

export function useMarkNotificationRead() {
  const { run } = useResultMutation(
    MarkNotificationReadMutation,
    'markNotificationRead',
    toMarkNotificationReadOutcome,
    { refetchQueries: ['MyNotifications'] },
  );
  return useCallback((id: string) => run({ id }), [run]);
}
