import { SMTPServer } from 'smtp-server';
import type { AddressInfo } from 'node:net';
import { dataSourceFireAlerts, deliverAll } from './incidents.test-support';
import { startTestApp, type TestApp } from '../../test-support/test-app';
import type { GraphQLTestClient } from '../../test-support/graphql-test-client';
import { DEMO_ACCOUNTS } from '../../seed/demo-district.data';

const CHILD = '李小花';
const CASE_FIELDS = `id state access isHeadInConflict isConfidential child { name className } childStatement
  reporting { status policeReportDueAt headNotificationDueAt isPoliceReportRequired }
  breaches { code ruleIds } emergencyChecklist { step doneAt doneBy { displayName } }
  timeline { kind detail deadline deadlineOutcome } viewerCan { canAcknowledge canClose canRecordPoliceReport }`;
const BASE = `__typename ... on Case { ${CASE_FIELDS} } ... on ErrorResult { code message }`;
const REFUSAL = `... on TransitionRefusedError { refusal breachRecorded }`;
const TIME = `... on ReportingTimeError { problem }`;

const RECORD = `mutation($input: RecordDisclosureInput!) { recordDisclosure(input: $input) { ${BASE} ${TIME} } }`;
const ACK = `mutation($id: ID!) { acknowledgeCase(caseId: $id) { ${BASE} ${REFUSAL} } }`;
const STEP = `mutation($input: CompleteEmergencyStepInput!) { completeEmergencyStep(input: $input) { ${BASE} ${TIME} } }`;
const POLICE = `mutation($input: RecordPoliceReportInput!) { recordPoliceReport(input: $input) { ${BASE} ${TIME} ${REFUSAL} } }`;
const CLOSE = `mutation($input: CloseCaseInput!) { closeCase(input: $input) { ${BASE} ${REFUSAL} } }`;
const EXTERNAL = `mutation($input: RecordExternalSourceInput!) { recordExternalSource(input: $input) { ${BASE} ${TIME} } }`;
const READ = `query($id: ID!) { case(id: $id) { ${CASE_FIELDS} } }`;

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- untyped GraphQL answers, checked field by field
type CaseView = Record<string, any>;
const T0 = new Date('2026-03-02T02:02:00.000Z'); // 10:02 in Chongqing
const emailOf = (username: string) => DEMO_ACCOUNTS.find((a) => a.username === username)!.email;

let app: TestApp;
let smtp: SMTPServer;
const mails: string[] = [];

const buildDisclosure = (overrides: Record<string, unknown> = {}) => ({
  channel: 'ORAL',
  category: 'MOLESTATION',
  suspectType: 'STAFF',
  suspectDescription: '体育老师',
  childName: CHILD,
  childClass: '三年级二班',
  childStatement: '他摸了我',
  isChildInDanger: false,
  ...overrides,
});

async function record(client: GraphQLTestClient, overrides: Record<string, unknown> = {}): Promise<CaseView> {
  const response = await client.request(RECORD, { input: buildDisclosure(overrides) });
  if (!response.body.data?.recordDisclosure) throw new Error(response.text);
  return response.body.data.recordDisclosure as CaseView;
}
const data = (response: { body: { data?: Record<string, unknown> | null } }, field: string) =>
  response.body.data?.[field] as CaseView;

