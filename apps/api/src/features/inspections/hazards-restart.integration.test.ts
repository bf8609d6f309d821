import { Client } from 'pg';
import { findFreePort } from '../../shared/db/free-port';
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

// PRV-1: the real server (main.ts, real clock, real pg-boss workers) in a child process, killed before a
// hazard's due date and restarted after it: the overdue alert fires once, from the job its assignment made.
jest.setTimeout(180_000);

const SECONDS_TO_DUE = 15;
const FIRING_LIMIT_MS = 10_000;
const SETTLE_MS = 5_000;
const SCHOOL = '九龙坡区谢家湾小学';

const ASSIGN = `mutation($input: AssignHazardInput!) { assignHazard(input: $input) {
  __typename ... on Hazard { id dueAt status } ... on ErrorResult { code message } } }`;

let build: ApiBuild | undefined;
let db: Client;
let env: NodeJS.ProcessEnv;
const processes: ApiProcess[] = [];
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function start(): Promise<ApiProcess> {
  const api = await startApiProcess(build!.mainFile, { ...env, PORT: String(await findFreePort()) });
  processes.push(api);
  return api;
}

async function signIn(baseUrl: string, username: string): Promise<GraphQLTestClient> {
  const client = new GraphQLTestClient(baseUrl);
  const response = await client.request(
    'mutation($input: SignInInput!) { signIn(input: $input) { __typename } }',
    { input: { username, password: DEMO_PASSWORD } },
  );
  if ((response.body.data?.signIn as { __typename?: string })?.__typename !== 'Viewer')
    throw new Error(response.text);
  return client;
}

async function factsOf(hazardId: string) {
  const alerts = await db.query<{ key: string }>(
    `SELECT kind || ':' || outcome AS key FROM hazard_alert WHERE hazard_id = $1 ORDER BY 1`,
    [hazardId],
  );
  const notified = await db.query<{ username: string }>(
    `SELECT a.username FROM notification n JOIN account a ON a.id = n.account_id
     WHERE n.kind = 'HAZARD_OVERDUE' AND n.facts ->> 'hazardId' = $1 ORDER BY a.username`,
    [hazardId],
  );
  return { alerts: alerts.rows.map((r) => r.key), notified: notified.rows.map((r) => r.username) };
}

beforeAll(async () => {
  const database = await createTestDatabase();
  db = new Client({ connectionString: database.url });
  await db.connect();
  build = buildApiForChildProcess();
  const { SMTP_HOST: _smtp, ...rest } = process.env;
  env = { ...rest, NODE_ENV: 'test', HOST: '127.0.0.1', DATABASE_URL: database.url };
});

afterAll(async () => {
  for (const api of processes) await killApiProcess(api);
  await db?.end();
  build?.remove();
});

it('PRV-1: killed before a hazard’s due date, restarted after it: the owner and the head are alerted once', async () => {
  // A hazard found in a self-inspection, not yet assigned (arranged as the owner of the schema).
  const { rows } = await db.query<{ hazard_id: string; owner: string }>(
    `WITH s AS (SELECT i.id AS institution_id, t.id AS template_id, a.id AS head FROM institution i, inspection_template t, account a
                WHERE i.name = $1 AND t.code = 'DISTRICT_DEFAULT' AND a.username = 'head.primary'),
          ins AS (INSERT INTO inspection (institution_id, template_id, kind, started_by_account_id, started_at)
                  SELECT institution_id, template_id, 'ON_SITE', head, now() FROM s RETURNING id, institution_id, template_id),
          h AS (INSERT INTO hazard (institution_id, inspection_id, item_id, description, found_at)
                SELECT ins.institution_id, ins.id, (SELECT id FROM inspection_template_item WHERE template_id = ins.template_id ORDER BY position LIMIT 1),
                  '重启测试隐患', now() FROM ins RETURNING id)
     SELECT h.id AS hazard_id, (SELECT staff_member_id FROM account WHERE username = 'teacher') AS owner FROM h`,
    [SCHOOL],
  );
  const [{ hazard_id: hazardId, owner }] = rows;

  const first = await start();
  const head = await signIn(first.baseUrl, 'head.primary');
  const dueAt = new Date(Date.now() + SECONDS_TO_DUE * 1000);
  const assigned = await head.request(ASSIGN, {
    input: { hazardId, ownerStaffId: owner, dueAt: dueAt.toISOString() },
  });
  await killApiProcess(first);
  expect(assigned.body.data?.assignHazard).toMatchObject({ __typename: 'Hazard', status: 'OPEN' });
  const pending = await db.query<{ kind: string; state: string }>(
    `SELECT data->>'kind' AS kind, state FROM pgboss.job WHERE name = 'hazard-alert' AND data->>'hazardId' = $1 ORDER BY 1`,
    [hazardId],
  );
  // Both jobs outlived the process that created them with the due date.
  expect(pending.rows).toEqual([
    { kind: 'HAZARD_ESCALATION', state: 'created' },
    { kind: 'HAZARD_OVERDUE', state: 'created' },
  ]);

  await sleep(Math.max(0, dueAt.getTime() - Date.now()) + 2_000);
  const restartedAt = Date.now();
  await start();
  let firedMs: number | null = null;
  while (Date.now() - restartedAt < FIRING_LIMIT_MS + 5_000) {
    const facts = await factsOf(hazardId);
    if (facts.alerts.includes('HAZARD_OVERDUE:SENT') && facts.notified.length > 0) {
      firedMs = Date.now() - restartedAt;
      break;
    }
    await sleep(100);
  }
  console.log(
    `[hazard restart test] overdue alert ${firedMs === null ? 'NEVER' : `${(firedMs / 1000).toFixed(1)} s`} after the restart`,
  );
  expect(firedMs).not.toBeNull();
  expect(firedMs!).toBeLessThanOrEqual(FIRING_LIMIT_MS);

  // Nothing fires twice; the section's escalation waits for its own day.
  await sleep(SETTLE_MS);
  expect(await factsOf(hazardId)).toEqual({
    alerts: ['HAZARD_OVERDUE:SENT'],
    notified: ['head.primary', 'teacher'],
  });
});
