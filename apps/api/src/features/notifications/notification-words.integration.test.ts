import { startTestApp, type TestApp } from '../../test-support/test-app';
import type { GraphQLTestClient } from '../../test-support/graphql-test-client';
import { AccountEntity } from '../accounts/account.entity';
import { dataSourceFireAlerts } from '../incidents/incidents.test-support';

// Issue 14: notifications and mail written for people — the school, what happened in words, the deadline
// as local time, in the reader's language; a child in danger marked urgent everywhere.

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- untyped GraphQL answers, checked field by field
type View = Record<string, any>;
const T0 = new Date('2026-03-02T02:02:00.000Z'); // 10:02 in Chongqing
const RECORD = `mutation($input: RecordDisclosureInput!) { recordDisclosure(input: $input) { __typename ... on Case { id } } }`;
const NOTIFICATIONS = `{ myNotifications(first: 50) { urgentUnread { id kind caseId }
  edges { node { id kind caseId title body urgent facts { institutionName category deadlineKind dueAt isChildInDanger } } } } }`;
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;
// An enum code (SEXUAL_ASSAULT), a rule ID (REP-3) or a raw ISO instant.
const CODE = /[A-Z]{2,}_[A-Z_]+|\b[A-Z]{3}-\d+\b|\d{4}-\d{2}-\d{2}T/;

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());
beforeEach(() => app.clock.set(T0));

async function record(client: GraphQLTestClient, isChildInDanger: boolean): Promise<string> {
  const response = await client.request(RECORD, {
    input: {
      channel: 'ORAL',
      category: 'SEXUAL_ASSAULT',
      suspectType: 'STAFF',
      childName: '李小红',
      childClass: '三年级二班',
      childStatement: '测试陈述',
      isChildInDanger,
    },
  });
  const recorded = response.body.data?.recordDisclosure as View | undefined;
  if (recorded?.__typename !== 'Case') throw new Error(response.text);
  return recorded.id as string;
}

async function schoolOf(username: string): Promise<string> {
  const rows = (await app.owner.query(
    `SELECT i.name FROM account a JOIN institution i ON i.id = a.institution_id WHERE a.username = $1`,
    [username],
  )) as { name: string }[];
  return rows[0].name;
}

const mailsOf = async (caseId: string) =>
  (await app.owner.query(
    `SELECT m.kind, m.subject, m.body, a.username FROM mail_outbox m JOIN account a ON a.id = m.account_id
     WHERE m.case_id = $1 ORDER BY m.created_at, a.username`,
    [caseId],
  )) as { kind: string; subject: string; body: string; username: string }[];

it('REP-6, REP-7: a child in danger — the head’s notification is urgent, first, and the mail subject says 【紧急】', async () => {
  const caseId = await record(await app.signedIn('teacher'), true);
  const school = await schoolOf('head.primary');
  const mine = (await (await app.signedIn('head.primary')).request(NOTIFICATIONS)).body.data
    ?.myNotifications as View;
  const note = mine.edges.map((e: View) => e.node).find((n: View) => n.caseId === caseId);
  expect(note).toMatchObject({
    kind: 'DISCLOSURE_RECEIVED',
    urgent: true,
    title: `${school}：收到一起性侵学生报告`,
    facts: { institutionName: school, category: 'SEXUAL_ASSAULT', deadlineKind: 'HEAD_NOTIFICATION' },
  });
  expect(note.body).toMatch(/^学生仍处于危险之中，请立即处理。/);
  expect(mine.urgentUnread[0]).toEqual({ id: note.id, kind: 'DISCLOSURE_RECEIVED', caseId });
  const mail = (await mailsOf(caseId)).find((m) => m.username === 'head.primary');
  expect(mail?.subject).toBe(`【紧急】【校护】${school}：收到一起性侵学生报告`);
  expect(`${mail?.subject} ${mail?.body} ${note.title} ${note.body}`).not.toContain('李小红');
});

