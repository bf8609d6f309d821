import { useSubscription } from '@apollo/client/react';
import type { DocumentNode } from 'graphql';
import { useEffect, useRef } from 'react';
import { useLiveStatus } from './live-status';

/**
 * Refetches a query when its subscription signals a change, and once more after the socket
 * reconnects (signals sent while it was down are lost). A failed subscription is not an error for the
 * page: the query falls back to polling (fallbackPollInterval).
 */
export function useLiveRefetch(
  subscription: DocumentNode,
  options: {
    variables?: Record<string, unknown>;
    skip?: boolean;
    refetch: () => unknown;
    onSignal?: () => void;
  },
): void {
  const { refetch, onSignal } = options;
  useSubscription<unknown, Record<string, unknown>>(subscription, {
    variables: options.variables ?? {},
    skip: options.skip,
    onData: () => {
      onSignal?.();
      void refetch();
    },
    onError: () => undefined,
  });
  const { connections } = useLiveStatus();
  const seen = useRef(connections);
  useEffect(() => {
    if (connections > 1 && connections !== seen.current && !options.skip) void refetch();
    seen.current = connections;
  }, [connections, refetch, options.skip]);
}
