import { DEFAULT_POLICY } from '@xiaohu/domain';
import { Client } from 'pg';
import { findFreePort } from '../../shared/db/free-port';
import { createTestDatabase } from '../../test-support/test-database';
import { GraphQLTestClient } from '../../test-support/graphql-test-client';
import { DEMO_PASSWORD, DEMO_TOTP_SECRET } from '../../seed/demo-district.data';
import { totpCode, totpStep } from '../auth/totp';
import {
  buildApiForChildProcess,
  killApiProcess,
  startApiProcess,
  type ApiBuild,
  type ApiProcess,
} from './api-process.test-support';

// The real server (main.ts, real clock, real pg-boss workers) in a child process, killed and restarted.
jest.setTimeout(180_000);

const SECONDS_TO_DEADLINE = 15;
const FIRING_LIMIT_MS = 10_000;
const SETTLE_MS = 5_000;

const RECORD = `mutation($input: RecordDisclosureInput!) { recordDisclosure(input: $input) {
  __typename ... on Case { id reporting { policeReportDueAt } } ... on ErrorResult { code message } } }`;

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
    'mutation($input: SignInInput!) { signIn(input: $input) { __typename ... on MfaRequired { challenge } } }',
    {
      input: { username, password: DEMO_PASSWORD },
    },
  );
  const answer = response.body.data?.signIn as { __typename?: string; challenge?: string } | undefined;
  // 安稳办 signs in with a second factor (the demo secret); the API process runs on the wall clock.
  if (answer?.__typename === 'MfaRequired') {
    const verified = await client.request(
      'mutation($input: MfaCodeInput!) { verifyMfa(input: $input) { __typename } }',
      { input: { challenge: answer.challenge, code: totpCode(DEMO_TOTP_SECRET, totpStep(new Date())) } },
    );
    if ((verified.body.data?.verifyMfa as { __typename?: string })?.__typename !== 'Viewer')
      throw new Error(verified.text);
    return client;
  }
  if (answer?.__typename !== 'Viewer') throw new Error(response.text);
  return client;
}

interface Facts {
  alerts: Record<string, number>;
  breaches: Record<string, number>;
  events: Record<string, number>;
  notifications: Record<string, number>;
  /** Most notifications one account got for one kind (1 = no duplicates). */
  maxPerAccountAndKind: number;
  mails: number;
  maxMailsPerAddressAndSubject: number;
}

async function countBy(sql: string, params: unknown[]): Promise<Record<string, number>> {
  const { rows } = await db.query<{ key: string; n: string }>(sql, params);
  return Object.fromEntries(rows.map((r) => [r.key, Number(r.n)]));
}

async function factsOf(caseId: string): Promise<Facts> {
  const perAccount = await db.query<{ n: string }>(
    `SELECT coalesce(max(n), 0) AS n FROM (SELECT count(*) AS n FROM notification WHERE case_id = $1 GROUP BY account_id, kind) t`,
    [caseId],
  );
  const perMail = await db.query<{ n: string; total: string }>(
    `SELECT coalesce(max(n), 0) AS n, coalesce(sum(n), 0) AS total
     FROM (SELECT count(*) AS n FROM mail_outbox WHERE case_id = $1 GROUP BY to_address, subject) t`,
    [caseId],
  );
  return {
    alerts: await countBy(
      `SELECT kind || ':' || outcome AS key, count(*) AS n FROM incident_alert WHERE incident_id = $1 GROUP BY 1`,
      [caseId],
    ),
    breaches: await countBy(
      `SELECT code || ':' || hop AS key, count(*) AS n FROM incident_breach WHERE incident_id = $1 GROUP BY 1`,
      [caseId],
    ),
    events: await countBy(
      `SELECT kind || coalesce(':' || detail, '') AS key, count(*) AS n FROM incident_event WHERE incident_id = $1 GROUP BY 1`,
      [caseId],
    ),
    notifications: await countBy(
      `SELECT kind AS key, count(*) AS n FROM notification WHERE case_id = $1 GROUP BY 1`,
      [caseId],
    ),
    maxPerAccountAndKind: Number(perAccount.rows[0].n),
    mails: Number(perMail.rows[0].total),
    maxMailsPerAddressAndSubject: Number(perMail.rows[0].n),
  };
}