beforeAll(async () => {
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, _session, callback) {
      let text = '';
      stream.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
      stream.on('end', () => {
        mails.push(text);
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  process.env.SMTP_HOST = '127.0.0.1';
  process.env.SMTP_PORT = String((smtp.server.address() as AddressInfo).port);
  app = await startTestApp();
  app.clock.set(T0);
});
afterAll(async () => {
  delete process.env.SMTP_HOST;
  delete process.env.SMTP_PORT;
  await app.close();
  await new Promise<void>((resolve) => smtp.close(resolve));
});

describe('recording a disclosure', () => {
  it('REP-2, REP-3: the head is told at once and the deadlines count from the receipt; later alerts are jobs in the same transaction', async () => {
    const teacher = await app.signedIn('teacher');
    const recorded = await record(teacher, { receivedAt: T0.toISOString() });
    expect(recorded.__typename).toBe('Case');
    expect(recorded.reporting.policeReportDueAt).toBe('2026-03-02T03:02:00.000Z');
    expect(recorded.reporting.status).toBe('AWAITING_POLICE_REPORT');
    const jobs = await app.owner.query(
      `SELECT data->>'kind' AS kind, start_after FROM pgboss.job WHERE data->>'incidentId' = $1 ORDER BY start_after`,
      [recorded.id],
    );
    expect(jobs.map((j: { kind: string }) => j.kind)).toEqual([
      'HEAD_NOTIFICATION_MISSED',
      'POLICE_REPORT_REMINDER',
      'POLICE_DEADLINE_MISSED',
    ]);
    expect(new Date(jobs[0].start_after).toISOString()).toBe('2026-03-02T02:12:00.000Z');
    expect(new Date(jobs[2].start_after).toISOString()).toBe('2026-03-02T03:02:00.000Z');
    const head = await app.signedIn('head.primary');
    const notes = await head.request(
      '{ myNotifications { unreadCount edges { node { kind caseId title body } } } }',
    );
    const mine = (notes.body.data?.myNotifications as CaseView).edges.map((e: CaseView) => e.node);
    expect(mine.some((n: CaseView) => n.kind === 'DISCLOSURE_RECEIVED' && n.caseId === recorded.id)).toBe(
      true,
    );
    expect(JSON.stringify(mine)).not.toContain(CHILD);
    const audit = await app.owner.query(`SELECT details FROM audit_event WHERE target_id = $1`, [
      recorded.id,
    ]);
    expect(audit.length).toBeGreaterThan(0);
    expect(JSON.stringify(audit)).not.toContain(CHILD);
  });

  it('REP-3: a receipt in the future is refused', async () => {
    const teacher = await app.signedIn('teacher');
    const refused = await record(teacher, { receivedAt: new Date(T0.getTime() + 60_000).toISOString() });
    expect(refused).toMatchObject({ __typename: 'ReportingTimeError', problem: 'RECEIPT_IN_FUTURE' });
  });
});

describe('the head works the case', () => {
  it('REP-2, REP-6, REP-3: on time — acknowledged, checklist ticked, police report at 60:00 met, alerts skipped', async () => {
    app.clock.set(T0);
    const recorded = await record(await app.signedIn('teacher'));
    const head = await app.signedIn('head.primary');
    app.clock.advanceMinutes(2);
    expect(data(await head.request(ACK, { id: recorded.id }), 'acknowledgeCase')).toMatchObject({
      state: 'HEAD_NOTIFIED',
    });
    const step = data(
      await head.request(STEP, { input: { caseId: recorded.id, step: 'PROTECT_SCENE' } }),
      'completeEmergencyStep',
    );
    expect(
      step.emergencyChecklist.find((i: CaseView) => i.step === 'PROTECT_SCENE').doneBy.displayName,
    ).toContain('刘文静');
    app.clock.advanceMinutes(58);
    // Sessions expire after 30 idle minutes of the test's clock.
    const headAgain = await app.signedIn('head.primary');
    const police = data(
      await headAgain.request(POLICE, {
        input: {
          caseId: recorded.id,
          reportedAt: app.clock.now().toISOString(),
          policeStation: '杨家坪派出所',
          receiptNumber: 'JJ-001',
          officerName: '王警官',
        },
      }),
      'recordPoliceReport',
    );
    expect(police).toMatchObject({
      state: 'POLICE_REPORTED',
      breaches: [],
      reporting: { status: 'COMPLIANT' },
    });
    expect(police.timeline.find((e: CaseView) => e.kind === 'POLICE_REPORTED')).toMatchObject({
      deadline: 'POLICE_REPORT',
      deadlineOutcome: 'MET',
    });
    app.clock.advanceMinutes(5);
    expect(await dataSourceFireAlerts(app, recorded.id)).toEqual(['SKIPPED', 'SKIPPED', 'SKIPPED']);
    const closed = data(
      await headAgain.request(CLOSE, { input: { caseId: recorded.id, reason: 'RESOLVED' } }),
      'closeCase',
    );
    expect(closed).toMatchObject({ state: 'CLOSED', breaches: [] });
  });

  it('REP-3, REP-4: late — at the deadline 迟报 is recorded once and SAFETY, the section and leadership are alerted once', async () => {
    app.clock.set(T0);
    const recorded = await record(await app.signedIn('teacher'));
    // The first job is REP-2's: the head never acknowledged, so SAFETY heard of it at 10:12.
    app.clock.advanceMinutes(30);
    expect(await dataSourceFireAlerts(app, recorded.id)).toEqual(['SENT', 'SENT', 'NOT_DUE']);
    app.clock.advanceMinutes(30);
    expect(await dataSourceFireAlerts(app, recorded.id)).toEqual([
      'ALREADY_FIRED',
      'ALREADY_FIRED',
      'NOT_DUE',
    ]);
    app.clock.set(new Date(app.clock.now().getTime() + 1000));
    expect(await dataSourceFireAlerts(app, recorded.id)).toEqual(['ALREADY_FIRED', 'ALREADY_FIRED', 'SENT']);
    expect(await dataSourceFireAlerts(app, recorded.id)).toEqual([
      'ALREADY_FIRED',
      'ALREADY_FIRED',
      'ALREADY_FIRED',
    ]);
    const breaches = await app.owner.query(
      `SELECT code, rule_ids FROM incident_breach WHERE incident_id = $1`,
      [recorded.id],
    );
    expect(breaches).toEqual([{ code: 'LATE_REPORT', rule_ids: 'REP-3,REP-4' }]);
    const safety = await app.signedIn('safety');
    const alerts = await app.owner.query(
      `SELECT a.username, n.kind FROM notification n JOIN account a ON a.id = n.account_id WHERE n.case_id = $1 AND n.kind = 'POLICE_DEADLINE_MISSED' ORDER BY a.username`,
      [recorded.id],
    );
    // REP-7: a confidential case exists only for its need-to-know group, so only they are alerted.
    const alerted = alerts.map((a: CaseView) => a.username);
    expect(alerted).toEqual(expect.arrayContaining(['leader', 'safety']));
    expect(alerted).not.toEqual(expect.arrayContaining(['basic']));
    expect(alerted).not.toEqual(expect.arrayContaining(['safety2']));
    expect(alerts.filter((a: CaseView) => a.username === 'safety')).toHaveLength(1);
    const view = data(await safety.request(READ, { id: recorded.id }), 'case');
    expect(view.reporting.status).toBe('IN_BREACH');
  });

  it('REP-4: omitted — closing a mandatory case without a police report is refused and records 漏报', async () => {
    app.clock.set(T0);
    const recorded = await record(await app.signedIn('teacher'));
    const head = await app.signedIn('head.primary');
    const refused = data(
      await head.request(CLOSE, { input: { caseId: recorded.id, reason: 'UNFOUNDED' } }),
      'closeCase',
    );
    expect(refused).toMatchObject({
      __typename: 'TransitionRefusedError',
      refusal: 'POLICE_REPORT_REQUIRED',
      breachRecorded: 'OMISSION',
    });
    const view = data(await head.request(READ, { id: recorded.id }), 'case');
    expect(view.breaches.map((b: CaseView) => b.code)).toEqual(['OMISSION']);
    expect(view.state).toBe('REPORTED');
  });

  it('REP-4: settled privately — refused even after the police report and recorded as 私下调解', async () => {
    app.clock.set(T0);
    const recorded = await record(await app.signedIn('teacher'));
    const head = await app.signedIn('head.primary');
    await head.request(POLICE, {
      input: {
        caseId: recorded.id,
        reportedAt: T0.toISOString(),
        policeStation: '杨家坪派出所',
        receiptNumber: 'JJ-002',
      },
    });
    const refused = data(
      await head.request(CLOSE, { input: { caseId: recorded.id, reason: 'PRIVATE_SETTLEMENT' } }),
      'closeCase',
    );
    expect(refused).toMatchObject({
      refusal: 'PRIVATE_SETTLEMENT_FORBIDDEN',
      breachRecorded: 'PRIVATE_SETTLEMENT',
    });
  });

  it('REP-8, REP-4: concealed — the district learns of a case the school never reported: 瞒报', async () => {
    app.clock.set(T0);
    const safety = await app.signedIn('safety');
    const institutionId = (
      await app.owner.query(`SELECT id FROM institution WHERE name = '九龙坡区谢家湾小学'`)
    )[0].id;
    const opened = data(
      await safety.request(EXTERNAL, {
        input: {
          institutionId,
          category: 'ABUSE',
          suspectType: 'STAFF',
          source: 'PARENT',
          learnedAt: T0.toISOString(),
        },
      }),
      'recordExternalSource',
    );
    expect(opened.breaches.map((b: CaseView) => b.code)).toEqual(['CONCEALMENT']);
    // A case the school recorded first is not concealed.
    const recorded = await record(await app.signedIn('teacher'));
    app.clock.advanceMinutes(5);
    const attached = data(
      await safety.request(EXTERNAL, {
        input: { caseId: recorded.id, source: 'POLICE', learnedAt: app.clock.now().toISOString() },
      }),
      'recordExternalSource',
    );
    expect(attached.breaches).toEqual([]);
  });
});

describe('confidentiality and conflict of interest', () => {
  it('REP-7: the child is shown only to the need-to-know group, and each view of a confidential case is audited', async () => {
    app.clock.set(T0);
    const recorded = await record(await app.signedIn('teacher'));
    const read = async (username: string) =>
      data(await (await app.signedIn(username)).request(READ, { id: recorded.id }), 'case');
    expect((await read('teacher')).child).toEqual({ name: CHILD, className: '三年级二班' });
    expect((await read('head.primary')).child?.name).toBe(CHILD);
    expect((await read('safety')).child?.name).toBe(CHILD);
    expect((await read('leader')).child?.name).toBe(CHILD);
    // REP-7: for sexual-abuse categories even the case's existence is need-to-know.
    expect(await read('safety2')).toBeNull();
    expect(await read('basic')).toBeNull();
    expect(await read('head.kg')).toBeNull();
    const audits = await app.owner.query(
      `SELECT count(*)::int AS n FROM audit_event WHERE action = 'incident.read' AND target_id = $1`,
      [recorded.id],
    );
    expect(audits[0].n).toBe(7);
    const list = await (
      await app.signedIn('safety')
    ).request(`{ cases(first: 100) { totalCount edges { node { id child { name } } } } }`);
    expect(list.text).not.toContain(CHILD);
  });

  it('REP-11: when the suspect is the head, the case goes straight to SAFETY and the head never sees it', async () => {
    app.clock.set(T0);
    const recorded = await record(await app.signedIn('teacher'), { isSuspectHead: true });
    expect(recorded.isHeadInConflict).toBe(true);
    const head = await app.signedIn('head.primary');
    expect(data(await head.request(READ, { id: recorded.id }), 'case')).toBeNull();
    const list = (await head.request(`{ cases(first: 100) { edges { node { id } } } }`)).body.data
      ?.cases as CaseView;
    expect(list.edges.map((e: CaseView) => e.node.id)).not.toContain(recorded.id);
    expect(data(await head.request(ACK, { id: recorded.id }), 'acknowledgeCase').__typename).toBe(
      'CaseNotFoundError',
    );
    const kinds = await app.owner.query(
      `SELECT a.username, n.kind FROM notification n JOIN account a ON a.id = n.account_id WHERE n.case_id = $1`,
      [recorded.id],
    );
    expect(kinds.map((k: CaseView) => k.username)).not.toContain('head.primary');
    expect(kinds).toEqual(expect.arrayContaining([{ username: 'safety', kind: 'CONFLICT_OF_INTEREST' }]));
  });
});

it('email goes through SMTP after commit and never contains the child’s name', async () => {
  app.clock.set(T0);
  mails.length = 0;
  const recorded = await record(await app.signedIn('teacher'));
  const pending = await app.owner.query(`SELECT id FROM mail_outbox WHERE sent_at IS NULL`);
  await deliverAll(app);
  expect(mails.length).toBeGreaterThanOrEqual(1);
  const sent = await app.owner.query(
    `SELECT count(*)::int AS n FROM mail_outbox WHERE sent_at IS NOT NULL AND id = ANY($1)`,
    [pending.map((p: CaseView) => p.id)],
  );
  expect(sent[0].n).toBe(pending.length);
  for (const mail of mails) expect(mail).not.toContain(CHILD);
  expect(mails.join('\n')).toContain(emailOf('head.primary'));
  const addresses = await app.owner.query(`SELECT to_address FROM mail_outbox WHERE id = ANY($1)`, [
    pending.map((p: CaseView) => p.id),
  ]);
  const known = new Set(DEMO_ACCOUNTS.map((a) => a.email));
  for (const { to_address } of addresses) expect(known.has(to_address)).toBe(true);
  expect(recorded.id).toMatch(/^[0-9a-f-]{36}$/);
});

it('REP-2: an account without an e-mail is told in the app only; the outbox holds nothing for it', async () => {
  app.clock.set(T0);
  await app.owner.query(`UPDATE account SET email = NULL WHERE username = 'head.primary'`);
  try {
    // Received 45 minutes ago: the head's alert and the police reminder (head and SAFETY) fire at once.
    const recorded = await record(await app.signedIn('teacher'), {
      receivedAt: new Date(T0.getTime() - 45 * 60_000).toISOString(),
    });
    const notified = (await app.owner.query(
      `SELECT a.username, a.email, n.kind FROM notification n JOIN account a ON a.id = n.account_id WHERE n.case_id = $1`,
      [recorded.id],
    )) as { username: string; email: string | null; kind: string }[];
    expect(notified).toEqual(
      expect.arrayContaining([
        { username: 'head.primary', email: null, kind: 'DISCLOSURE_RECEIVED' },
        { username: 'head.primary', email: null, kind: 'POLICE_REPORT_REMINDER' },
        { username: 'safety', email: emailOf('safety'), kind: 'POLICE_REPORT_REMINDER' },
      ]),
    );
    const head = await app.signedIn('head.primary');
    const notes = await head.request('{ myNotifications { edges { node { kind caseId } } } }');
    const mine = (notes.body.data?.myNotifications as CaseView).edges.map((e: CaseView) => e.node);
    expect(mine).toContainEqual({ kind: 'DISCLOSURE_RECEIVED', caseId: recorded.id });

    const outbox = (await app.owner.query(`SELECT to_address FROM mail_outbox WHERE case_id = $1`, [
      recorded.id,
    ])) as { to_address: string }[];
    const withEmail = notified.flatMap((n) => (n.email ? [n.email] : []));
    expect(withEmail.length).toBeGreaterThan(0);
    expect(outbox.map((m) => m.to_address).sort()).toEqual(withEmail.sort());
    expect(JSON.stringify(outbox)).not.toContain('head.primary');
    expect(JSON.stringify(outbox)).not.toContain(emailOf('head.primary'));
  } finally {
    await app.owner.query(`UPDATE account SET email = $1 WHERE username = 'head.primary'`, [
      emailOf('head.primary'),
    ]);
  }
});
