import { ApolloClient, ApolloLink, HttpLink } from '@apollo/client';
import { Kind, print, type DocumentNode } from 'graphql';
import { createCache, createPersistedQueriesLink, persistedHash } from './apollo-client';
import * as generated from '../gql/graphql';
import allowList from '../gql/persisted-documents.json';
import { MeQuery, SignInMutation } from '../features/auth/auth.graphql';

// Issue 13: the SPA sends only the hash of its operations; the API keeps persisted-documents.json as
// the allow-list and refuses, in production, any other document from the SPA.
const documents = allowList as Record<string, string>;

function operationDocuments(): Array<[string, DocumentNode]> {
  return Object.entries(generated).filter(
    (entry): entry is [string, DocumentNode] =>
      entry[0].endsWith('Document') &&
      (entry[1] as DocumentNode).definitions?.some((d) => d.kind === Kind.OPERATION_DEFINITION),
  );
}

function capturingClient() {
  const bodies: Array<Record<string, unknown>> = [];
  const fetch = async (_uri: RequestInfo | URL, init?: RequestInit) => {
    bodies.push(JSON.parse(String(init?.body)) as Record<string, unknown>);
    return new Response(JSON.stringify({ data: { __typename: 'Query', me: null, signIn: null } }), {
      status: 200,
      headers: { 'content-type': 'application/json' },
    });
  };
  const client = new ApolloClient({
    link: ApolloLink.from([createPersistedQueriesLink(), new HttpLink({ uri: '/graphql', fetch })]),
    cache: createCache(),
  });
  return { client, bodies };
}

describe('persisted queries (issue 13)', () => {
  it('every operation of the SPA carries a hash that the allow-list maps to that operation', () => {
    const operations = operationDocuments();
    expect(operations.length).toBeGreaterThan(50);
    for (const [name, document] of operations) {
      const stored = documents[persistedHash(document)];
      expect({ name, stored: typeof stored }).toEqual({ name, stored: 'string' });
      const operationName = name.replace(/Document$/, '');
      expect(stored).toMatch(new RegExp(`(^|\\} )(query|mutation|subscription) ${operationName}\\b`));
    }
    // Nothing on the list that the SPA does not use (a stale list grants what no page asks).
    expect(Object.keys(documents).sort()).toEqual(operations.map(([, d]) => persistedHash(d)).sort());
  });

  it('the stored document selects __typename wherever Apollo adds it, so the cache gets what it expects', () => {
    const stored = documents[persistedHash(MeQuery)]!;
    expect(stored).toContain('me { __typename');
    expect(print(MeQuery)).toContain('__typename');
  });

  it('a query and a mutation are sent as their hash only, without the document', async () => {
    const { client, bodies } = capturingClient();
    await client.query({ query: MeQuery, fetchPolicy: 'network-only' }).catch(() => undefined);
    await client
      .mutate({ mutation: SignInMutation, variables: { input: { username: 'a', password: 'b' } } })
      .catch(() => undefined);
    expect(bodies).toHaveLength(2);
    expect(bodies.map((body) => body.query)).toEqual([undefined, undefined]);
    expect(bodies.map((body) => (body.extensions as { persistedQuery?: unknown }).persistedQuery)).toEqual([
      { version: 1, sha256Hash: persistedHash(MeQuery) },
      { version: 1, sha256Hash: persistedHash(SignInMutation) },
    ]);
    expect(bodies.map((body) => body.operationName)).toEqual(['Me', 'SignIn']);
  });

  it('a document written outside codegen has no hash and is not sent', () => {
    const handWritten = { kind: Kind.DOCUMENT, definitions: [] } as DocumentNode;
    expect(() => persistedHash(handWritten)).toThrow('without a persisted hash');
  });
});
