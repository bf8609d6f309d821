import type { GraphQLTestClient } from '../../test-support/graphql-test-client';
import { startTestApp, type TestApp } from '../../test-support/test-app';
import { hashApiToken } from './api-tokens';
import {
  API_CLIENTS,
  CREATE_API_CLIENT,
  REVOKE_API_CLIENT,
  ROTATE_API_CLIENT_TOKEN,
  callWithToken,
} from './api-clients.test-support';

// Issue 13: API clients call with a bearer token and act with the scope of a person (their account).
const T0 = new Date('2026-03-02T02:00:10.000Z');
const SCHOOL = '九龙坡区谢家湾小学';
const CHILD = '司徒小禾';
const INSTITUTIONS = '{ institutions(first: 5) { totalCount edges { node { id name } } } }';
const NO_SUCH_ID = '00000000-0000-4000-8000-000000000000';
const CASE_CHILD = 'query($id: ID!) { case(id: $id) { id child { name } } }';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- untyped GraphQL answers, checked field by field
type View = Record<string, any>;
const field = (response: { body: { data?: Record<string, unknown> | null } }, name: string) =>
  response.body.data?.[name] as View;

const disclosure = (childName: string) => ({
  receivedAt: new Date(T0.getTime() - 5 * 60_000).toISOString(),
  channel: 'ORAL',
  category: 'BULLYING_VIOLENCE',
  suspectType: 'STUDENT',
  childName,
  childClass: '三年级二班',
  childStatement: '同学推了我',
  isChildInDanger: false,
});

let app: TestApp;
let admin: GraphQLTestClient;
let caseId: string;
// Sessions end when the clock moves by hours: the administrator signs in again at T0.
async function backToT0(): Promise<void> {
  app.clock.set(T0);
  admin = await app.signedIn('admin');
}
const advance = (ms: number) => app.clock.set(new Date(app.clock.now().getTime() + ms));

async function createClient(input: Record<string, unknown>): Promise<{ id: string; token: string }> {
  const response = await admin.request(CREATE_API_CLIENT, { input });
  const issued = field(response, 'createApiClient');
  if (issued?.__typename !== 'ApiClientTokenIssued') throw new Error(response.text);
  return { id: issued.client.id, token: issued.token };
}

const safetyClient = (name: string, extra: Record<string, unknown> = {}) =>
  createClient({ name, role: 'SECTION_MEMBER', unit: 'SAFETY', ...extra });

beforeAll(async () => {
  app = await startTestApp();
  app.clock.set(T0);
  admin = await app.signedIn('admin');
  const teacher = await app.signedIn('teacher');
  const recorded = await teacher.request(
    `mutation($input: RecordDisclosureInput!) { recordDisclosure(input: $input) { __typename ... on Case { id } } }`,
    { input: disclosure(CHILD) },
  );
  caseId = field(recorded, 'recordDisclosure')?.id;
  if (!caseId) throw new Error(recorded.text);
});

afterAll(async () => {
  await app.close();
});

it('a client token reads institutions, within the scope of its role', async () => {
  const { token } = await createClient({ name: '区智慧校园平台', role: 'SECTION_MEMBER', unit: 'INSPECT' });
  expect(token).toMatch(/^xh_[A-Za-z0-9_-]{43}$/);
  const response = await callWithToken(app.baseUrl, token, INSTITUTIONS);
  expect(response.status).toBe(200);
  expect(field(response, 'institutions').totalCount).toBeGreaterThan(1);
  // A head's scope: her institution only.
  const [school] = (await app.owner.query('SELECT id FROM institution WHERE name = $1', [SCHOOL])) as {
    id: string;
  }[];
  const head = await createClient({ name: '谢家湾小学门户', role: 'HEAD', institutionId: school.id });
  const own = await callWithToken(app.baseUrl, head.token, INSTITUTIONS);
  expect(field(own, 'institutions').edges.map((e: View) => e.node.name)).toEqual([SCHOOL]);
  // A client of a head's scope is never the institution's head (REP-2: the head acknowledges a case).
  await app.owner.query(`UPDATE account SET is_disabled = true WHERE username = 'head.primary'`);
  try {
    const teacher = await app.signedIn('teacher');
    const recorded = await teacher.request(
      `mutation($input: RecordDisclosureInput!) { recordDisclosure(input: $input) { __typename ... on Case { id } } }`,
      { input: disclosure('无负责人时') },
    );
    const [row] = (await app.owner.query('SELECT head_account_id FROM incident WHERE id = $1', [
      field(recorded, 'recordDisclosure').id,
    ])) as { head_account_id: string | null }[];
    expect(row.head_account_id).toBeNull();
  } finally {
    await app.owner.query(`UPDATE account SET is_disabled = false WHERE username = 'head.primary'`);
  }
});

