import { DEFAULT_POLICY } from '@xiaohu/domain';
import { residentIdCheckCharacter } from '@xiaohu/domain';
import { Client } from 'pg';
import { findFreePort } from './shared/db/free-port';
import { SESSION_COOKIE } from './shared/auth/session-cookie';
import { createTestDatabase } from './test-support/test-database';
import { GraphQLTestClient } from './test-support/graphql-test-client';
import { DEMO_PASSWORD, DEMO_TOTP_SECRET } from './seed/demo-district.data';
import { totpCode, totpStep } from './features/auth/totp';
import { buildRosterRow, buildRosterWorkbook } from './features/staff/staff.factories';
import {
  buildApiForChildProcess,
  killApiProcess,
  startApiProcess,
  type ApiBuild,
  type ApiProcess,
} from './features/incidents/api-process.test-support';

// Two real API processes (main.ts, real clock, real pg-boss workers) on one PostgreSQL, as two replicas
// behind a load balancer would run (docs/SCALING.md). Every effect is polled for with a generous bound.
jest.setTimeout(150_000);

const SECONDS_TO_DEADLINE = 20;
const CASES_PER_REPLICA = 3;
const EFFECT_LIMIT_MS = 45_000;
const ROSTER_ROWS = 1000;
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const ME = '{ me { username } }';
const SIGN_IN = `mutation($input: SignInInput!) { signIn(input: $input) {
  __typename ... on MfaRequired { challenge } ... on ErrorResult { code } } }`;
const VERIFY_MFA = `mutation($input: MfaCodeInput!) { verifyMfa(input: $input) { __typename } }`;
const RECORD = `mutation($input: RecordDisclosureInput!) { recordDisclosure(input: $input) {
  __typename ... on Case { id reporting { policeReportDueAt } } ... on ErrorResult { code message } } }`;

let build: ApiBuild | undefined;
let db: Client;
let env: NodeJS.ProcessEnv;
const processes: ApiProcess[] = [];
let a: ApiProcess;
let b: ApiProcess;

async function start(): Promise<ApiProcess> {
  const api = await startApiProcess(build!.mainFile, { ...env, PORT: String(await findFreePort()) });
  processes.push(api);
  return api;
}

/** The same browser (session and device cookies) talking to another replica. */
function sameBrowserOn(api: ApiProcess, browser: GraphQLTestClient): GraphQLTestClient {
  const moved = new GraphQLTestClient(api.baseUrl);
  moved.sessionToken = browser.sessionToken;
  for (const [name, value] of browser.cookies) moved.cookies.set(name, value);
  return moved;
}

async function signIn(
  api: ApiProcess,
  username: string,
  password = DEMO_PASSWORD,
  browser = new GraphQLTestClient(api.baseUrl),
): Promise<{ browser: GraphQLTestClient; typename: string; code?: string; challenge?: string }> {
  const response = await browser.request(SIGN_IN, { input: { username, password } });
  const answer = response.body.data?.signIn as
    { __typename: string; code?: string; challenge?: string } | undefined;
  if (!answer) throw new Error(response.text);
  return { browser, typename: answer.__typename, code: answer.code, challenge: answer.challenge };
}

async function username(browser: GraphQLTestClient): Promise<string | null> {
  const response = await browser.request(ME);
  return (response.body.data?.me as { username: string } | null)?.username ?? null;
}

