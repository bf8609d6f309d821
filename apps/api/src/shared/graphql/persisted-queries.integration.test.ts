import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse, specifiedRules, validate } from 'graphql';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { AccountEntity } from '../../features/accounts/account.entity';
import { callWithToken } from '../../features/api-clients/api-clients.test-support';
import { totpCode, totpStep } from '../../features/auth/totp';
import { DEMO_PASSWORD } from '../../seed/demo-district.data';
import { buildAppSchema } from '../../schema';
import { GraphQLTestClient, type GraphQLResponse } from '../../test-support/graphql-test-client';
import { startTestApp, type TestApp } from '../../test-support/test-app';
import { SESSION_COOKIE } from '../auth/session-cookie';
import { loadPersistedQueries } from './persisted-queries';

// Issue 13: the SPA's own operations are an allow-list written by the web's codegen. In production
// (required) a request without an Authorization header runs only allow-listed hashes; a request with
// one (an API client's token) keeps full documents.
let gated: TestApp;
let open: TestApp;
let documents: Record<string, string>;
const sockets: Client[] = [];

beforeAll(async () => {
  gated = await startTestApp({ persistedQueriesRequired: true });
  open = await startTestApp({ persistedQueriesRequired: false });
  documents = JSON.parse(readFileSync(gated.config.persistedQueriesFile, 'utf8')) as Record<string, string>;
});
afterEach(async () => {
  await Promise.all(sockets.splice(0).map((socket) => socket.dispose()));
});
afterAll(async () => {
  await gated?.close();
  await open?.close();
});

function hashOf(operationName: string): string {
  const pattern = new RegExp(`(^|\\} )(query|mutation|subscription) ${operationName}\\b`);
  const found = Object.entries(documents).find(([, document]) => pattern.test(document));
  if (!found) throw new Error(`${operationName} is not on the allow-list`);
  return found[0];
}

function persisted(
  client: GraphQLTestClient,
  operationName: string,
  variables?: Record<string, unknown>,
  hash = hashOf(operationName),
): Promise<GraphQLResponse> {
  return client.post(
    JSON.stringify({
      operationName,
      variables,
      extensions: { persistedQuery: { version: 1, sha256Hash: hash } },
    }),
  );
}

async function signedInBySpa(app: TestApp, username: string): Promise<GraphQLTestClient> {
  const client = app.client();
  const answer = await persisted(client, 'SignIn', { input: { username, password: DEMO_PASSWORD } });
  expect(answer.body.data?.signIn).toMatchObject({ __typename: 'Viewer', username });
  return client;
}

/** The administrator signs in as the SPA does (by hashes), MFA included (REP-7, VET-2). */
async function adminBySpa(app: TestApp): Promise<GraphQLTestClient> {
  const client = app.client();
  const answer = await persisted(client, 'SignIn', { input: { username: 'admin', password: DEMO_PASSWORD } });
  const signIn = answer.body.data?.signIn as { __typename: string; challenge: string };
  expect(signIn.__typename).toBe('MfaRequired');
  await app.owner.query('UPDATE account SET mfa_last_step = NULL WHERE username = $1', ['admin']);
  const { mfaSecret } = await app.owner.getRepository(AccountEntity).findOneByOrFail({ username: 'admin' });
  const code = totpCode(mfaSecret!, totpStep(app.clock.now()));
  const verified = await persisted(client, 'VerifyMfa', { input: { challenge: signIn.challenge, code } });
  expect(verified.body.data?.verifyMfa).toMatchObject({ __typename: 'Viewer', username: 'admin' });
  return client;
}

/** A real API client's token, registered through the SPA's own (allow-listed) operation. */
async function clientToken(app: TestApp): Promise<string> {
  const admin = await adminBySpa(app);
  const created = await persisted(admin, 'CreateApiClient', {
    input: { name: '持久化查询测试客户端', role: 'SECTION_MEMBER', unit: 'SAFETY' },
  });
  const issued = created.body.data?.createApiClient as { __typename: string; token: string };
  expect(issued.__typename).toBe('ApiClientTokenIssued');
  return issued.token;
}

