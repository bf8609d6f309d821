import type { MandatoryReport } from '@xiaohu/domain';
import { SESSION_COOKIE } from '../../shared/auth/session-cookie';
import { AccountEntity } from '../accounts/account.entity';
import { CREATE_API_CLIENT } from '../api-clients/api-clients.test-support';
import { AuditEventEntity } from '../audit/audit-event.entity';
import { newWebhookSecret } from '../webhooks/commands/subscribe-webhook';
import { WebhookSubscriptionEntity } from '../webhooks/webhook.entities';
import type { GraphQLTestClient } from '../../test-support/graphql-test-client';
import { startTestApp, type TestApp } from '../../test-support/test-app';

// Issue 13: one case as the 强制报告 JSON (GET /api/cases/:id/mandatory-report.json), REP-7 as the case policy says.
const T0 = new Date('2026-03-02T02:00:00.000Z');
const RECORD = `mutation($input: RecordDisclosureInput!) { recordDisclosure(input: $input) { __typename ... on Case { id } } }`;
const POLICE = `mutation($input: RecordPoliceReportInput!) { recordPoliceReport(input: $input) { __typename } }`;
const VIEWER_CAN = `query($id: ID!) { case(id: $id) { viewerCan { canExportMandatoryReport } } }`;
const CHILD = '周小雨';

let app: TestApp;
let caseId: string;
beforeAll(async () => {
  app = await startTestApp();
  app.clock.set(T0);
  const teacher = await app.signedIn('teacher');
  const recorded = await teacher.request(RECORD, {
    input: {
      receivedAt: new Date(T0.getTime() - 10 * 60_000).toISOString(),
      channel: 'WRITTEN',
      category: 'ABUSE',
      suspectType: 'STAFF',
      suspectDescription: '体育老师',
      childName: CHILD,
      childClass: '四年级一班',
      childStatement: '老师打了我',
      isChildInDanger: true,
    },
  });
  caseId = (recorded.body.data?.recordDisclosure as { id: string }).id;
  if (!caseId) throw new Error(recorded.text);
  app.clock.set(new Date(T0.getTime() + 20 * 60_000));
  const reported = await teacher.request(POLICE, {
    input: {
      caseId,
      policeStation: '谢家湾派出所',
      receiptNumber: 'JJ2026-0302-01',
      reportedAt: new Date(T0.getTime() + 15 * 60_000).toISOString(),
    },
  });
  expect(reported.body.data?.recordPoliceReport).toEqual({ __typename: 'Case' });
  // An integrator (a 安稳办 client) subscribed to the export event.
  const admin = await app.signedIn('admin');
  const created = await admin.request(CREATE_API_CLIENT, {
    input: { name: '区平台', role: 'SECTION_MEMBER', unit: 'SAFETY' },
  });
  const client = created.body.data?.createApiClient as { client: { id: string } };
  await app.owner.getRepository(WebhookSubscriptionEntity).insert({
    clientId: client.client.id,
    url: 'https://platform.example.cn/hooks',
    eventTypes: ['case.mandatoryReportExported'],
    secret: newWebhookSecret(),
    createdByAccountId: (await app.owner.getRepository(AccountEntity).findOneByOrFail({ username: 'admin' }))
      .id,
    createdAt: app.clock.now(),
    unsubscribedAt: null,
  });
});
afterAll(() => app.close());

async function download(client: GraphQLTestClient, id = caseId) {
  const response = await fetch(`${app.baseUrl}/api/cases/${encodeURIComponent(id)}/mandatory-report.json`, {
    headers: { cookie: `${SESSION_COOKIE}=${client.sessionToken}` },
  });
  const text = await response.text();
  return {
    status: response.status,
    headers: response.headers,
    text,
    body: JSON.parse(text) as Partial<MandatoryReport> & { errors?: { extensions: unknown }[] },
  };
}

const exportEvents = async () =>
  (await app.owner.query(
    `SELECT payload FROM webhook_delivery WHERE event_type = 'case.mandatoryReportExported'
     AND payload -> 'data' ->> 'caseId' = $1 ORDER BY sequence`,
    [caseId],
  )) as { payload: { type: string; timestamp: string; data: Record<string, string> } }[];

const audits = () =>
  app.owner
    .getRepository(AuditEventEntity)
    .find({ where: { action: 'incident.exportMandatoryReport' }, order: { id: 'ASC' } });

