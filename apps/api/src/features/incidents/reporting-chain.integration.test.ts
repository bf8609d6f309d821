import { dataSourceFireAlerts } from './incidents.test-support';
import { startTestApp, type TestApp } from '../../test-support/test-app';
import type { GraphQLTestClient } from '../../test-support/graphql-test-client';

// Issue 8, findings 4 to 6: the chain has no silent hop, and what the system did is stamped when it did it.
const CASE_FIELDS = `id state reporting { status headNotificationDueAt policeReportDueAt }
  breaches { code hop ruleIds occurredAt recordedAt }
  timeline { kind at detail deadline dueAt deadlineOutcome }`;
const BASE = `__typename ... on Case { ${CASE_FIELDS} } ... on ErrorResult { code message }`;
const RECORD = `mutation($input: RecordDisclosureInput!) { recordDisclosure(input: $input) { ${BASE} } }`;
const ACK = `mutation($id: ID!) { acknowledgeCase(caseId: $id) { ${BASE} } }`;
const CLOSE = `mutation($input: CloseCaseInput!) { closeCase(input: $input) {
  ${BASE} ... on TransitionRefusedError { refusal breachRecorded } } }`;
const READ = `query($id: ID!) { case(id: $id) { ${CASE_FIELDS} } }`;

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- untyped GraphQL answers, checked field by field
type View = Record<string, any>;
const T0 = new Date('2026-03-02T02:02:00.000Z'); // 10:02 in Chongqing
const minutes = (n: number) => n * 60_000;
const iso = (ms: number) => new Date(ms).toISOString();

let app: TestApp;

async function record(client: GraphQLTestClient, overrides: Record<string, unknown> = {}): Promise<View> {
  const response = await client.request(RECORD, {
    input: {
      channel: 'ORAL',
      category: 'MOLESTATION',
      suspectType: 'STAFF',
      childName: '王小明',
      childClass: '四年级一班',
      childStatement: '测试陈述',
      isChildInDanger: false,
      ...overrides,
    },
  });
  const recorded = response.body.data?.recordDisclosure as View | undefined;
  if (recorded?.__typename !== 'Case') throw new Error(response.text);
  return recorded;
}
const read = async (username: string, id: string): Promise<View> =>
  (await (await app.signedIn(username)).request(READ, { id })).body.data?.case as View;

async function notified(caseId: string, kind: string): Promise<string[]> {
  const rows = (await app.owner.query(
    `SELECT a.username FROM notification n JOIN account a ON a.id = n.account_id
     WHERE n.case_id = $1 AND n.kind = $2 ORDER BY a.username`,
    [caseId, kind],
  )) as { username: string }[];
  return rows.map((r) => r.username);
}

beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app.close();
});
beforeEach(() => app.clock.set(T0));

describe('finding 4: a private settlement is refused in every category', () => {
  it('REP-4: closing an OTHER case as a private settlement is refused and recorded as a breach', async () => {
    const recorded = await record(await app.signedIn('teacher'), {
      category: 'OTHER',
      suspectType: 'STUDENT',
    });
    expect(recorded.reporting.status).toBe('COMPLIANT');
    app.clock.advanceMinutes(1);
    const head = await app.signedIn('head.primary');
    const refused = (
      await head.request(CLOSE, { input: { caseId: recorded.id, reason: 'PRIVATE_SETTLEMENT' } })
    ).body.data?.closeCase as View;
    expect(refused).toMatchObject({
      __typename: 'TransitionRefusedError',
      refusal: 'PRIVATE_SETTLEMENT_FORBIDDEN',
      breachRecorded: 'PRIVATE_SETTLEMENT',
    });
    const view = await read('head.primary', recorded.id);
    expect(view.state).toBe('REPORTED');
    expect(view.reporting.status).toBe('IN_BREACH');
    expect(view.breaches).toEqual([
      {
        code: 'PRIVATE_SETTLEMENT',
        hop: 'SCHOOL_TO_DISTRICT',
        ruleIds: ['REP-4'],
        occurredAt: iso(T0.getTime() + minutes(1)),
        recordedAt: iso(T0.getTime() + minutes(1)),
      },
    ]);
    expect(view.timeline.map((e: View) => `${e.kind}:${e.detail}`)).toEqual(
      expect.arrayContaining([
        'BREACH_RECORDED:PRIVATE_SETTLEMENT',
        'CLOSE_REFUSED:PRIVATE_SETTLEMENT_FORBIDDEN',
      ]),
    );
    const audit = await app.owner.query(
      `SELECT outcome FROM audit_event WHERE action = 'incident.close' AND target_id = $1`,
      [recorded.id],
    );
    expect(audit).toEqual([{ outcome: 'PRIVATE_SETTLEMENT_FORBIDDEN' }]);
    // Trying again records nothing twice; another reason still closes it.
    await head.request(CLOSE, { input: { caseId: recorded.id, reason: 'PRIVATE_SETTLEMENT' } });
    const closed = (await head.request(CLOSE, { input: { caseId: recorded.id, reason: 'RESOLVED' } })).body
      .data?.closeCase as View;
    expect(closed).toMatchObject({ state: 'CLOSED', reporting: { status: 'IN_BREACH' } });
    expect(closed.breaches).toHaveLength(1);
  });
});