it('REP-3: the police reminder says the deadline as local time and what is left ("须在 11:02 前报案，还剩 30 分钟")', async () => {
  const caseId = await record(await app.signedIn('teacher'), false);
  await (
    await app.signedIn('head.primary')
  ).request('mutation($id: ID!) { acknowledgeCase(caseId: $id) { __typename } }', { id: caseId });
  app.clock.advanceMinutes(30);
  await dataSourceFireAlerts(app, caseId);
  const reminder = (await mailsOf(caseId)).filter((m) => m.kind === 'POLICE_REPORT_REMINDER');
  expect(reminder.length).toBeGreaterThan(0);
  for (const mail of reminder) {
    expect(mail.subject).not.toContain('【紧急】');
    expect(mail.body).toContain('须在 11:02 前报案，还剩 30 分钟。');
  }
});

it('REP-7: every alert of a case, in notification and mail, names no id, code or rule ID', async () => {
  const caseId = await record(await app.signedIn('teacher'), true);
  app.clock.advanceMinutes(120);
  await dataSourceFireAlerts(app, caseId);
  const notes = (await app.owner.query(`SELECT kind, title, body FROM notification WHERE case_id = $1`, [
    caseId,
  ])) as { kind: string; title: string; body: string }[];
  const mails = await mailsOf(caseId);
  expect(new Set(notes.map((n) => n.kind))).toEqual(
    new Set([
      'DISCLOSURE_RECEIVED',
      'HEAD_NOTIFICATION_MISSED',
      'POLICE_REPORT_REMINDER',
      'POLICE_DEADLINE_MISSED',
    ]),
  );
  for (const text of [
    ...notes.map((n) => `${n.title} ${n.body}`),
    ...mails.map((m) => `${m.subject} ${m.body}`),
  ]) {
    expect({ text, uuid: UUID.test(text), code: CODE.test(text) }).toEqual({
      text,
      uuid: false,
      code: false,
    });
  }
  expect(mails.every((m) => m.subject.startsWith('【紧急】'))).toBe(true);
});

it('the mail comes in the account’s language: switching the app to English sets it (audited)', async () => {
  const safety = await app.signedIn('safety');
  const set = await safety.request('mutation { setMyLanguage(language: EN) { language } }');
  expect(set.body.data?.setMyLanguage).toEqual({ language: 'EN' });
  const caseId = await record(await app.signedIn('teacher'), false);
  app.clock.advanceMinutes(12);
  await dataSourceFireAlerts(app, caseId);
  const mails = (await mailsOf(caseId)).filter((m) => m.kind === 'HEAD_NOTIFICATION_MISSED');
  const english = mails.find((m) => m.username === 'safety');
  expect(english?.subject).toMatch(/^\[XiaoHu\] .+: the head has not acknowledged a disclosure in time$/);
  expect(english?.body).toContain('The deadline to tell the school head (10:12) passed 2 min ago.');
  expect(mails.find((m) => m.username === 'head.primary')?.subject).toMatch(/^【校护】/);
  const audit = (await app.owner.query(
    `SELECT outcome, details FROM audit_event WHERE action = 'account.setLanguage' ORDER BY occurred_at DESC LIMIT 1`,
  )) as { outcome: string; details: unknown }[];
  expect(audit).toEqual([{ outcome: 'OK', details: { language: 'en' } }]);
  await app.owner.getRepository(AccountEntity).update({ username: 'safety' }, { language: 'zh-CN' });
});

it('notifications written before issue 14 still display: no facts, their title and body as stored', async () => {
  const head = await app.owner.getRepository(AccountEntity).findOneByOrFail({ username: 'head.kg' });
  await app.owner.query(
    `INSERT INTO notification (account_id, kind, title, body, created_at) VALUES ($1, 'DISCLOSURE_RECEIVED', $2, $3, $4)`,
    [head.id, '【校护】旧通知 / Old', '旧的正文', new Date(T0.getTime() + 60_000)],
  );
  const mine = (await (await app.signedIn('head.kg')).request(NOTIFICATIONS)).body.data
    ?.myNotifications as View;
  expect(mine.edges[0].node).toMatchObject({
    title: '【校护】旧通知 / Old',
    body: '旧的正文',
    facts: null,
    urgent: false,
  });
});