it("REP-7: a client sees a case's child only with the need-to-know of a designated officer", async () => {
  const plain = await safetyClient('市数据中心');
  const summary = await callWithToken(app.baseUrl, plain.token, CASE_CHILD, { id: caseId });
  expect(field(summary, 'case')).toEqual({ id: caseId, child: null });
  const officer = await safetyClient('安稳办案件系统', { isDesignatedCaseOfficer: true });
  const full = await callWithToken(app.baseUrl, officer.token, CASE_CHILD, { id: caseId });
  expect(field(full, 'case')).toEqual({ id: caseId, child: { name: CHILD } });
});

it('REP-7: only a 安稳办 scope can be given the designated officer’s need-to-know; never an administrator’s or the leadership’s scope', async () => {
  const basic = await admin.request(CREATE_API_CLIENT, {
    input: { name: '错误范围', role: 'SECTION_MEMBER', unit: 'BASIC', isDesignatedCaseOfficer: true },
  });
  expect(field(basic, 'createApiClient')).toMatchObject({
    __typename: 'ValidationError',
    field: 'isDesignatedCaseOfficer',
  });
  const adminScope = await admin.request(CREATE_API_CLIENT, { input: { name: '管理员范围', role: 'ADMIN' } });
  expect(field(adminScope, 'createApiClient')).toMatchObject({
    __typename: 'ValidationError',
    field: 'role',
  });
});

it('a read-only token is refused a mutation; a client granted write runs it', async () => {
  const readOnly = await safetyClient('只读客户端');
  const mutation = `mutation { markNotificationRead(id: "${NO_SUCH_ID}") { __typename } }`;
  const refused = await callWithToken(app.baseUrl, readOnly.token, mutation);
  expect(refused.status).toBe(403);
  expect(refused.body.errors?.[0]).toMatchObject({ extensions: { code: 'FORBIDDEN' } });
  expect(refused.body.errors?.[0].message).toMatch(/read-only/);
  const writer = await safetyClient('可写客户端', { canWrite: true });
  const allowed = await callWithToken(app.baseUrl, writer.token, mutation);
  expect(allowed.body.errors).toBeUndefined();
});