describe('finding 5: an unacknowledged disclosure alerts SAFETY at the REP-2 deadline', () => {
  it('REP-2: the alert is a durable job created with the disclosure, due at the head-notification deadline', async () => {
    const recorded = await record(await app.signedIn('teacher'), {
      category: 'OTHER',
      suspectType: 'STUDENT',
    });
    const jobs = (await app.owner.query(
      `SELECT data->>'kind' AS kind, start_after, singleton_key FROM pgboss.job WHERE data->>'incidentId' = $1`,
      [recorded.id],
    )) as { kind: string; start_after: Date; singleton_key: string }[];
    expect(jobs).toEqual([
      {
        kind: 'HEAD_NOTIFICATION_MISSED',
        start_after: new Date(recorded.reporting.headNotificationDueAt),
        singleton_key: `${recorded.id}:HEAD_NOTIFICATION_MISSED`,
      },
    ]);
    expect(recorded.reporting.headNotificationDueAt).toBe(iso(T0.getTime() + minutes(10)));
  });

  it('REP-2, REP-8: past the deadline without acknowledgement, SAFETY is alerted and the head reminded, once', async () => {
    const recorded = await record(await app.signedIn('teacher'), {
      category: 'OTHER',
      suspectType: 'STUDENT',
    });
    app.clock.advanceMinutes(9);
    expect(await dataSourceFireAlerts(app, recorded.id)).toEqual(['NOT_DUE']);
    expect(await notified(recorded.id, 'HEAD_NOTIFICATION_MISSED')).toEqual([]);
    app.clock.advanceMinutes(3);
    expect(await dataSourceFireAlerts(app, recorded.id)).toEqual(['SENT']);
    expect(await dataSourceFireAlerts(app, recorded.id)).toEqual(['ALREADY_FIRED']);
    expect(await notified(recorded.id, 'HEAD_NOTIFICATION_MISSED')).toEqual([
      'head.primary',
      'safety',
      'safety2',
    ]);
    const inbox = await (
      await app.signedIn('safety')
    ).request('{ myNotifications(first: 50) { edges { node { kind caseId } } } }');
    expect(inbox.body.data?.myNotifications).toMatchObject({
      edges: expect.arrayContaining([{ node: { kind: 'HEAD_NOTIFICATION_MISSED', caseId: recorded.id } }]),
    });
    const mail = (await app.owner.query(
      `SELECT subject, body FROM mail_outbox WHERE case_id = $1 AND kind = 'HEAD_NOTIFICATION_MISSED'`,
      [recorded.id],
    )) as { subject: string; body: string }[];
    expect(mail.length).toBeGreaterThan(0);
    // Issue 14: written for people, in the account's language: the school, what happened, the deadline as local time.
    expect(mail[0].subject).toMatch(/^【校护】.+：学校负责人未按时确认学生报告$/);
    expect(mail[0].body).toContain('告知学校负责人时限 10:12 已过 2 分钟。');
    expect(mail[0].body).not.toContain('王小明');
    expect(mail[0].body).not.toContain(recorded.id);
    // Stored truth: sent at 10:14 by the job's clock, about the 10:12 deadline.
    const view = await read('safety', recorded.id);
    expect(view.timeline.find((e: View) => e.detail === 'HEAD_NOTIFICATION_MISSED')).toEqual({
      kind: 'ALERT_SENT',
      at: iso(T0.getTime() + minutes(12)),
      detail: 'HEAD_NOTIFICATION_MISSED',
      deadline: 'HEAD_NOTIFICATION',
      dueAt: iso(T0.getTime() + minutes(10)),
      deadlineOutcome: 'MISSED',
    });
  });

  it('REP-2: a head who acknowledged in time gets no reminder and SAFETY no alert', async () => {
    const recorded = await record(await app.signedIn('teacher'));
    app.clock.advanceMinutes(4);
    const ack = (await (await app.signedIn('head.primary')).request(ACK, { id: recorded.id })).body.data
      ?.acknowledgeCase as View;
    expect(ack.state).toBe('HEAD_NOTIFIED');
    app.clock.advanceMinutes(7);
    const outcomes = await dataSourceFireAlerts(app, recorded.id);
    expect(outcomes[0]).toBe('SKIPPED');
    expect(await notified(recorded.id, 'HEAD_NOTIFICATION_MISSED')).toEqual([]);
    const view = await read('head.primary', recorded.id);
    expect(view.timeline.some((e: View) => e.detail === 'HEAD_NOTIFICATION_MISSED')).toBe(false);
  });
});

