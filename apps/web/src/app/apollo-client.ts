import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { ErrorLink } from '@apollo/client/link/error';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { isSubscriptionOperation } from '@apollo/client/utilities';
import { createLiveSocket, liveSocketUrl } from './live-socket';
import { isUnauthenticated } from '../shared/lib/graphql-errors';

/** Apollo Server's CSRF prevention accepts a request that carries this header. */
export const PREFLIGHT_HEADERS = { 'apollo-require-preflight': 'true' } as const;

export function createCache(): InMemoryCache {
  return new InMemoryCache({
    typePolicies: {
      // Pages are fetched by their own variables; nothing to merge across cursors.
      Query: { fields: { institutions: { keyArgs: ['filter', 'first', 'after'] } } },
      // Matrix cells and duties have no id of their own.
      MatrixCell: { keyFields: false },
      InstitutionDuty: { keyFields: false },
      Responsibility: { keyFields: false },
    },
  });
}

/** Any UNAUTHENTICATED error, from any operation, sends the user to sign in. */
export function createUnauthenticatedLink(onUnauthenticated: () => void): ApolloLink {
  return new ErrorLink(({ error }) => {
    if (isUnauthenticated(error)) onUnauthenticated();
  });
}

export function createApolloClient({ onUnauthenticated }: { onUnauthenticated: () => void }): ApolloClient {
  const httpLink = new HttpLink({
    uri: '/graphql',
    credentials: 'same-origin',
    headers: PREFLIGHT_HEADERS,
  });
  // Subscriptions over the WebSocket; queries and mutations over HTTP (with its CSRF header).
  const socketLink = new GraphQLWsLink(createLiveSocket(liveSocketUrl(window.location)));
  const transport = ApolloLink.split(
    (operation) => isSubscriptionOperation(operation.query),
    socketLink,
    httpLink,
  );
  return new ApolloClient({
    link: ApolloLink.from([createUnauthenticatedLink(onUnauthenticated), transport]),
    cache: createCache(),
  });
}