beforeAll(async () => {
  const database = await createTestDatabase();
  db = new Client({ connectionString: database.url });
  await db.connect();
  build = buildApiForChildProcess();
  const { SMTP_HOST: _smtp, ...rest } = process.env;
  // No SMTP: mails wait in the outbox, where the test counts them. XIAOHU_DATA_DIR is never used with DATABASE_URL.
  env = { ...rest, NODE_ENV: 'test', HOST: '127.0.0.1', DATABASE_URL: database.url };
});

afterAll(async () => {
  // A failed assertion must not leave a server behind.
  for (const api of processes) await killApiProcess(api);
  await db?.end();
  build?.remove();
});

describe('escalation alerts survive a crash (pg-boss workers of main.ts)', () => {
  it('REP-3, REP-4: killed before the police deadline, restarted after it: the late-report breach and its alert appear within 10 s, exactly once', async () => {
    const first = await start();
    const teacher = await signIn(first.baseUrl, 'teacher');
    // The deadline 15 s away; so the 30-minute reminder is already due and fires with the record itself.
    const receivedAt = new Date(
      Date.now() - DEFAULT_POLICY.policeReportMinutes * 60_000 + SECONDS_TO_DEADLINE * 1000,
    );
    const response = await teacher.request(RECORD, {
      input: {
        receivedAt: receivedAt.toISOString(),
        channel: 'ORAL',
        category: 'MOLESTATION',
        suspectType: 'STAFF',
        childName: '测试学生',
        childClass: '二年级一班',
        childStatement: '测试陈述',
        isChildInDanger: false,
      },
    });
    const recorded = response.body.data?.recordDisclosure as {
      __typename: string;
      id: string;
      reporting: { policeReportDueAt: string };
    };
    await killApiProcess(first);
    expect(recorded?.__typename).toBe('Case');
    const caseId = recorded.id;
    const dueAt = new Date(recorded.reporting.policeReportDueAt);
    expect(dueAt.getTime()).toBeGreaterThan(Date.now());

    // Before the crash: the alerts due at recording fired once, in the recording's transaction; entered
    // 59 minutes after the receipt, the teacher → head hop is already late (REP-2).
    const beforeRestart = await factsOf(caseId);
    expect(beforeRestart.alerts).toEqual({
      'DISCLOSURE_RECEIVED:SENT': 1,
      'HEAD_NOTIFICATION_MISSED:SENT': 1,
      'POLICE_REPORT_REMINDER:SENT': 1,
    });
    expect(beforeRestart.breaches).toEqual({ 'LATE_REPORT:TEACHER_TO_HEAD': 1 });
    expect(beforeRestart.notifications.DISCLOSURE_RECEIVED).toBe(1); // the head
    expect(beforeRestart.notifications.HEAD_NOTIFICATION_MISSED).toBeGreaterThanOrEqual(2); // SAFETY and the head
    expect(beforeRestart.notifications.POLICE_REPORT_REMINDER).toBeGreaterThanOrEqual(2); // the head and SAFETY
    const pending = await db.query<{ state: string }>(
      `SELECT state FROM pgboss.job WHERE data->>'incidentId' = $1 AND data->>'kind' = 'POLICE_DEADLINE_MISSED'`,
      [caseId],
    );
    expect(pending.rows.map((r) => r.state)).toEqual(['created']); // the job outlived the process

    await sleep(Math.max(0, dueAt.getTime() - Date.now()) + 2_000);
    const restartedAt = Date.now();
    const second = await start();
    const readyMs = Date.now() - restartedAt;

    let firedMs: number | null = null;
    while (Date.now() - restartedAt < FIRING_LIMIT_MS + 5_000) {
      const facts = await factsOf(caseId);
      if (
        facts.breaches['LATE_REPORT:SCHOOL_TO_POLICE'] === 1 &&
        facts.alerts['POLICE_DEADLINE_MISSED:SENT'] === 1 &&
        (facts.notifications.POLICE_DEADLINE_MISSED ?? 0) > 0 &&
        facts.mails > beforeRestart.mails
      ) {
        firedMs = Date.now() - restartedAt;
        break;
      }
      await sleep(100);
    }
    console.log(
      `[restart test] server ready ${(readyMs / 1000).toFixed(1)} s after the restart; ` +
        `breach + POLICE_DEADLINE_MISSED alert in the database ${firedMs === null ? 'NEVER' : (firedMs / 1000).toFixed(1)} s after the restart ` +
        `(${((restartedAt - dueAt.getTime()) / 1000).toFixed(1)} s after the deadline)`,
    );
    expect(firedMs).not.toBeNull();
    expect(firedMs!).toBeLessThanOrEqual(FIRING_LIMIT_MS);

    // Let the workers run a while longer: nothing fires twice.
    await sleep(SETTLE_MS);
    const settled = await factsOf(caseId);
    const { rows: alertRow } = await db.query<{ recipient_count: number }>(
      `SELECT recipient_count FROM incident_alert WHERE incident_id = $1 AND kind = 'POLICE_DEADLINE_MISSED'`,
      [caseId],
    );
    expect(settled.alerts).toEqual({
      'DISCLOSURE_RECEIVED:SENT': 1,
      'HEAD_NOTIFICATION_MISSED:SENT': 1,
      'POLICE_REPORT_REMINDER:SENT': 1,
      'POLICE_DEADLINE_MISSED:SENT': 1,
    });
    expect(settled.breaches).toEqual({ 'LATE_REPORT:TEACHER_TO_HEAD': 1, 'LATE_REPORT:SCHOOL_TO_POLICE': 1 });
    expect(settled.events).toMatchObject({
      'ALERT_SENT:DISCLOSURE_RECEIVED': 1,
      'ALERT_SENT:HEAD_NOTIFICATION_MISSED': 1,
      'ALERT_SENT:POLICE_REPORT_REMINDER': 1,
      'ALERT_SENT:POLICE_DEADLINE_MISSED': 1,
      'BREACH_RECORDED:LATE_REPORT': 2,
    });
    expect(settled.notifications).toEqual({
      DISCLOSURE_RECEIVED: beforeRestart.notifications.DISCLOSURE_RECEIVED,
      HEAD_NOTIFICATION_MISSED: beforeRestart.notifications.HEAD_NOTIFICATION_MISSED,
      POLICE_REPORT_REMINDER: beforeRestart.notifications.POLICE_REPORT_REMINDER,
      POLICE_DEADLINE_MISSED: alertRow[0].recipient_count,
    });
    expect(settled.maxPerAccountAndKind).toBe(1);
    // One mail per recipient with an e-mail address (an account without one is told in the app only).
    const { rows: mailed } = await db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM notification n JOIN account a ON a.id = n.account_id
       WHERE n.case_id = $1 AND n.kind = 'POLICE_DEADLINE_MISSED' AND a.email IS NOT NULL`,
      [caseId],
    );
    expect(mailed[0].n).toBeGreaterThan(0);
    expect(settled.mails).toBe(beforeRestart.mails + mailed[0].n);
    expect(settled.maxMailsPerAddressAndSubject).toBe(1);
    const done = await db.query<{ state: string }>(
      `SELECT state FROM pgboss.job WHERE data->>'incidentId' = $1 AND data->>'kind' = 'POLICE_DEADLINE_MISSED'`,
      [caseId],
    );
    expect(done.rows.map((r) => r.state)).toEqual(['completed']);

    // The restarted server shows the breach on the case, like any user would see it.
    const safety = await signIn(second.baseUrl, 'safety');
    const view = await safety.request(
      `query($id: ID!) { case(id: $id) { reporting { status } breaches { code hop } } }`,
      { id: caseId },
    );
    expect(view.body.data?.case).toEqual({
      reporting: { status: 'IN_BREACH' },
      breaches: [
        { code: 'LATE_REPORT', hop: 'TEACHER_TO_HEAD' },
        { code: 'LATE_REPORT', hop: 'SCHOOL_TO_POLICE' },
      ],
    });
  });
});