describe('强制报告 export (issue 13, REP-7)', () => {
  it('REP-7: a designated 安稳办 officer gets the document with the child’s identity, as a download named without the child', async () => {
    const officer = await app.signedIn('safety');
    const before = (await audits()).length;
    const { status, headers, body } = await download(officer);
    expect(status).toBe(200);
    expect(headers.get('content-type')).toBe('application/json; charset=utf-8');
    const disposition = headers.get('content-disposition')!;
    expect(disposition).toMatch(
      /^attachment; filename="mandatory-report-[0-9a-f]{8}\.json"; filename\*=UTF-8''/,
    );
    expect(decodeURIComponent(disposition)).toContain('强制报告-九龙坡区谢家湾小学-');
    expect(decodeURIComponent(disposition)).not.toContain(CHILD);
    expect(body).toMatchObject({
      format: 'xiaohu.mandatory-report',
      schemaVersion: 1,
      caseId,
      reportingInstitution: { name: '九龙坡区谢家湾小学', kind: { code: 'PRIMARY' } },
      reporter: { role: { code: 'TEACHER', label: '教师' }, channel: { code: 'WRITTEN' } },
      knownAt: new Date(T0.getTime() - 10 * 60_000).toISOString(),
      police: {
        isRequired: true,
        station: '谢家湾派出所',
        receiptNumber: 'JJ2026-0302-01',
        minutesAfterKnown: 25,
      },
      category: { code: 'ABUSE', label: '虐待' },
      isChildInDanger: true,
      child: { name: CHILD, className: '四年级一班' },
      childIdentity: 'INCLUDED',
      exportedBy: { unit: { code: 'SAFETY' } },
    });
    expect(body.measures!.map((m) => m.code)).toContain('POLICE_REPORTED');
    // Free text staff wrote is never copied: the statement and the suspect's description stay in the case.
    expect(JSON.stringify(body)).not.toContain('老师打了我');
    expect(JSON.stringify(body)).not.toContain('体育老师');
    const rows = await audits();
    expect(rows.length).toBe(before + 1);
    expect(rows.at(-1)).toMatchObject({ outcome: 'OK', targetId: caseId });
    expect(rows.at(-1)!.details).toMatchObject({ childIdentity: 'INCLUDED', schemaVersion: 1 });
    expect(JSON.stringify(rows.at(-1))).not.toContain(CHILD);
    expect((await officer.request(VIEWER_CAN, { id: caseId })).body.data).toEqual({
      case: { viewerCan: { canExportMandatoryReport: true } },
    });
  });

  it('REP-7: a 安稳办 member outside the need-to-know group gets the document without the child', async () => {
    const { status, body, text } = await download(await app.signedIn('safety2'));
    expect(status).toBe(200);
    expect(body).toMatchObject({
      caseId,
      child: null,
      childIdentity: 'WITHHELD',
      police: { station: '谢家湾派出所' },
    });
    expect(text).not.toContain(CHILD);
    expect(text).not.toContain('四年级一班');
    expect((await audits()).at(-1)!.details).toMatchObject({ childIdentity: 'WITHHELD' });
  });

  it('REP-1: the school’s head exports her case with the child', async () => {
    const { status, body } = await download(await app.signedIn('head.primary'));
    expect(status).toBe(200);
    expect(body.childIdentity).toBe('INCLUDED');
  });

  it('REP-7: a teacher outside the case gets 404 as if it did not exist, and the attempt is audited', async () => {
    const before = (await audits()).length;
    const outsider = await app.signedIn('teacher2');
    const { status, text } = await download(outsider);
    expect(status).toBe(404);
    expect(text).not.toContain(CHILD);
    const rows = await audits();
    expect(rows.length).toBe(before + 1);
    expect(rows.at(-1)).toMatchObject({ outcome: 'NOT_FOUND', targetId: caseId });
  });

  it('REP-8: the reporting teacher sees the case but may not export it (403, audited); the button is off', async () => {
    const reporter = await app.signedIn('teacher');
    const before = (await audits()).length;
    const { status, body } = await download(reporter);
    expect(status).toBe(403);
    expect(body.errors![0].extensions).toEqual({ code: 'FORBIDDEN', ruleId: 'REP-8' });
    expect((await audits()).slice(before)).toEqual([expect.objectContaining({ outcome: 'FORBIDDEN' })]);
    expect((await reporter.request(VIEWER_CAN, { id: caseId })).body.data).toEqual({
      case: { viewerCan: { canExportMandatoryReport: false } },
    });
  });

  it('an unknown or malformed id is 404 and audited; without a session 401', async () => {
    const officer = await app.signedIn('safety');
    expect((await download(officer, '00000000-0000-4000-8000-000000000000')).status).toBe(404);
    expect((await download(officer, 'not-a-uuid')).status).toBe(404);
    expect((await audits()).at(-1)).toMatchObject({ outcome: 'NOT_FOUND', targetId: 'not-a-uuid' });
    const anonymous = await fetch(`${app.baseUrl}/api/cases/${caseId}/mandatory-report.json`);
    expect(anonymous.status).toBe(401);
  });

  it('REP-7: only an export that happened raises case.mandatoryReportExported for the subscribed client, without the child', async () => {
    const before = (await exportEvents()).length;
    expect((await download(await app.signedIn('teacher'))).status).toBe(403);
    expect((await download(await app.signedIn('teacher2'))).status).toBe(404);
    expect(await exportEvents()).toHaveLength(before);
    expect((await download(await app.signedIn('safety'))).status).toBe(200);
    const events = await exportEvents();
    expect(events).toHaveLength(before + 1);
    expect(events.at(-1)!.payload).toEqual({
      type: 'case.mandatoryReportExported',
      timestamp: app.clock.now().toISOString(),
      data: { caseId, institutionId: expect.any(String) },
    });
    expect(JSON.stringify(events)).not.toContain(CHILD);
    expect(JSON.stringify(events)).not.toContain('四年级一班');
  });
});
