import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import type { MarkNotificationReadMutation as MarkNotificationReadData } from '../../../gql/graphql';
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
  const [mutate] = useMutation(MarkNotificationReadMutation, { refetchQueries: ['MyNotifications'] });
  return useCallback(
    async (id: string): Promise<MarkNotificationReadOutcome> => {
      const { data } = await mutate({ variables: { id } });
      if (!data) throw new Error('markNotificationRead answered without data');
      return toMarkNotificationReadOutcome(data.markNotificationRead);
    },
    [mutate],
  );
}