describe('finding 6 and the late hop: a disclosure entered three hours after the receipt', () => {
  it('REP-2, REP-3: each alert is stamped at the recording instant, with its deadline instant beside it', async () => {
    const receivedAt = T0.getTime() - minutes(180);
    const recorded = await record(await app.signedIn('teacher'), { receivedAt: iso(receivedAt) });
    const alerts = (recorded.timeline as View[]).filter((e) => e.kind === 'ALERT_SENT');
    expect(alerts.map((e) => e.detail).sort()).toEqual([
      'DISCLOSURE_RECEIVED',
      'HEAD_NOTIFICATION_MISSED',
      'POLICE_DEADLINE_MISSED',
      'POLICE_REPORT_REMINDER',
    ]);
    for (const alert of alerts) expect(alert.at).toBe(T0.toISOString());
    const byDetail = Object.fromEntries(alerts.map((e) => [e.detail, e]));
    expect(byDetail.HEAD_NOTIFICATION_MISSED).toMatchObject({
      deadline: 'HEAD_NOTIFICATION',
      dueAt: iso(receivedAt + minutes(10)),
      deadlineOutcome: 'MISSED',
    });
    expect(byDetail.POLICE_DEADLINE_MISSED).toMatchObject({
      deadline: 'POLICE_REPORT',
      dueAt: iso(receivedAt + minutes(60)),
      deadlineOutcome: 'MISSED',
    });
    expect(byDetail.POLICE_REPORT_REMINDER).toMatchObject({
      deadline: 'POLICE_REPORT',
      dueAt: iso(receivedAt + minutes(60)),
      deadlineOutcome: null,
    });
    const breachEvents = (recorded.timeline as View[]).filter((e) => e.kind === 'BREACH_RECORDED');
    expect(breachEvents.map((e) => [e.at, e.deadline, e.dueAt])).toEqual(
      expect.arrayContaining([
        [T0.toISOString(), 'HEAD_NOTIFICATION', iso(receivedAt + minutes(10))],
        [T0.toISOString(), 'POLICE_REPORT', iso(receivedAt + minutes(60))],
      ]),
    );
    expect(breachEvents).toHaveLength(2);
  });

  it('REP-1, REP-2, REP-4: the late teacher → head hop is a 迟报 of that hop on the case, recorded with the disclosure', async () => {
    const receivedAt = T0.getTime() - minutes(180);
    const recorded = await record(await app.signedIn('teacher'), { receivedAt: iso(receivedAt) });
    expect(recorded.reporting.status).toBe('IN_BREACH');
    const hops = (recorded.breaches as View[]).map((b) => ({ code: b.code, hop: b.hop, ruleIds: b.ruleIds }));
    expect(hops).toEqual(
      expect.arrayContaining([
        { code: 'LATE_REPORT', hop: 'TEACHER_TO_HEAD', ruleIds: ['REP-1', 'REP-2', 'REP-4'] },
        { code: 'LATE_REPORT', hop: 'SCHOOL_TO_POLICE', ruleIds: ['REP-3', 'REP-4'] },
      ]),
    );
    expect(hops).toHaveLength(2);
    const teacherHop = (recorded.breaches as View[]).find((b) => b.hop === 'TEACHER_TO_HEAD');
    expect(teacherHop).toMatchObject({
      occurredAt: iso(receivedAt + minutes(10)),
      recordedAt: T0.toISOString(),
    });
    const rows = await app.owner.query(
      `SELECT code, hop FROM incident_breach WHERE incident_id = $1 ORDER BY hop DESC`,
      [recorded.id],
    );
    expect(rows).toEqual([
      { code: 'LATE_REPORT', hop: 'TEACHER_TO_HEAD' },
      { code: 'LATE_REPORT', hop: 'SCHOOL_TO_POLICE' },
    ]);
  });

  it('REP-1, REP-2: entered within the REP-2 deadline, or a case REP-1 does not cover, there is no late hop', async () => {
    const onTime = await record(await app.signedIn('teacher'), {
      receivedAt: iso(T0.getTime() - minutes(10)),
    });
    expect(onTime.breaches).toEqual([]);
    const uncovered = await record(await app.signedIn('teacher'), {
      receivedAt: iso(T0.getTime() - minutes(180)),
      category: 'OTHER',
      suspectType: 'STUDENT',
    });
    expect(uncovered.breaches).toEqual([]);
    expect(uncovered.reporting.status).toBe('COMPLIANT');
    // Still, nobody at the district hears nothing: SAFETY is alerted at once.
    expect(await notified(uncovered.id, 'HEAD_NOTIFICATION_MISSED')).toEqual([
      'head.primary',
      'safety',
      'safety2',
    ]);
  });
});
