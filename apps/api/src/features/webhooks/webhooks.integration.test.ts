import { randomUUID } from 'node:crypto';
import type PgBoss from 'pg-boss';
import { systemClock } from '../../shared/clock/clock';
import { startJobQueue } from '../../shared/jobs/job-queue';
import type { GraphQLTestClient } from '../../test-support/graphql-test-client';
import { startTestApp, type TestApp } from '../../test-support/test-app';
import { CREATE_API_CLIENT, REVOKE_API_CLIENT } from '../api-clients/api-clients.test-support';
import { startWebhookWorkers } from './webhook-delivery';
import { raiseWebhookEvent } from './webhook-events';
import { DELIVERIES, pollFor, REPLAY, SUBSCRIBE, TestReceiver } from './webhooks.test-support';

// Issue 13: the real pg-boss worker delivers to a local receiver that verifies each message with the
// standardwebhooks library. Retries are inspected in pg-boss's schedule and advanced, never slept on.
jest.setTimeout(60_000);

const CHILD = '王小花';
const RECORD = `mutation($input: RecordDisclosureInput!) { recordDisclosure(input: $input) { __typename ... on Case { id } } }`;

let app: TestApp;
let boss: PgBoss;
let admin: GraphQLTestClient;
const receiver = new TestReceiver();
let subscriptionId: string;
let institutionId: string;
let clientId: string;

/** A registered client, as the administrator registers it on 接口客户端. */
async function registerClient(name: string): Promise<string> {
  const response = await admin.request(CREATE_API_CLIENT, {
    input: { name, role: 'SECTION_MEMBER', unit: 'SAFETY' },
  });
  const issued = response.body.data?.createApiClient as { client?: { id: string } };
  if (!issued.client) throw new Error(response.text);
  return issued.client.id;
}

async function raise(caseId: string, type: 'case.recorded' | 'case.closed' | 'case.policeDeadlineMissed') {
  await app.dataSource.transaction((manager) =>
    raiseWebhookEvent(
      manager,
      { type, caseId, institutionId, occurredAt: app.clock.now() },
      // Every client sees these made-up cases: who is told of a real one is tested with real cases.
      () => true,
    ),
  );
}

async function deliveries() {
  const response = await admin.request(DELIVERIES, { id: subscriptionId });
  const edges = (response.body.data?.webhookDeliveries as { edges: { node: Record<string, unknown> }[] })
    .edges;
  return edges.map((e) => e.node);
}

/** The pg-boss job of a delivery (its retry schedule). */
async function jobOf(deliveryId: string) {
  const rows = (await app.owner.query(
    `SELECT id, state, retry_count, EXTRACT(EPOCH FROM (start_after - now())) AS wait_s
     FROM pgboss.job WHERE name = 'webhook-delivery' AND data->>'deliveryId' = $1 AND NOT (data ? 'isReplay')
     ORDER BY created_on DESC LIMIT 1`,
    [deliveryId],
  )) as { id: string; state: string; retry_count: number; wait_s: string }[];
  return rows[0];
}

beforeAll(async () => {
  app = await startTestApp();
  const appUrl = (app.dataSource.options as { url: string }).url;
  boss = await startJobQueue(appUrl, () => undefined);
  await startWebhookWorkers(boss, app.dataSource, { clock: systemClock, timeoutMs: 2_000 });
  const url = await receiver.start();
  admin = await app.signedIn('admin');
  clientId = await registerClient('区平台');
  const subscribed = await admin.request(SUBSCRIBE, {
    input: {
      clientId,
      url,
      eventTypes: ['case.recorded', 'case.closed', 'case.policeDeadlineMissed', 'staff.blocked'],
    },
  });
  const created = subscribed.body.data?.subscribeWebhook as {
    secret: string;
    subscription: { id: string; viewerCan: { unsubscribe: boolean } };
  };
  expect(created.subscription.viewerCan.unsubscribe).toBe(true);
  receiver.secret = created.secret;
  subscriptionId = created.subscription.id;
  institutionId = (
    (await app.owner.query(`SELECT institution_id FROM account WHERE username = 'teacher'`)) as {
      institution_id: string;
    }[]
  )[0].institution_id;
});
afterAll(async () => {
  await boss?.stop({ graceful: false, wait: true });
  await receiver.stop();
  await app?.close();
});