const UNKNOWN_HASH = 'f'.repeat(64);

describe('persisted queries (issue 13)', () => {
  it('every document on the allow-list is valid against the current schema', async () => {
    const schema = await buildAppSchema();
    expect(Object.keys(documents).length).toBeGreaterThan(50);
    for (const [hash, document] of Object.entries(documents)) {
      expect({
        hash,
        errors: validate(schema, parse(document), specifiedRules).map((e) => e.message),
      }).toEqual({
        hash,
        errors: [],
      });
    }
  });

  it('required: a known hash runs its stored document, for the signed-out sign-in and the signed-in session', async () => {
    const teacher = await signedInBySpa(gated, 'teacher');
    const me = await persisted(teacher, 'Me');
    expect(me.status).toBe(200);
    expect(me.body.data?.me).toMatchObject({ __typename: 'Viewer', username: 'teacher' });
  });

  it('required: an unknown hash is refused with HTTP 400 and a clear error', async () => {
    const answer = await persisted(gated.client(), 'Me', undefined, UNKNOWN_HASH);
    expect(answer.status).toBe(400);
    expect(answer.body.errors).toEqual([
      {
        message: expect.stringContaining('not on the allow-list'),
        extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' },
      },
    ]);
    const malformed = await gated
      .client()
      .post(JSON.stringify({ extensions: { persistedQuery: { version: 1 } } }));
    expect([malformed.status, GraphQLTestClient.errorCode(malformed)]).toEqual([
      400,
      'PERSISTED_QUERY_NOT_FOUND',
    ]);
    // Apollo's link then sends the document with the hash: still refused.
    const retried = await gated.client().post(
      JSON.stringify({
        query: '{ __typename }',
        extensions: { persistedQuery: { version: 1, sha256Hash: UNKNOWN_HASH } },
      }),
    );
    expect([retried.status, GraphQLTestClient.errorCode(retried)]).toEqual([400, 'PERSISTED_QUERY_REQUIRED']);
  });

  it('required: a full document from a cookie request (or none) is refused with HTTP 400, nothing runs', async () => {
    const teacher = await signedInBySpa(gated, 'teacher');
    for (const client of [teacher, gated.client()]) {
      const answer = await client.request('{ me { username } }');
      expect(answer.status).toBe(400);
      expect(answer.body.data).toBeUndefined();
      expect(answer.body.errors).toEqual([
        {
          message: expect.stringContaining('allow-listed hash'),
          extensions: { code: 'PERSISTED_QUERY_REQUIRED' },
        },
      ]);
    }
    // The sign-in by hand, as an attacker's page would send it, does not run either.
    const signIn = await gated
      .client()
      .request('mutation($input: SignInInput!) { signIn(input: $input) { __typename } }', {
        input: { username: 'teacher', password: DEMO_PASSWORD },
      });
    expect([signIn.status, GraphQLTestClient.errorCode(signIn), signIn.setCookies]).toEqual([
      400,
      'PERSISTED_QUERY_REQUIRED',
      [],
    ]);
    // A GET with a document in its query string is refused as well.
    const get = await fetch(`${gated.baseUrl}/graphql?query=${encodeURIComponent('{ __typename }')}`, {
      headers: { 'apollo-require-preflight': 'true', cookie: `${SESSION_COOKIE}=${teacher.sessionToken}` },
    });
    expect([
      get.status,
      ((await get.json()) as { errors: { extensions: { code: string } }[] }).errors[0]?.extensions.code,
    ]).toEqual([400, 'PERSISTED_QUERY_REQUIRED']);
  });

  it('required: a hash sent with another document runs the stored one, never the text that came with it', async () => {
    const answer = await gated.client().post(
      JSON.stringify({
        query: '{ me { username } }',
        operationName: 'Me',
        extensions: { persistedQuery: { version: 1, sha256Hash: hashOf('Me') } },
      }),
    );
    expect(answer.status).toBe(200);
    expect(answer.body.data).toEqual({ __typename: 'Query', me: null });
  });

  it('required: a request with a valid API-client token keeps full documents; an invalid bearer gets 401', async () => {
    const token = await clientToken(gated);
    const document = '{ __typename institutions(first: 1) { totalCount } }';
    const answer = await callWithToken(gated.baseUrl, token, document);
    expect(GraphQLTestClient.errorCode(answer)).not.toBe('PERSISTED_QUERY_REQUIRED');
    expect([answer.status, answer.body.errors, answer.body.data?.__typename]).toEqual([
      200,
      undefined,
      'Query',
    ]);
    expect(answer.body.data?.institutions).toEqual({ totalCount: expect.any(Number) });
    // The gate lets a bearer request through with its document; the client authentication refuses it.
    const invalid = await callWithToken(gated.baseUrl, 'xh_not-a-real-token', document);
    expect(invalid.status).toBe(401);
    expect([invalid.body.data, GraphQLTestClient.errorCode(invalid)]).toEqual([undefined, 'UNAUTHENTICATED']);
  });

  it('required: over the WebSocket, a subscription by hash runs and a document of its own is refused', async () => {
    const byHash = await subscribeOnce(gated, {
      query: '',
      extensions: { persistedQuery: { version: 1, sha256Hash: hashOf('MyNotificationsChanged') } },
    });
    // Past the gate: the resolver answers that nobody is signed in on this socket.
    expect(byHash).toEqual(['UNAUTHENTICATED']);
    const byDocument = await subscribeOnce(gated, {
      query: 'subscription { myNotificationsChanged { at } }',
    });
    expect(byDocument).toEqual(['PERSISTED_QUERY_REQUIRED']);
  });

  it('optional (development, tests): full documents are accepted; an unknown hash asks for the document', async () => {
    const teacher = await open.signedIn('teacher');
    const me = await teacher.request('{ me { username } }');
    expect([me.status, me.body.data]).toEqual([200, { me: { username: 'teacher' } }]);
    const unknown = await persisted(teacher, 'Me', undefined, UNKNOWN_HASH);
    expect([unknown.status, GraphQLTestClient.errorCode(unknown)]).toEqual([
      400,
      'PERSISTED_QUERY_NOT_FOUND',
    ]);
    // Apollo's persisted-query link then sends the document with the hash: it runs.
    const retried = await teacher.post(
      JSON.stringify({
        query: 'query Me { me { username } }',
        extensions: { persistedQuery: { version: 1, sha256Hash: UNKNOWN_HASH } },
      }),
    );
    expect([retried.status, retried.body.data]).toEqual([200, { me: { username: 'teacher' } }]);
    const known = await persisted(teacher, 'Me');
    expect(known.body.data?.me).toMatchObject({ username: 'teacher' });
  });

  it('a required list that is missing stops the start; an optional one is empty', () => {
    const missing = path.join(__dirname, 'no-such-persisted-documents.json');
    expect(() => loadPersistedQueries(missing, true)).toThrow('is missing');
    expect(loadPersistedQueries(missing, false).documents.size).toBe(0);
  });
});

async function subscribeOnce(
  app: TestApp,
  payload: { query: string; extensions?: Record<string, unknown> },
): Promise<string[]> {
  const socket = createClient({
    url: `${app.baseUrl.replace('http', 'ws')}/graphql`,
    webSocketImpl: WebSocket,
    retryAttempts: 0,
    lazy: true,
  });
  sockets.push(socket);
  return new Promise((resolve) => {
    const codes: string[] = [];
    socket.subscribe(payload, {
      next: (result) => codes.push(...(result.errors ?? []).map((e) => String(e.extensions?.code))),
      // A refused operation ends in an `error` message carrying GraphQL errors.
      error: (error) =>
        resolve([
          ...codes,
          ...(Array.isArray(error)
            ? error.map((e: { extensions?: { code?: string } }) => String(e.extensions?.code))
            : [String(error)]),
        ]),
      complete: () => resolve(codes),
    });
  });
}
