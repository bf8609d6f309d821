import ExcelJS from 'exceljs';
import { SESSION_COOKIE } from '../../shared/auth/session-cookie';
import { AuditEventEntity } from '../audit/audit-event.entity';
import type { GraphQLTestClient } from '../../test-support/graphql-test-client';
import { startTestApp, type TestApp } from '../../test-support/test-app';

// Issue 10: the case list as Excel (/api/cases/export), masked as the viewer is entitled (REP-7).
const T0 = new Date('2026-03-02T02:00:00.000Z');
const RECORD = `mutation($input: RecordDisclosureInput!) { recordDisclosure(input: $input) { __typename ... on Case { id } } }`;
const disclosure = (category: string, childName: string) => ({
  receivedAt: new Date(T0.getTime() - 5 * 60_000).toISOString(),
  channel: 'ORAL',
  category,
  // A staff suspect: a police report is required within the hour (REP-1, REP-3).
  ...(category === 'ABUSE'
    ? { suspectType: 'STAFF', suspectDescription: '体育老师' }
    : { suspectType: 'STUDENT' }),
  childName,
  childClass: '三年级二班',
  childStatement: '同学推了我',
  isChildInDanger: false,
});

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
  app.clock.set(T0);
  const teacher = await app.signedIn('teacher');
  for (const [category, child] of [
    ['BULLYING_VIOLENCE', '钱小川'],
    ['BULLYING_VIOLENCE', '赵小禾'],
    ['ABUSE', '孙小米'],
  ]) {
    const response = await teacher.request(RECORD, { input: disclosure(category, child) });
    const recorded = response.body.data?.recordDisclosure as { __typename?: string } | undefined;
    if (recorded?.__typename !== 'Case') throw new Error(response.text);
  }
  // Two hours on: the police deadlines (one hour, REP-3) have passed without a report.
  app.clock.set(new Date(T0.getTime() + 2 * 3_600_000));
});
afterAll(() => app.close());

async function download(client: GraphQLTestClient, query = '') {
  const response = await fetch(`${app.baseUrl}/api/cases/export${query}`, {
    headers: { cookie: `${SESSION_COOKIE}=${client.sessionToken}` },
  });
  const body = Buffer.from(await response.arrayBuffer());
  if (response.status !== 200) return { status: response.status, body: body.toString('utf8'), rows: [] };
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(body as never);
  const sheet = book.worksheets[0];
  const header = (sheet.getRow(1).values as unknown[]).slice(1).map(String);
  const rows = Array.from({ length: sheet.rowCount - 1 }, (_, i) =>
    Object.fromEntries(header.map((h, c) => [h, sheet.getRow(i + 2).getCell(c + 1).text])),
  );
  return { status: 200, header, rows, body: '' };
}

const exportAudits = () =>
  app.owner
    .getRepository(AuditEventEntity)
    .find({ where: { action: 'incident.export' }, order: { id: 'ASC' } });