it('the secret is a Standard Webhooks secret, shown once and stored encrypted', async () => {
  expect(receiver.secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
  const [{ secret }] = (await app.owner.query('SELECT secret FROM webhook_subscription WHERE id = $1', [
    subscriptionId,
  ])) as { secret: string }[];
  expect(secret).not.toContain(receiver.secret.slice(6));
});

it('REP-7: a recorded case arrives signed, once, with ids and times and no child’s identity', async () => {
  const teacher = await app.signedIn('teacher');
  const response = await teacher.request(RECORD, {
    input: {
      channel: 'ORAL',
      category: 'ABUSE',
      suspectType: 'STAFF',
      suspectDescription: '体育老师',
      childName: CHILD,
      childClass: '三年级二班',
      childStatement: '他打了我',
      isChildInDanger: false,
    },
  });
  const caseId = (response.body.data?.recordDisclosure as { id: string }).id;
  expect(await pollFor(() => receiver.received.filter((r) => r.data.caseId === caseId).length, 1)).toBe(1);
  const [message] = receiver.received.filter((r) => r.data.caseId === caseId);
  expect(message.type).toBe('case.recorded');
  expect(message.data).toEqual({ caseId, institutionId });
  for (const text of [CHILD, '三年级二班', '他打了我', '体育老师']) expect(message.body).not.toContain(text);
  expect(message.headers['webhook-signature']).toMatch(/^v1,/);
  expect(receiver.rejected).toEqual([]);
  // Logged with its status and response time.
  const [logged] = (await deliveries()).filter((d) => d.id === message.id);
  expect(logged).toMatchObject({ status: 'DELIVERED', attemptCount: 1, viewerCan: { replay: true } });
  expect(logged.attempts).toEqual([
    { httpStatus: 204, responseMs: expect.any(Number), error: null, isReplay: false },
  ]);
});

it('REP-7: a case whose existence is need-to-know (sexual abuse) is not announced to a client outside the need-to-know', async () => {
  const teacher = await app.signedIn('teacher');
  const before = (await deliveries()).length;
  const response = await teacher.request(RECORD, {
    input: {
      channel: 'ORAL',
      category: 'MOLESTATION',
      suspectType: 'STAFF',
      childName: CHILD,
      childClass: '三年级二班',
      childStatement: '他摸了我',
      isChildInDanger: false,
    },
  });
  expect(response.body.data?.recordDisclosure).toMatchObject({ __typename: 'Case' });
  expect((await deliveries()).length).toBe(before);
});

it('events of one case arrive in order, each once', async () => {
  const caseId = randomUUID();
  await raise(caseId, 'case.recorded');
  await raise(caseId, 'case.policeDeadlineMissed');
  await raise(caseId, 'case.closed');
  expect(await pollFor(() => receiver.received.filter((r) => r.data.caseId === caseId).length, 3)).toBe(3);
  expect(receiver.received.filter((r) => r.data.caseId === caseId).map((r) => r.type)).toEqual([
    'case.recorded',
    'case.policeDeadlineMissed',
    'case.closed',
  ]);
});

it('a failing receiver: retries with growing delays, later events of the case wait, then all arrive in order', async () => {
  receiver.failing = true;
  const caseId = randomUUID();
  await raise(caseId, 'case.recorded');
  await raise(caseId, 'case.closed');
  const [closed, recorded] = (await deliveries()).filter(
    (d) => JSON.parse(d.payload as string).data.caseId === caseId,
  );
  const waits: number[] = [];
  const attempts = async () =>
    Number(
      (
        (await app.owner.query('SELECT attempt_count FROM webhook_delivery WHERE id = $1', [
          recorded.id,
        ])) as {
          attempt_count: number;
        }[]
      )[0].attempt_count,
    );
  for (let attempt = 1; attempt <= 3; attempt += 1) {
    expect(
      await pollFor(
        async () => (await jobOf(recorded.id as string))?.state === 'retry' && (await attempts()) === attempt,
        true,
      ),
    ).toBe(true);
    const job = await jobOf(recorded.id as string);
    // pg-boss counts a retry when it fetches the job again.
    expect(job.retry_count).toBe(attempt - 1);
    waits.push(Number(job.wait_s));
    // Advance the schedule instead of waiting for it (the third retry only once the receiver is back).
    if (attempt < 3)
      await app.owner.query('UPDATE pgboss.job SET start_after = now() WHERE id = $1', [job.id]);
  }
  // pg-boss's back-off: 20 s·2^(n−1) to twice that, before the n-th retry.
  expect(waits[0]).toBeGreaterThan(15);
  expect(waits[0]).toBeLessThanOrEqual(40);
  expect(waits[1]).toBeGreaterThan(35);
  expect(waits[2]).toBeGreaterThan(75);
  // The case's later event has not been sent: it waits behind the first, with no job of its own.
  expect(await jobOf(closed.id as string)).toBeUndefined();
  const log = (await deliveries()).find((d) => d.id === recorded.id)!;
  expect(log.status).toBe('PENDING');
  expect((log.attempts as { httpStatus: number; error: string }[]).slice(0, 3)).toEqual([
    expect.objectContaining({ httpStatus: 500, error: 'HTTP 500' }),
    expect.objectContaining({ httpStatus: 500, error: 'HTTP 500' }),
    expect.objectContaining({ httpStatus: 500, error: 'HTTP 500' }),
  ]);

  receiver.failing = false;
  await app.owner.query('UPDATE pgboss.job SET start_after = now() WHERE id = $1', [
    (await jobOf(recorded.id as string)).id,
  ]);
  expect(await pollFor(() => receiver.received.filter((r) => r.data.caseId === caseId).length, 2)).toBe(2);
  expect(receiver.received.filter((r) => r.data.caseId === caseId).map((r) => r.type)).toEqual([
    'case.recorded',
    'case.closed',
  ]);
});

it('a replay re-sends the same message with the same webhook-id, signed afresh; it is audited', async () => {
  const [delivered] = (await deliveries()).filter((d) => d.status === 'DELIVERED');
  const before = receiver.received.filter((r) => r.id === delivered.id);
  expect(before).toHaveLength(1);
  const replayed = await admin.request(REPLAY, { input: { deliveryId: delivered.id } });
  expect(replayed.body.data?.replayWebhookDelivery).toMatchObject({ __typename: 'WebhookDelivery' });
  expect(await pollFor(() => receiver.received.filter((r) => r.id === delivered.id).length, 2)).toBe(2);
  const [first, again] = receiver.received.filter((r) => r.id === delivered.id);
  expect(again.body).toBe(first.body);
  expect(receiver.rejected).toEqual([]);
  const audit = (await app.owner.query(
    `SELECT action, outcome FROM audit_event WHERE action LIKE 'webhook%' ORDER BY occurred_at, id`,
  )) as { action: string; outcome: string }[];
  expect(audit).toEqual(
    expect.arrayContaining([
      { action: 'webhookSubscription.create', outcome: 'OK' },
      { action: 'webhookDelivery.list', outcome: 'OK' },
      { action: 'webhookDelivery.replay', outcome: 'OK' },
    ]),
  );
});

it('refuses a plain-http URL that is not this machine, naming the field; nothing is stored', async () => {
  const count = async () =>
    Number((await app.owner.query('SELECT count(*) AS n FROM webhook_subscription'))[0].n);
  const before = await count();
  const response = await admin.request(SUBSCRIBE, {
    input: { clientId, url: 'http://platform.example.cn/hooks', eventTypes: ['case.closed'] },
  });
  expect(response.body.data?.subscribeWebhook).toMatchObject({
    __typename: 'ValidationError',
    field: 'url',
    message: expect.stringContaining('须使用 https 地址'),
  });
  expect(await count()).toBe(before);
});

it('refuses an unknown or a revoked client, naming the field in Chinese; nothing is stored', async () => {
  const count = async () =>
    Number((await app.owner.query('SELECT count(*) AS n FROM webhook_subscription'))[0].n);
  const before = await count();
  const revoked = await registerClient('已吊销的平台');
  await admin.request(REVOKE_API_CLIENT, { input: { clientId: revoked } });
  const url = 'https://platform.example.cn/hooks';
  for (const [id, words] of [
    [randomUUID(), '没有这个接口客户端'],
    [revoked, '该接口客户端已吊销'],
  ]) {
    const response = await admin.request(SUBSCRIBE, {
      input: { clientId: id, url, eventTypes: ['case.closed'] },
    });
    expect(response.body.data?.subscribeWebhook).toMatchObject({
      __typename: 'ValidationError',
      field: 'clientId',
      message: expect.stringContaining(words),
    });
  }
  expect(await count()).toBe(before);
});

it('a revoked client: its pending delivery is given up unsent, new events make none, nothing is replayed', async () => {
  const other = new TestReceiver();
  other.failing = true;
  const otherClient = await registerClient('将被吊销的平台');
  const subscribed = await admin.request(SUBSCRIBE, {
    input: { clientId: otherClient, url: await other.start(), eventTypes: ['case.recorded', 'case.closed'] },
  });
  const { secret, subscription } = subscribed.body.data?.subscribeWebhook as {
    secret: string;
    subscription: { id: string };
  };
  other.secret = secret;
  const caseId = randomUUID();
  try {
    await raise(caseId, 'case.recorded');
    const statusOf = async () =>
      (
        (await app.owner.query(
          'SELECT id, status, attempt_count FROM webhook_delivery WHERE subscription_id = $1',
          [subscription.id],
        )) as { id: string; status: string; attempt_count: number }[]
      ).map((r) => `${r.status}:${r.attempt_count}`);
    // The first attempt fails (HTTP 500) and waits for its retry.
    expect(await pollFor(async () => (await statusOf()).join(), 'PENDING:1')).toBe('PENDING:1');
    const [{ id: deliveryId }] = (await app.owner.query(
      'SELECT id FROM webhook_delivery WHERE subscription_id = $1',
      [subscription.id],
    )) as { id: string }[];
    await admin.request(REVOKE_API_CLIENT, { input: { clientId: otherClient } });
    other.failing = false;
    await app.owner.query('UPDATE pgboss.job SET start_after = now() WHERE id = $1', [
      (await jobOf(deliveryId)).id,
    ]);
    expect(await pollFor(async () => (await statusOf()).join(), 'FAILED:1')).toBe('FAILED:1');
    await raise(caseId, 'case.closed');
    expect(await statusOf()).toEqual(['FAILED:1']);
    expect(other.received).toEqual([]);
    const listed = await admin.request(DELIVERIES, { id: subscription.id });
    expect(listed.body.data?.webhookDeliveries).toMatchObject({
      edges: [{ node: { id: deliveryId, status: 'FAILED', viewerCan: { replay: false } } }],
    });
    const replayed = await admin.request(REPLAY, { input: { deliveryId } });
    expect(replayed.body.data?.replayWebhookDelivery).toMatchObject({ code: 'FORBIDDEN' });
  } finally {
    await other.stop();
  }
});

it('REP-7: nobody but the administrator reaches the webhooks', async () => {
  const leader = await app.signedIn('leader');
  const response = await leader.request('{ webhookSubscriptions { id } }');
  expect(response.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
});
