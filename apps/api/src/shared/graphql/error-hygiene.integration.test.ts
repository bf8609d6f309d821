import { createDataSource } from '../db/data-source';
import { GraphQLTestClient, type GraphQLResponse } from '../../test-support/graphql-test-client';
import { startTestApp, type TestApp } from '../../test-support/test-app';

// Nothing internal may reach a client: no stack trace, SQL, file path or driver message.
const LEAKS = [
  /\bat [\w.<>]+ \(/,
  /node_modules/,
  /\/work\//,
  /\.ts:\d+/,
  /\.js:\d+/,
  /stacktrace/i,
  /\bSELECT\b/i,
  /\bINSERT\b/i,
  /relation "/,
  /ECONNREFUSED/,
  /QueryFailedError/,
  /TypeORM/i,
];

function expectNoLeak(response: GraphQLResponse): void {
  for (const pattern of LEAKS) expect(response.text).not.toMatch(pattern);
}

let app: TestApp;
let broken: TestApp;
beforeAll(async () => {
  app = await startTestApp();
  // An app whose database connection was never opened: every query fails inside TypeORM.
  broken = await startTestApp({}, { dataSource: (url) => createDataSource(url, 'app') });
});
afterAll(async () => {
  await app.close();
  await broken.close();
});

it('a malformed JSON body answers 400 JSON without a stack trace', async () => {
  const response = await app.client().post('{"query": "{ me { id } ');
  expect(response.status).toBe(400);
  expect(response.body.errors?.[0]?.extensions?.code).toBe('BAD_REQUEST');
  expectNoLeak(response);
});

it('an unexpected failure (database unreachable) is masked as INTERNAL_SERVER_ERROR', async () => {
  const response = await broken
    .client()
    .request('mutation { signIn(input: { username: "leader", password: "XiaoHu@2026" }) { __typename } }');
  expect(GraphQLTestClient.errorCode(response)).toBe('INTERNAL_SERVER_ERROR');
  expect(response.body.errors?.[0]?.message).toBe('Internal server error');
  expectNoLeak(response);
});

it('a failure while resolving the session cookie is masked too', async () => {
  const client = broken.client();
  client.sessionToken = 'A'.repeat(43);
  const response = await client.request('{ me { id } }');
  expect(response.status).toBeGreaterThanOrEqual(400);
  expectNoLeak(response);
});

it('syntax errors, unknown fields and over-limit documents answer 400 without leaks or suggestions', async () => {
  const client = app.client();
  const deep = `{ me { institution { duties { responsibilities { unit } } } } }`;
  const tooDeep = `{ me { ${'institution { duties { '.repeat(4)}duty${' } }'.repeat(4)} } }`;
  const aliases = `{ ${Array.from({ length: 20 }, (_, i) => `a${i}: me { id }`).join(' ')} }`;
  const tokens = `{ ${Array.from({ length: 1200 }, () => 'me { id }').join(' ')} }`;
  for (const query of ['{ me { ', '{ mee { id } }', tooDeep, aliases, tokens]) {
    const response = await client.request(query);
    expect(response.status).toBe(400);
    expect(response.body.errors?.length).toBeGreaterThan(0);
    expect(response.text).not.toMatch(/Did you mean/);
    expectNoLeak(response);
  }
  expect((await client.request(deep)).status).toBe(200);
});

it('CSRF prevention: a GET without a preflight-forcing header is refused', async () => {
  const response = await fetch(`${app.baseUrl}/graphql?query=${encodeURIComponent('{ me { id } }')}`);
  expect(response.status).toBe(400);
  expect(await response.text()).not.toMatch(/node_modules|\/work\//);
});

it('serves the SPA shell for client routes and never for /graphql', async () => {
  const route = await fetch(`${app.baseUrl}/institutions/some-id`, { headers: { accept: 'text/html' } });
  expect([200, 404]).toContain(route.status);
  expect(route.headers.get('content-type')).toMatch(/text\/(html|plain)/);
  const api = await fetch(`${app.baseUrl}/graphql`, { headers: { accept: 'text/html' } });
  expect(api.headers.get('content-type') ?? '').not.toMatch(/text\/html/);
});

it('introspection is off in production', async () => {
  const production = await startTestApp({ isProduction: true });
  try {
    const response = await production.client().request('{ __schema { queryType { name } } }');
    expect(response.status).toBe(400);
    expect(response.body.data).toBeUndefined();
    expect((await app.client().request('{ __schema { queryType { name } } }')).body.data).toEqual({
      __schema: { queryType: { name: 'Query' } },
    });
  } finally {
    await production.close();
  }
});
