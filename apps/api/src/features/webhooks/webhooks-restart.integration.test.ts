import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import { findFreePort } from '../../shared/db/free-port';
import { createDataSource } from '../../shared/db/data-source';
import { createTestDatabase } from '../../test-support/test-database';
import { GraphQLTestClient } from '../../test-support/graphql-test-client';
import { DEMO_PASSWORD } from '../../seed/demo-district.data';
import {
  buildApiForChildProcess,
  killApiProcess,
  startApiProcess,
  type ApiBuild,
  type ApiProcess,
} from '../incidents/api-process.test-support';
import { insertApiClient } from '../api-clients/api-clients.test-support';
import { newWebhookSecret } from './commands/subscribe-webhook';
import { WebhookSubscriptionEntity } from './webhook.entities';
import { pollFor, TestReceiver } from './webhooks.test-support';

// Issue 13: the real server (main.ts, real pg-boss workers) in a child process. A case is recorded
// while the receiver is down; the server is killed (SIGKILL) with the delivery waiting for its retry,
// and restarted: the message arrives, signed, exactly once.
jest.setTimeout(180_000);

// A generous bound: the machine is loaded; the worker polls every second.
const DELIVERY_LIMIT_MS = 30_000;
const SETTLE_MS = 3_000;

let build: ApiBuild | undefined;
let db: Client;
let owner: DataSource;
let env: NodeJS.ProcessEnv;
const processes: ApiProcess[] = [];
const receiver = new TestReceiver();

async function start(): Promise<ApiProcess> {
  const api = await startApiProcess(build!.mainFile, { ...env, PORT: String(await findFreePort()) });
  processes.push(api);
  return api;
}

beforeAll(async () => {
  const database = await createTestDatabase();
  db = new Client({ connectionString: database.url });
  await db.connect();
  owner = createDataSource(database.url, 'owner');
  await owner.initialize();
  build = buildApiForChildProcess();
  const { SMTP_HOST: _smtp, ...rest } = process.env;
  env = { ...rest, NODE_ENV: 'test', HOST: '127.0.0.1', DATABASE_URL: database.url };
  // Arranged as the owner (the administrator's MFA is not this test's subject).
  receiver.secret = newWebhookSecret();
  await owner.getRepository(WebhookSubscriptionEntity).insert({
    clientId: await insertApiClient(owner, { name: '区平台' }),
    url: await receiver.start(),
    eventTypes: ['case.recorded'],
    secret: receiver.secret,
    createdByAccountId: randomUUID(),
    createdAt: new Date(),
    unsubscribedAt: null,
  });
});

afterAll(async () => {
  for (const api of processes) await killApiProcess(api);
  await receiver.stop();
  await owner?.destroy();
  await db?.end();
  build?.remove();
});

it('killed while a delivery waits for its retry, restarted: the case arrives signed, exactly once', async () => {
  receiver.failing = true;
  const first = await start();
  const teacher = new GraphQLTestClient(first.baseUrl);
  await teacher.request('mutation($input: SignInInput!) { signIn(input: $input) { __typename } }', {
    input: { username: 'teacher', password: DEMO_PASSWORD },
  });
  const recorded = await teacher.request(
    `mutation($input: RecordDisclosureInput!) { recordDisclosure(input: $input) { __typename ... on Case { id } } }`,
    {
      input: {
        channel: 'ORAL',
        category: 'ABUSE',
        suspectType: 'STAFF',
        childName: '李小雨',
        childClass: '四年级一班',
        childStatement: '他打了我',
        isChildInDanger: false,
      },
    },
  );
  const caseId = (recorded.body.data?.recordDisclosure as { id: string }).id;
  const attempts = async () =>
    (
      await db.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM webhook_delivery_attempt a JOIN webhook_delivery d ON d.id = a.delivery_id
         WHERE d.payload -> 'data' ->> 'caseId' = $1`,
        [caseId],
      )
    ).rows[0].n;
  // The first attempt met the receiver down; the job waits for its retry.
  expect(await pollFor(attempts, 1)).toBe(1);
  await killApiProcess(first);
  const job = await db.query<{ id: string; state: string }>(
    `SELECT j.id, j.state FROM pgboss.job j JOIN webhook_delivery d ON d.id::text = j.data ->> 'deliveryId'
     WHERE j.name = 'webhook-delivery' AND d.payload -> 'data' ->> 'caseId' = $1`,
    [caseId],
  );
  expect(job.rows).toEqual([{ id: expect.any(String), state: 'retry' }]);

  receiver.failing = false;
  // Its retry is due now rather than in 20 to 40 s (the schedule advanced, not slept on).
  await db.query('UPDATE pgboss.job SET start_after = now() WHERE id = $1', [job.rows[0].id]);
  await start();
  const restartedAt = Date.now();
  const arrived = await pollFor(
    () => receiver.received.filter((r) => r.data.caseId === caseId).length,
    1,
    DELIVERY_LIMIT_MS,
  );
  console.log(
    `[webhook restart test] delivered ${(Date.now() - restartedAt) / 1000} s after the restarted server was ready`,
  );
  expect(arrived).toBe(1);
  // Nothing arrives twice.
  await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
  expect(receiver.received.filter((r) => r.data.caseId === caseId).map((r) => r.type)).toEqual([
    'case.recorded',
  ]);
  expect(receiver.rejected).toEqual([]);
  const status = await db.query<{ status: string; attempt_count: number }>(
    `SELECT status, attempt_count FROM webhook_delivery WHERE payload -> 'data' ->> 'caseId' = $1`,
    [caseId],
  );
  expect(status.rows).toEqual([{ status: 'DELIVERED', attempt_count: 2 }]);
});
