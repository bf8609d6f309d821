import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { startTestApp, type TestApp } from '../../test-support/test-app';
import type { GraphQLTestClient } from '../../test-support/graphql-test-client';
import { SESSION_COOKIE } from '../auth/session-cookie';

// Issue 14: live updates without polling. Subscriptions over WebSocket (graphql-ws), fed by the
// database's NOTIFY at commit, so a change made by any process (here: SQL as the schema owner, like
// another replica or a job) reaches the subscriber; access as for the matching queries (REP-7).
const T0 = new Date('2026-03-02T02:00:00.000Z');
const RECORD = `mutation($input: RecordDisclosureInput!) { recordDisclosure(input: $input) { __typename ... on Case { id } } }`;
const NOTIFICATIONS = 'subscription { myNotificationsChanged { at } }';
const CASE = 'subscription($id: ID!) { caseChanged(id: $id) { at } }';
const WAIT_MS = 10_000;

let app: TestApp;
let caseId: string;
const clients: Client[] = [];
beforeAll(async () => {
  app = await startTestApp();
  app.clock.set(T0);
  const teacher = await app.signedIn('teacher');
  const recorded = await teacher.request(RECORD, {
    input: {
      receivedAt: new Date(T0.getTime() - 5 * 60_000).toISOString(),
      channel: 'ORAL',
      category: 'BULLYING_VIOLENCE',
      suspectType: 'STUDENT',
      childName: '钱小川',
      childClass: '三年级二班',
      childStatement: '同学推了我',
      isChildInDanger: false,
    },
  });
  caseId = (recorded.body.data?.recordDisclosure as { id: string }).id;
});
afterEach(async () => {
  await Promise.all(clients.splice(0).map((c) => c.dispose()));
});
afterAll(() => app.close());

function socketClient(signedIn: GraphQLTestClient | null, origin?: string): Client {
  const headers: Record<string, string> = {};
  if (signedIn?.sessionToken) headers.cookie = `${SESSION_COOKIE}=${signedIn.sessionToken}`;
  if (origin) headers.origin = origin;
  class CookieSocket extends WebSocket {
    constructor(address: string, protocols?: string | string[]) {
      super(address, protocols, { headers });
    }
  }
  const client = createClient({
    url: `${app.baseUrl.replace('http', 'ws')}/graphql`,
    webSocketImpl: CookieSocket,
    retryAttempts: 0,
    lazy: true,
  });
  clients.push(client);
  return client;
}

interface Received {
  signals: number;
  errors: unknown[];
  completed: boolean;
}

function subscribe(client: Client, query: string, variables?: Record<string, unknown>): Received {
  const received: Received = { signals: 0, errors: [], completed: false };
  client.subscribe(
    { query, variables },
    {
      next: (result) => {
        if (result.errors) received.errors.push(...result.errors);
        else received.signals += 1;
      },
      error: (error) => received.errors.push(error),
      complete: () => (received.completed = true),
    },
  );
  return received;
}

async function until(condition: () => boolean): Promise<void> {
  const started = Date.now();
  while (!condition()) {
    if (Date.now() - started > WAIT_MS) throw new Error('Timed out waiting for a signal');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

// A subscription is live once the server listens for its topic: wait for that before changing data.
const listening = async (count: number) => until(() => app.changes()?.listenerCount() === count);

const accountId = async (username: string): Promise<string> =>
  (await app.owner.query('SELECT id FROM account WHERE username = $1', [username]))[0].id as string;

const notify = async (username: string) =>
  app.owner.query(
    `INSERT INTO notification (account_id, kind, case_id, title, body, created_at)
     VALUES ($1, 'NEW_DISCLOSURE', NULL, '测试', '测试', now())`,
    [await accountId(username)],
  );

it('a new notification of the viewer signals her subscription once it is committed; another’s does not', async () => {
  const head = await app.signedIn('head.primary');
  const received = subscribe(socketClient(head), NOTIFICATIONS);
  await listening(1);
  await notify('head.kg');
  await notify('head.primary');
  await until(() => received.signals === 1);
  // Nothing more arrives for head.kg's notification.
  await new Promise((resolve) => setTimeout(resolve, 300));
  expect(received).toEqual({ signals: 1, errors: [], completed: false });
});

it('REP-7: a case change signals a reader of the case; a reader of other schools gets NOT_FOUND, as for a missing case', async () => {
  const head = await app.signedIn('head.primary');
  const received = subscribe(socketClient(head), CASE, { id: caseId });
  await listening(1);
  await app.owner.query('UPDATE incident SET acknowledged_at = $2 WHERE id = $1', [caseId, T0]);
  await until(() => received.signals === 1);

  const other = subscribe(socketClient(await app.signedIn('head.kg')), CASE, { id: caseId });
  const missing = subscribe(socketClient(head), CASE, { id: '00000000-0000-4000-8000-000000000000' });
  await until(() => other.errors.length > 0 && missing.errors.length > 0);
  for (const refused of [other, missing])
    expect(refused.errors).toEqual([expect.objectContaining({ extensions: { code: 'NOT_FOUND' } })]);
  expect(received.errors).toEqual([]);
});

it('signed out, a subscription is refused as UNAUTHENTICATED; queries and mutations are not served over the socket', async () => {
  const anonymous = subscribe(socketClient(null), NOTIFICATIONS);
  const head = await app.signedIn('head.primary');
  const query = subscribe(socketClient(head), '{ myNotifications { unreadCount } }');
  const unknown = subscribe(socketClient(head), 'subscription { nothingHere { at } }');
  await until(() => anonymous.errors.length > 0 && query.errors.length > 0 && unknown.errors.length > 0);
  expect(unknown.errors).toEqual([
    [expect.objectContaining({ extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } })],
  ]);
  expect(anonymous.errors).toEqual([expect.objectContaining({ extensions: { code: 'UNAUTHENTICATED' } })]);
  expect(query.errors).toEqual([
    [
      expect.objectContaining({
        message: expect.stringContaining('Only subscriptions'),
        extensions: { code: 'BAD_REQUEST' },
      }),
    ],
  ]);
});

it('a socket opened from another origin is refused before any operation (cross-site WebSocket hijacking)', async () => {
  const head = await app.signedIn('head.primary');
  const foreign = subscribe(socketClient(head, 'https://evil.example'), NOTIFICATIONS);
  await until(() => foreign.errors.length > 0);
  expect(foreign.signals).toBe(0);
  const same = subscribe(socketClient(head, app.baseUrl), NOTIFICATIONS);
  await listening(1);
  await notify('head.primary');
  await until(() => same.signals === 1);
});

it('the feed reconnects after its database connection is cut, and signals again', async () => {
  const head = await app.signedIn('head.primary');
  const received = subscribe(socketClient(head), NOTIFICATIONS);
  await listening(1);
  const listeners = () =>
    app.owner.query(
      "SELECT pid FROM pg_stat_activity WHERE query = 'LISTEN xiaohu_change' AND datname = current_database()",
    ) as Promise<{ pid: number }[]>;
  const [before] = await listeners();
  await app.owner.query('SELECT pg_terminate_backend($1)', [before.pid]);
  // A new connection LISTENs again (a new backend); a change after that reaches the subscriber.
  const started = Date.now();
  let after: { pid: number }[] = [];
  while (after.length === 0 || after[0].pid === before.pid) {
    if (Date.now() - started > WAIT_MS) throw new Error('The feed did not reconnect');
    await new Promise((resolve) => setTimeout(resolve, 100));
    after = await listeners();
  }
  await notify('head.primary');
  await until(() => received.signals === 1);
});