it('a token in an unknown shape, an unknown token and a revoked one get 401 with a JSON error', async () => {
  const malformed = await callWithToken(app.baseUrl, 'not-a-token', INSTITUTIONS);
  expect(malformed.status).toBe(401);
  expect(malformed.body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  const unknown = await callWithToken(app.baseUrl, `xh_${'A'.repeat(43)}`, INSTITUTIONS);
  expect(unknown.status).toBe(401);

  const client = await safetyClient('将被吊销');
  expect((await callWithToken(app.baseUrl, client.token, INSTITUTIONS)).status).toBe(200);
  const revoked = await admin.request(REVOKE_API_CLIENT, { input: { clientId: client.id } });
  expect(field(revoked, 'revokeApiClient')).toMatchObject({
    status: 'REVOKED',
    viewerCan: { rotate: false, revoke: false },
  });
  const next = await callWithToken(app.baseUrl, client.token, INSTITUTIONS);
  expect(next.status).toBe(401);
  expect(next.body.errors?.[0].message).toMatch(/revoked/);
});

it('a token expires after the days chosen at creation', async () => {
  const client = await safetyClient('一天有效', { tokenDays: 1 });
  expect((await callWithToken(app.baseUrl, client.token, INSTITUTIONS)).status).toBe(200);
  advance(86_400_000);
  try {
    expect((await callWithToken(app.baseUrl, client.token, INSTITUTIONS)).status).toBe(401);
    admin = await app.signedIn('admin');
    const listed = (field(await admin.request(API_CLIENTS), 'apiClients') as View[]).find(
      (c) => c.id === client.id,
    );
    expect(listed).toMatchObject({ status: 'EXPIRED', tokens: [{ state: 'EXPIRED' }] });
  } finally {
    await backToT0();
  }
});

it('rotation: the old token works until the overlap ends, the new one after it', async () => {
  const client = await safetyClient('轮换客户端');
  const rotated = await admin.request(ROTATE_API_CLIENT_TOKEN, {
    input: { clientId: client.id, overlapHours: 2 },
  });
  const issued = field(rotated, 'rotateApiClientToken');
  expect(issued.__typename).toBe('ApiClientTokenIssued');
  expect(issued.token).not.toBe(client.token);
  expect(issued.client.tokens.map((t: View) => t.state)).toEqual(['VALID', 'VALID']);
  expect((await callWithToken(app.baseUrl, client.token, INSTITUTIONS)).status).toBe(200);
  advance(2 * 3_600_000 - 1000);
  try {
    expect((await callWithToken(app.baseUrl, client.token, INSTITUTIONS)).status).toBe(200);
    advance(1000);
    expect((await callWithToken(app.baseUrl, client.token, INSTITUTIONS)).status).toBe(401);
    expect((await callWithToken(app.baseUrl, issued.token, INSTITUTIONS)).status).toBe(200);
  } finally {
    await backToT0();
  }
});

it('each client has its own rate limit per minute: 429 with a clear message, counted as refused', async () => {
  const limited = await safetyClient('限流客户端', { rateLimitPerMinute: 2 });
  const other = await safetyClient('另一个客户端', { rateLimitPerMinute: 2 });
  app.clock.set(new Date('2026-03-02T02:10:15.000Z'));
  try {
    expect((await callWithToken(app.baseUrl, limited.token, INSTITUTIONS)).status).toBe(200);
    expect((await callWithToken(app.baseUrl, limited.token, INSTITUTIONS)).status).toBe(200);
    const refused = await callWithToken(app.baseUrl, limited.token, INSTITUTIONS);
    expect(refused.status).toBe(429);
    expect(refused.body.errors?.[0]).toMatchObject({ extensions: { code: 'RATE_LIMITED' } });
    expect(refused.body.errors?.[0].message).toMatch(/2 calls per minute; retry in 45 s/);
    // Another client's budget is its own.
    expect((await callWithToken(app.baseUrl, other.token, INSTITUTIONS)).status).toBe(200);
    // The next minute opens a new window.
    app.clock.set(new Date('2026-03-02T02:11:00.000Z'));
    expect((await callWithToken(app.baseUrl, limited.token, INSTITUTIONS)).status).toBe(200);
    const listed = (field(await admin.request(API_CLIENTS), 'apiClients') as View[]).find(
      (c) => c.id === limited.id,
    );
    expect(listed).toMatchObject({
      status: 'ACTIVE',
      lastUsedAt: '2026-03-02T02:11:00.000Z',
      usage: [{ day: '2026-03-02', calls: 4, refused: 1 }],
    });
  } finally {
    await backToT0();
  }
});

it('every call of a client is audited under its name; its own mutations too', async () => {
  const client = await safetyClient('审计客户端', { canWrite: true });
  await callWithToken(app.baseUrl, client.token, `query Schools ${INSTITUTIONS}`);
  await callWithToken(
    app.baseUrl,
    client.token,
    `mutation Read { markNotificationRead(id: "${NO_SUCH_ID}") { __typename } }`,
  );
  const rows = (await app.owner.query(
    `SELECT e.action, e.outcome, e.details, a.display_name FROM audit_event e
       JOIN account a ON a.id = e.actor_account_id
      WHERE e.target_id = $1 AND e.action = 'apiClient.call' ORDER BY e.id`,
    [client.id],
  )) as { action: string; outcome: string; details: View; display_name: string }[];
  expect(rows).toEqual([
    {
      action: 'apiClient.call',
      outcome: 'OK',
      details: { operationName: 'Schools', operationType: 'query' },
      display_name: '审计客户端',
    },
    {
      action: 'apiClient.call',
      outcome: 'OK',
      details: { operationName: 'Read', operationType: 'mutation' },
      display_name: '审计客户端',
    },
  ]);
  // The leader's audit page names the client.
  const leader = await app.signedIn('leader');
  const page = await leader.request(
    `{ auditEvents(first: 50, filter: { actions: ["apiClient.call"] }) { edges { node { actorName } } } }`,
  );
  expect((field(page, 'auditEvents').edges as View[]).map((e) => e.node.actorName)).toContain('审计客户端');
});

it('tokens are stored as SHA-256 only; a client’s account never signs in nor is listed among people', async () => {
  const client = await safetyClient('存储检查');
  const rows = (await app.owner.query('SELECT token_hash, token_prefix FROM api_client_token')) as {
    token_hash: string;
    token_prefix: string;
  }[];
  expect(rows.map((r) => r.token_hash)).toContain(hashApiToken(client.token));
  const dump = JSON.stringify(await app.owner.query('SELECT * FROM api_client_token'));
  expect(dump).not.toContain(client.token);
  expect(dump).not.toContain(client.token.slice(7));
  const audit = JSON.stringify(await app.owner.query('SELECT details FROM audit_event'));
  expect(audit).not.toContain(client.token.slice(7));

  const [account] = (await app.owner.query(
    'SELECT a.username, a.password_hash FROM account a JOIN api_client c ON c.account_id = a.id WHERE c.id = $1',
    [client.id],
  )) as { username: string; password_hash: string | null }[];
  expect(account.password_hash).toBeNull();
  const listed = await admin.request(
    `{ accounts(first: 100, filter: { search: "client:" }) { totalCount } }`,
  );
  expect(field(listed, 'accounts').totalCount).toBe(0);
  const signIn = await app
    .client()
    .request('mutation($input: SignInInput!) { signIn(input: $input) { __typename } }', {
      input: { username: account.username, password: 'anything-at-all' },
    });
  expect(field(signIn, 'signIn').__typename).not.toBe('Viewer');
});

it('a bearer request ignores cookies and needs no CSRF header, even as a GET', async () => {
  const client = await safetyClient('GET 客户端');
  const url = `${app.baseUrl}/graphql?query=${encodeURIComponent('{ me { __typename } }')}`;
  const response = await fetch(url, {
    headers: { authorization: `Bearer ${client.token}`, cookie: 'xiaohu_session=' + 'x'.repeat(43) },
  });
  expect(response.status).toBe(200);
  expect(response.headers.getSetCookie()).toEqual([]);
});

it('ORG-3: only an administrator manages clients; a client cannot list clients', async () => {
  const leader = await app.signedIn('leader');
  const refused = await leader.request(API_CLIENTS);
  expect(refused.body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  const client = await createClient({ name: '督导室范围客户端', role: 'SECTION_MEMBER', unit: 'INSPECT' });
  const byClient = await callWithToken(app.baseUrl, client.token, API_CLIENTS);
  expect(byClient.body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
});
