import type { ApolloClient } from '@apollo/client';
import { getApolloContext } from '@apollo/client/react';
import { useCallback, useContext } from 'react';

/**
 * The Apollo client for the sign-in route, which paints without Apollo Client (first paint, issue 14):
 * the provider's client when there is one (tests, a page inside the shell), else the app's client,
 * loaded when it is first asked for (the sign-in page asks right after painting).
 */
export function useLazyApolloClient(): () => Promise<ApolloClient> {
  const { client } = useContext(getApolloContext());
  return useCallback(
    () => (client ? Promise.resolve(client) : import('../../../app/apollo').then((m) => m.apolloClient)),
    [client],
  );
}
