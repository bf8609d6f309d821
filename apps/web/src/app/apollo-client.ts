import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { ErrorLink } from '@apollo/client/link/error';
import { PersistedQueryLink } from '@apollo/client/link/persisted-queries';
import { isSubscriptionOperation } from '@apollo/client/utilities';
import type { DocumentNode } from 'graphql';
import { from, mergeMap } from 'rxjs';
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

/**
 * The hash codegen embedded in a document (`__meta__`, src/gql/persisted-documents.json holds the
 * same hash with the document). The API keeps that file as the SPA's allow-list: in production it
 * refuses any other document from the SPA (issue 13).
 */
export function persistedHash(document: DocumentNode): string {
  const hash = (document as { __meta__?: { hash?: unknown } }).__meta__?.hash;
  if (typeof hash !== 'string')
    throw new Error('A GraphQL document without a persisted hash: write operations in *.graphql.ts files');
  return hash;
}

/**
 * Sends the hash instead of the document (the document only if the server answers that it does not
 * know the hash, which a production server then refuses). Before the transport: subscriptions carry
 * the hash too.
 */
export function createPersistedQueriesLink(): ApolloLink {
  return new PersistedQueryLink({ generateHash: persistedHash });
}

/**
 * The subscription link, with graphql-ws, loaded when the first subscription starts (the bell's, just
 * after the shell renders): it is not part of the signed-in shell's first paint (issue 14).
 */
export function createLazyLink(load: () => Promise<ApolloLink>): ApolloLink {
  let loading: Promise<ApolloLink> | null = null;
  return new ApolloLink((operation, forward) =>
    from((loading ??= load())).pipe(mergeMap((link) => link.request(operation, forward))),
  );
}

export function createApolloClient({ onUnauthenticated }: { onUnauthenticated: () => void }): ApolloClient {
  const httpLink = new HttpLink({
    uri: '/graphql',
    credentials: 'same-origin',
    headers: PREFLIGHT_HEADERS,
  });
  // Subscriptions over the WebSocket; queries and mutations over HTTP (with its CSRF header).
  const socketLink = createLazyLink(() => import('./live-link').then((m) => m.createLiveLink()));
  const transport = ApolloLink.split(
    (operation) => isSubscriptionOperation(operation.query),
    socketLink,
    httpLink,
  );
  return new ApolloClient({
    link: ApolloLink.from([
      createUnauthenticatedLink(onUnauthenticated),
      createPersistedQueriesLink(),
      transport,
    ]),
    cache: createCache(),
  });
}