/** Polls `probe` until it answers non-null, at most `limitMs`. */
async function eventually<T>(what: string, probe: () => Promise<T | null>, limitMs: number): Promise<T> {
  const began = Date.now();
  for (;;) {
    const value = await probe();
    if (value !== null) return value;
    if (Date.now() - began > limitMs) throw new Error(`${what}: not seen within ${limitMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

beforeAll(async () => {
  // An empty database: both replicas find it unmigrated and start at the same time.
  const database = await createTestDatabase({ seeded: false });
  db = new Client({ connectionString: database.url });
  await db.connect();
  build = buildApiForChildProcess();
  const { SMTP_HOST: _smtp, ...rest } = process.env;
  // No SMTP: mails wait in the outbox, where the test counts them. A low lockout threshold keeps it short.
  env = { ...rest, NODE_ENV: 'test', HOST: '127.0.0.1', DATABASE_URL: database.url, LOCKOUT_THRESHOLD: '3' };
});

afterAll(async () => {
  for (const api of processes) await killApiProcess(api);
  await db?.end();
  build?.remove();
});

describe('two API processes on one PostgreSQL', () => {
  it('start together on an empty database: one migrates and seeds while the other waits, then both serve', async () => {
    [a, b] = await Promise.all([start(), start()]);
    const { rows } = await db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM account WHERE username = 'teacher'`,
    );
    expect(rows[0].n).toBe(1);
    const onA = await signIn(a, 'teacher');
    const onB = await signIn(b, 'teacher');
    expect([onA.typename, onB.typename]).toEqual(['Viewer', 'Viewer']);
  });

  // Recorded first, so their deadlines pass while the session and import tests run.
  const cases: { id: string; dueAt: Date }[] = [];
  it('a third process with another XIAOHU_DATA_KEY refuses to start: it would write what A and B cannot read', async () => {
    const port = String(await findFreePort());
    await expect(
      startApiProcess(build!.mainFile, { ...env, PORT: port, XIAOHU_DATA_KEY: 'ab'.repeat(32) }),
    ).rejects.toThrow('XIAOHU_DATA_KEY is not the key this database was written with');
  });

  it('REP-3: cases are recorded on both replicas, their police deadlines a few seconds away', async () => {
    const teachers = [(await signIn(a, 'teacher')).browser, (await signIn(b, 'teacher')).browser];
    const receivedAt = new Date(
      Date.now() - DEFAULT_POLICY.policeReportMinutes * 60_000 + SECONDS_TO_DEADLINE * 1000,
    );
    for (let i = 0; i < CASES_PER_REPLICA * 2; i += 1) {
      const response = await teachers[i % 2].request(RECORD, {
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
      expect(recorded?.__typename).toBe('Case');
      cases.push({ id: recorded.id, dueAt: new Date(recorded.reporting.policeReportDueAt) });
    }
    expect(cases.every((c) => c.dueAt.getTime() > Date.now())).toBe(true);
    // A job that runs twice (a worker that died mid-job, an expired lock): each deadline job gets a twin,
    // due at the same instant, which the other replica may well take at the same moment.
    const twins = await db.query(
      `INSERT INTO pgboss.job (name, data, start_after, expire_in, retry_limit, retry_delay, policy)
       SELECT name, data, start_after, expire_in, retry_limit, retry_delay, policy FROM pgboss.job
       WHERE data->>'incidentId' = ANY($1) AND data->>'kind' = 'POLICE_DEADLINE_MISSED'`,
      [cases.map((c) => c.id)],
    );
    expect(twins.rowCount).toBe(cases.length);
  });

  it('sessions hold on both: signed in on A, the cookie works on B; signed out on B, refused on A', async () => {
    const onA = (await signIn(a, 'teacher')).browser;
    const onB = sameBrowserOn(b, onA);
    expect(await username(onB)).toBe('teacher');

    // CSRF prevention is per request (Apollo's preflight check), so it holds on both: a simple
    // cross-site POST cannot sign the session out on either replica.
    for (const api of [a, b]) {
      const forged = await sameBrowserOn(api, onA).post(JSON.stringify({ query: 'mutation { signOut }' }), {
        'content-type': 'text/plain',
      });
      expect(forged.status).toBe(400);
    }
    expect(await username(onA)).toBe('teacher');

    const signedOut = await onB.request('mutation { signOut }');
    expect(signedOut.body.data).toEqual({ signOut: true });
    // The same cookie, sent to A again: the session ended in the database, for every replica.
    const stale = new GraphQLTestClient(a.baseUrl);
    stale.sessionToken = onA.sessionToken;
    expect(stale.sessionToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(await username(stale)).toBeNull();
  });

  it('REP-7: a second-factor challenge issued by A is completed on B', async () => {
    const started = await signIn(a, 'safety');
    expect(started.typename).toBe('MfaRequired');
    const onB = sameBrowserOn(b, started.browser);
    const verified = await onB.request(VERIFY_MFA, {
      input: { challenge: started.challenge, code: totpCode(DEMO_TOTP_SECRET, totpStep(new Date())) },
    });
    expect(verified.body.data?.verifyMfa).toEqual({ __typename: 'Viewer' });
    expect(await username(sameBrowserOn(a, onB))).toBe('safety');
  });

  it('failed sign-ins count on both replicas, and a device cookie signed by A is trusted by B', async () => {
    const trusted = await signIn(a, 'preschool');
    expect(trusted.typename).toBe('Viewer');
    expect([...trusted.browser.cookies.keys()].some((name) => name.startsWith('xiaohu_device_'))).toBe(true);

    // Strangers guess on B, A, B: the third failure, wherever it lands, locks the username for
    // untrusted browsers on both.
    const guesses = [];
    for (const api of [b, a, b]) guesses.push((await signIn(api, 'preschool', 'wrong-password')).code);
    expect(guesses).toEqual(['INVALID_CREDENTIALS', 'INVALID_CREDENTIALS', 'ACCOUNT_LOCKED']);
    expect((await signIn(a, 'preschool')).code).toBe('ACCOUNT_LOCKED');
    expect((await signIn(b, 'preschool')).code).toBe('ACCOUNT_LOCKED');
    // The browser that signed in before still can, on the other replica.
    const again = await signIn(b, 'preschool', DEMO_PASSWORD, sameBrowserOn(b, trusted.browser));
    expect(again.typename).toBe('Viewer');
  });

  it('imports queue across replicas: the same roster sent to A and B at once is imported once, the other refused as already on the register', async () => {
    const head = (await signIn(a, 'head.kg')).browser;
    const idNumber = (i: number) => {
      const first17 = `110106${1960 + Math.floor(i / 1000)}0101${String(i % 1000).padStart(3, '0')}`;
      return first17 + residentIdCheckCharacter(first17);
    };
    const file = await buildRosterWorkbook(
      Array.from({ length: ROSTER_ROWS }, (_, i) => buildRosterRow({ idNumber: idNumber(i) })),
    );
    const staffCount = async (api: ApiProcess) => {
      const response = await sameBrowserOn(api, head).request('{ staff(first: 1) { totalCount } }');
      return (response.body.data?.staff as { totalCount: number }).totalCount;
    };
    const before = await staffCount(b);
    const upload = (api: ApiProcess) =>
      fetch(`${api.baseUrl}/api/staff/import`, {
        method: 'POST',
        headers: { 'content-type': XLSX, cookie: `${SESSION_COOKIE}=${head.sessionToken}` },
        body: file,
      });
    const responses = await Promise.all([upload(a), upload(b)]);
    const bodies = (await Promise.all(responses.map((r) => r.json()))) as {
      errors?: { code: string }[];
    }[];
    const outcomes = responses.map((r, i) => [r.status, bodies[i].errors?.[0]?.code ?? null]).sort();
    expect(outcomes).toEqual([
      [200, null],
      [422, 'DUPLICATE_STAFF'],
    ]);
    // Its result is visible on either replica, and each attempt left its one audit row.
    expect(await staffCount(b)).toBe(before + ROSTER_ROWS);
    expect(await staffCount(a)).toBe(before + ROSTER_ROWS);
    const { rows } = await db.query<{ outcome: string; n: number }>(
      `SELECT outcome, count(*)::int AS n FROM audit_event WHERE action = 'staff.importRoster' GROUP BY outcome ORDER BY outcome`,
    );
    expect(rows).toEqual([
      { outcome: 'IMPORT_REJECTED', n: 1 },
      { outcome: 'OK', n: 1 },
    ]);
  });

  it('REP-3, REP-4: each escalation fires exactly once: one alert, one breach, one notification and one mail per recipient', async () => {
    const ids = cases.map((c) => c.id);
    // Done when every deadline job and its twin has completed: nothing is left that could fire again.
    await eventually(
      'every POLICE_DEADLINE_MISSED job completed',
      async () => {
        const { rows } = await db.query<{ state: string; n: number }>(
          `SELECT state, count(*)::int AS n FROM pgboss.job
           WHERE data->>'incidentId' = ANY($1) AND data->>'kind' = 'POLICE_DEADLINE_MISSED' GROUP BY state`,
          [ids],
        );
        return rows.length === 1 && rows[0].state === 'completed' && rows[0].n === ids.length * 2
          ? true
          : null;
      },
      Math.max(0, Math.max(...cases.map((c) => c.dueAt.getTime())) - Date.now()) + EFFECT_LIMIT_MS,
    );

    const perCase = async (sql: string) =>
      (await db.query<{ incident_id: string; key: string; n: number }>(sql, [ids])).rows;
    const alerts = await perCase(
      `SELECT incident_id, kind || ':' || outcome AS key, count(*)::int AS n FROM incident_alert
       WHERE incident_id = ANY($1) GROUP BY 1, 2`,
    );
    const breaches = await perCase(
      `SELECT incident_id, code || ':' || hop AS key, count(*)::int AS n FROM incident_breach
       WHERE incident_id = ANY($1) GROUP BY 1, 2`,
    );
    const events = await perCase(
      `SELECT incident_id, kind || ':' || detail AS key, count(*)::int AS n FROM incident_event
       WHERE incident_id = ANY($1) AND kind IN ('ALERT_SENT', 'BREACH_RECORDED') GROUP BY 1, 2`,
    );
    for (const id of ids) {
      const of = (rows: { incident_id: string; key: string; n: number }[]) =>
        Object.fromEntries(rows.filter((r) => r.incident_id === id).map((r) => [r.key, r.n]));
      expect(of(alerts)).toEqual({
        'DISCLOSURE_RECEIVED:SENT': 1,
        'HEAD_NOTIFICATION_MISSED:SENT': 1,
        'POLICE_REPORT_REMINDER:SENT': 1,
        'POLICE_DEADLINE_MISSED:SENT': 1,
      });
      expect(of(breaches)).toEqual({ 'LATE_REPORT:TEACHER_TO_HEAD': 1, 'LATE_REPORT:SCHOOL_TO_POLICE': 1 });
      expect(of(events)).toEqual({
        'ALERT_SENT:DISCLOSURE_RECEIVED': 1,
        'ALERT_SENT:HEAD_NOTIFICATION_MISSED': 1,
        'ALERT_SENT:POLICE_REPORT_REMINDER': 1,
        'ALERT_SENT:POLICE_DEADLINE_MISSED': 1,
        'BREACH_RECORDED:LATE_REPORT': 2,
      });
    }

    // Notifications: exactly the alert's recipients, each once.
    const { rows: notified } = await db.query<{
      incident_id: string;
      kind: string;
      n: number;
      accounts: number;
      recipients: number;
    }>(
      `SELECT a.incident_id, a.kind, count(n.id)::int AS n, count(DISTINCT n.account_id)::int AS accounts,
              a.recipient_count AS recipients
       FROM incident_alert a LEFT JOIN notification n ON n.case_id = a.incident_id AND n.kind = a.kind
       WHERE a.incident_id = ANY($1) GROUP BY a.incident_id, a.kind, a.recipient_count`,
      [ids],
    );
    expect(notified).toHaveLength(ids.length * 4);
    const deadlineAlerts = notified.filter((r) => r.kind === 'POLICE_DEADLINE_MISSED');
    expect(deadlineAlerts.every((r) => r.recipients > 0)).toBe(true);
    expect(notified.filter((r) => r.n !== r.recipients || r.accounts !== r.recipients)).toEqual([]);

    // Mails: one per notified account with an address, never two to one address for one case and kind.
    const { rows: mails } = await db.query<{ case_id: string; expected: number; sent: number; most: number }>(
      `SELECT c.id AS case_id,
         (SELECT count(*)::int FROM notification n JOIN account acc ON acc.id = n.account_id
          WHERE n.case_id = c.id AND acc.email IS NOT NULL) AS expected,
         (SELECT count(*)::int FROM mail_outbox m WHERE m.case_id = c.id) AS sent,
         (SELECT coalesce(max(k), 0)::int FROM (SELECT count(*) AS k FROM mail_outbox m
          WHERE m.case_id = c.id GROUP BY m.to_address, m.subject) t) AS most
       FROM unnest($1::uuid[]) AS c(id)`,
      [ids],
    );
    expect(mails.every((m) => m.expected > 0 && m.sent === m.expected && m.most === 1)).toBe(true);
  });
});