describe('case export (REP-7, issue 10)', () => {
  it('REP-7: the designated 安稳办 officer gets the children’s names; a non-designated 安稳办 member the same rows without them', async () => {
    const officer = await download(await app.signedIn('safety'), '?category=BULLYING_VIOLENCE');
    expect(officer.header).toEqual([
      '案件编号',
      '单位',
      '单位类型',
      '镇街',
      '类别',
      '受理时间',
      '状态',
      '报告状态',
      '报警时限',
      '报警时间',
      '违规',
      '学生姓名',
      '学生班级',
    ]);
    expect(officer.rows.map((r) => r['学生姓名']).sort()).toEqual(['赵小禾', '钱小川']);
    expect(officer.rows.every((r) => r['类别'] === '欺凌暴力' && r['单位'] === '九龙坡区谢家湾小学')).toBe(
      true,
    );
    const member = await download(await app.signedIn('safety2'), '?category=BULLYING_VIOLENCE');
    expect(member.rows.map((r) => r['案件编号']).sort()).toEqual(
      officer.rows.map((r) => r['案件编号']).sort(),
    );
    expect(
      member.rows.every((r) => r['学生姓名'] === '（不予显示）' && r['学生班级'] === '（不予显示）'),
    ).toBe(true);
    expect(JSON.stringify(member.rows)).not.toContain('钱小川');
  });

  it('REP-3: filters are those of the list: past the police deadline now, in the police-deadline order', async () => {
    const leader = await app.signedIn('leader');
    const all = await download(leader);
    const overdue = await download(leader, '?overdue=1&sort=POLICE_DUE_ASC');
    expect(all.rows.length).toBeGreaterThanOrEqual(3);
    const required = all.rows.filter((r) => r['报警时限'] !== '' && r['报警时间'] === '');
    expect(overdue.rows.map((r) => r['案件编号']).sort()).toEqual(required.map((r) => r['案件编号']).sort());
    expect(overdue.rows.length).toBeGreaterThan(0);
    const dues = overdue.rows.map((r) => r['报警时限']);
    expect(dues).toEqual([...dues].sort());
  });

  it('REP-7: a teacher is refused by the policy, with one audit row of the refusal', async () => {
    const before = (await exportAudits()).length;
    const refused = await download(await app.signedIn('teacher'));
    expect(refused.status).toBe(403);
    expect(JSON.parse(refused.body).errors[0].extensions).toEqual({ code: 'FORBIDDEN', ruleId: 'REP-7' });
    const rows = await exportAudits();
    expect(rows.length).toBe(before + 1);
    expect(rows.at(-1)).toMatchObject({ outcome: 'FORBIDDEN' });
  });

  it('one audit row per export, with the filter and counts and never a child', async () => {
    const before = (await exportAudits()).length;
    const done = await download(await app.signedIn('safety'), '?category=ABUSE&state=OPEN');
    expect(done.rows.map((r) => r['学生姓名'])).toEqual(['孙小米']);
    const rows = await exportAudits();
    expect(rows.length).toBe(before + 1);
    expect(rows.at(-1)).toMatchObject({
      outcome: 'OK',
      details: {
        filter: { category: 'ABUSE', state: 'OPEN' },
        order: 'RECORDED_AT_DESC',
        rows: 1,
        rowsWithChild: 1,
      },
    });
    expect(JSON.stringify(rows)).not.toContain('孙小米');
  });

  it('refuses a filter it cannot read before the first byte, naming the parameter', async () => {
    const leader = await app.signedIn('leader');
    const range = await download(leader, '?from=2026-03-02&to=2026-03-01');
    expect(range.status).toBe(400);
    expect(JSON.parse(range.body).errors[0]).toMatchObject({
      message: 'to must not be before from',
      extensions: { code: 'BAD_USER_INPUT', param: 'to' },
    });
    const section = await download(leader, '?section=SAFETY');
    expect(JSON.parse(section.body).errors[0].extensions.param).toBe('section');
  });

  it('ORG-1, ORG-3, REP-7: the route answers each role as caseExportAccess says (access matrix row)', async () => {
    const statuses: Record<string, number> = {};
    const anonymous = await fetch(`${app.baseUrl}/api/cases/export`);
    statuses.anonymous = anonymous.status;
    for (const username of [
      'teacher',
      'head.primary',
      'head.kg',
      'basic',
      'safety2',
      'inspect',
      'leader',
      'admin',
    ])
      statuses[username] = (await download(await app.signedIn(username))).status;
    expect(statuses).toEqual({
      anonymous: 401,
      teacher: 403,
      'head.primary': 200,
      'head.kg': 200,
      basic: 200,
      safety2: 200,
      inspect: 200,
      leader: 200,
      admin: 403,
    });
    // The viewer says the same, for the web to show the button or not.
    const canExport = async (username: string) =>
      (
        (await (await app.signedIn(username)).request('{ me { canExportCases } }')).body.data?.me as {
          canExportCases: boolean;
        }
      ).canExportCases;
    expect([await canExport('teacher'), await canExport('head.primary'), await canExport('basic')]).toEqual([
      false,
      true,
      true,
    ]);
  });
});
