import ExcelJS from 'exceljs';
import { SESSION_COOKIE } from '../../shared/auth/session-cookie';
import type { GraphQLTestClient } from '../../test-support/graphql-test-client';
import { startTestApp, type TestApp } from '../../test-support/test-app';
import { StaffMemberEntity } from '../staff/staff-member.entity';

// PRV-5 over REST at /api/training: the sign-in sheet template, the attendance import (matched rows
// ticked, every other row reported in Chinese, refusals audited) and the coverage export (names only for
// the head, audited; the district overview without an institution, counts only).
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const SCHOOL = '九龙坡区谢家湾小学';
const NOW = new Date('2026-03-10T04:00:00.000Z');
const RECORD_SESSION = `mutation($input: RecordTrainingSessionInput!) { recordTrainingSession(input: $input) {
  ... on TrainingSession { id } } }`;
const ATTENDEES = 'query($id: ID!) { trainingSession(id: $id) { attendeeCount attendees { name } } }';

interface ImportReport {
  ticked: number;
  alreadyTicked: number;
  refused: number;
  rows: { row: number; status: string; message: string }[];
}

let app: TestApp;
let school: string;
let head: GraphQLTestClient;

beforeAll(async () => {
  app = await startTestApp();
  app.clock.set(NOW);
  school = (await app.owner.query('SELECT id FROM institution WHERE name = $1', [SCHOOL]))[0].id;
  head = await app.signedIn('head.primary');
});
afterAll(() => app.close());

const cookie = (client: GraphQLTestClient) => ({ cookie: `${SESSION_COOKIE}=${client.sessionToken}` });
const auditRows = async (action: string) =>
  (await app.owner.query(
    'SELECT outcome, target_id, details FROM audit_event WHERE action = $1 ORDER BY id',
    [action],
  )) as { outcome: string; target_id: string | null; details: Record<string, unknown> }[];

const sheetOf = async (rows: (string | null)[][], header = ['姓名', '身份证号', '单位']) => {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('签到表');
  sheet.addRow(header);
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
};
const upload = (client: GraphQLTestClient, sessionId: string, body: Buffer) =>
  fetch(`${app.baseUrl}/api/training/sessions/${sessionId}/attendance/import`, {
    method: 'POST',
    headers: { 'content-type': XLSX, ...cookie(client) },
    body,
  });
const recordSession = async (client: GraphQLTestClient, topic = 'LAW_AND_ETHICS') => {
  const response = await client.request(RECORD_SESSION, {
    input: { topic, heldAt: '2026-03-09T02:00:00.000Z', trainer: '区法院 李法官' },
  });
  const id = (response.body.data?.recordTrainingSession as { id?: string } | undefined)?.id;
  if (!id) throw new Error(response.text);
  return id;
};
const workbookOf = async (response: Response) => {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(await response.arrayBuffer()) as never);
  return workbook;
};
const messageOf = async (response: Response) =>
  ((await response.json()) as { errors: { message: string }[] }).errors[0].message;
const exportCoverage = (client: GraphQLTestClient, query: string) =>
  fetch(`${app.baseUrl}/api/training/coverage/export?${query}`, { headers: cookie(client) });

describe('the sign-in sheet template (PRV-5)', () => {
  it('PRV-5: the template is a workbook with 姓名, 身份证号 and 单位 columns and a frozen header', async () => {
    const response = await fetch(`${app.baseUrl}/api/training/attendance-template`, {
      headers: cookie(head),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain(XLSX);
    const sheet = (await workbookOf(response)).getWorksheet('签到表')!;
    const header = (sheet.getRow(1).values as unknown[]).slice(1).map(String);
    expect(header[0]).toBe('姓名');
    expect(header[1]).toMatch(/^身份证号/);
    expect(header[2]).toMatch(/^单位/);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
  });

  it('PRV-5: without a session the template is refused (401); a teacher without training access gets 403, audited', async () => {
    expect((await fetch(`${app.baseUrl}/api/training/attendance-template`)).status).toBe(401);
    const teacher = await app.signedIn('teacher');
    const before = (await auditRows('training.attendanceTemplate')).length;
    const response = await fetch(`${app.baseUrl}/api/training/attendance-template`, {
      headers: cookie(teacher),
    });
    expect(response.status).toBe(403);
    const rows = await auditRows('training.attendanceTemplate');
    expect(rows).toHaveLength(before + 1);
    expect(rows.at(-1)!.outcome).toBe('FORBIDDEN');
  });
});

describe('attendance import (PRV-5)', () => {
  it('PRV-5: matched rows are ticked, the rest reported per row in Chinese; the audit row holds counts, never a name', async () => {
    const sessionId = await recordSession(head);
    const cleaner = await app.owner
      .getRepository(StaffMemberEntity)
      .findOneByOrFail({ institutionId: school, name: '黄秀英' });
    const canteen = await app.owner
      .getRepository(StaffMemberEntity)
      .findOneByOrFail({ institutionId: school, name: '马建国' });
    const body = await sheetOf([
      ['黄秀英', null, null],
      [canteen.name, canteen.idNumberMasked.slice(-4).toLowerCase(), null],
      ['黄秀英', null, null],
      ['张无名', null, null],
      [canteen.name, '0000', null],
      [null, '1234', null],
      [null, null, null],
    ]);
    const response = await upload(head, sessionId, body);
    expect(response.status).toBe(200);
    const report = (await response.json()) as ImportReport;
    expect(report).toMatchObject({ ticked: 2, alreadyTicked: 1, refused: 3 });
    expect(report.rows.map((r) => [r.row, r.status])).toEqual([
      [2, 'TICKED'],
      [3, 'TICKED'],
      [4, 'ALREADY_TICKED'],
      [5, 'NOT_FOUND'],
      [6, 'NOT_FOUND'],
      [7, 'INVALID'],
    ]);
    expect(report.rows[0].message).toBe('已登记签到');
    expect(report.rows[2].message).toContain('已签到');
    expect(report.rows[3].message).toBe('名册中没有姓名为“张无名”的在岗人员');
    expect(report.rows[4].message).toContain('身份证号后四位为 0000');
    expect(report.rows[5].message).toBe('姓名为空');

    const session = (await head.request(ATTENDEES, { id: sessionId })).body.data!.trainingSession as {
      attendeeCount: number;
      attendees: { name: string }[];
    };
    expect(session.attendeeCount).toBe(2);
    expect(session.attendees.map((a) => a.name).sort()).toEqual([cleaner.name, canteen.name].sort());

    const audit = (await auditRows('training.importAttendance')).at(-1)!;
    expect(audit).toMatchObject({
      outcome: 'OK',
      target_id: sessionId,
      details: { rows: 6, ticked: 2, alreadyTicked: 1, refused: 3 },
    });
    expect(JSON.stringify(audit)).not.toContain('黄秀英');

    // A second import of the same person changes nothing and says so.
    const again = (await (
      await upload(head, sessionId, await sheetOf([['黄秀英', null, null]]))
    ).json()) as ImportReport;
    expect(again).toMatchObject({ ticked: 0, alreadyTicked: 1, refused: 0 });
  });

  it('PRV-5: two serving people of one name are not guessed between: the row asks for the ID number', async () => {
    const sessionId = await recordSession(head, 'STAFF_MENTAL_HEALTH');
    const repository = app.owner.getRepository(StaffMemberEntity);
    const cleaner = await repository.findOneByOrFail({ institutionId: school, name: '黄秀英' });
    const { id: _id, ...rest } = cleaner;
    const twin = await repository.save(
      repository.create({ ...rest, idNumberHash: 'f'.repeat(64), idNumberMasked: '500107********123X' }),
    );
    try {
      const report = (await (
        await upload(
          head,
          sessionId,
          await sheetOf([
            ['黄秀英', null, null],
            ['黄秀英', '500107 1978 0512 123x', null],
          ]),
        )
      ).json()) as ImportReport;
      expect(report.rows.map((r) => r.status)).toEqual(['AMBIGUOUS', 'TICKED']);
      expect(report.rows[0].message).toBe('名册中有 2 位“黄秀英”，请填写身份证号（或后四位）以区分');
      const [{ staff_id }] = await app.owner.query(
        'SELECT staff_id FROM training_attendance WHERE session_id = $1',
        [sessionId],
      );
      expect(staff_id).toBe(twin.id);
    } finally {
      await app.owner.query('DELETE FROM training_attendance WHERE staff_id = $1', [twin.id]);
      await repository.delete({ id: twin.id });
    }
  });

  it('PRV-5: a district session matches within the named institution and refuses a row without 单位', async () => {
    const safety = await app.signedIn('safety');
    const sessionId = await recordSession(safety);
    const report = (await (
      await upload(
        safety,
        sessionId,
        await sheetOf([
          ['黄秀英', null, SCHOOL],
          ['马建国', null, null],
          ['马建国', null, '九龙坡区不存在幼儿园'],
        ]),
      )
    ).json()) as ImportReport;
    expect(report.rows.map((r) => r.status)).toEqual(['TICKED', 'INVALID', 'NOT_FOUND']);
    expect(report.rows[1].message).toContain('区级培训的签到表须填写“单位”');
  });

  it('PRV-5: refusals change nothing and are audited: another head (404), a reader who is not the organiser (403), a file that is not a sign-in sheet (422)', async () => {
    const sessionId = await recordSession(head);
    const body = await sheetOf([['黄秀英', null, null]]);
    const count = async () =>
      (
        await app.owner.query('SELECT count(*)::int AS n FROM training_attendance WHERE session_id = $1', [
          sessionId,
        ])
      )[0].n as number;

    const other = await upload(await app.signedIn('head.kg'), sessionId, body);
    expect(other.status).toBe(404);
    expect((await auditRows('training.importAttendance')).at(-1)).toMatchObject({
      outcome: 'NOT_FOUND',
      target_id: sessionId,
    });

    const leader = await upload(await app.signedIn('leader'), sessionId, body);
    expect(leader.status).toBe(403);
    expect(await leader.json()).toEqual({
      errors: [{ message: '只有培训的组织者可以登记签到', extensions: { code: 'FORBIDDEN' } }],
    });
    expect((await auditRows('training.importAttendance')).at(-1)!.outcome).toBe('FORBIDDEN');

    const teacher = await upload(await app.signedIn('teacher'), sessionId, body);
    expect(teacher.status).toBe(403);

    const noNameColumn = await upload(head, sessionId, await sheetOf([['黄秀英']], ['名字']));
    expect(noNameColumn.status).toBe(422);
    expect(await messageOf(noNameColumn)).toContain('缺少“姓名”列');
    const notXlsx = await upload(head, sessionId, Buffer.from('姓名\n黄秀英\n'));
    expect(notXlsx.status).toBe(422);
    const empty = await upload(head, sessionId, await sheetOf([]));
    expect(empty.status).toBe(422);
    expect(await messageOf(empty)).toBe('文件中没有任何签到行');
    expect((await auditRows('training.importAttendance')).at(-1)!.outcome).toBe('IMPORT_REJECTED');

    const nothing = await fetch(`${app.baseUrl}/api/training/sessions/${sessionId}/attendance/import`, {
      method: 'POST',
      headers: { 'content-type': XLSX, ...cookie(head) },
    });
    expect(nothing.status).toBe(415);
    expect(await count()).toBe(0);
  });
});

describe('coverage export (PRV-5)', () => {
  it('PRV-5: the head exports her coverage with the untrained by name; the export is audited without names', async () => {
    const response = await exportCoverage(head, `topic=LAW_AND_ETHICS&institution=${school}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toContain('attachment');
    const workbook = await workbookOf(response);
    const figures = workbook.getWorksheet('覆盖情况')!;
    expect(figures.getCell('B1').value).toBe(SCHOOL);
    expect(figures.getCell('B2').value).toBe('法治与师德培训');
    const audience = Number(figures.getCell('B4').value);
    const covered = Number(figures.getCell('B5').value);
    expect(covered).toBeLessThan(audience);
    const names = workbook.getWorksheet('未培训人员')!;
    const listed = names.getColumn(1).values.slice(2).map(String);
    expect(listed).toHaveLength(audience - covered);
    const coverage = (
      await head.request(
        `query($id: ID!) { trainingCoverage(institutionId: $id, topic: LAW_AND_ETHICS) { untrained { name } } }`,
        { id: school },
      )
    ).body.data!.trainingCoverage as { untrained: { name: string }[] };
    expect([...listed].sort()).toEqual(coverage.untrained.map((m) => m.name).sort());
    // The seed left the security guard untrained (earlier tests here ticked the cleaner and the cook).
    expect(names.getColumn(3).values.slice(2)).toContain('保安');

    const audit = (await auditRows('training.exportCoverage')).at(-1)!;
    expect(audit).toMatchObject({
      outcome: 'OK',
      target_id: school,
      details: { topic: 'LAW_AND_ETHICS', names: true, rows: audience - covered },
    });
    expect(JSON.stringify(audit)).not.toContain('黄秀英');
  });

  it('PRV-5: 安稳办 exports the same institution as counts only: no sheet of names', async () => {
    const response = await exportCoverage(
      await app.signedIn('safety'),
      `topic=LAW_AND_ETHICS&institution=${school}`,
    );
    expect(response.status).toBe(200);
    const workbook = await workbookOf(response);
    expect(workbook.getWorksheet('覆盖情况')!.getCell('B1').value).toBe(SCHOOL);
    expect(workbook.getWorksheet('未培训人员')).toBeUndefined();
    expect((await auditRows('training.exportCoverage')).at(-1)).toMatchObject({
      outcome: 'OK',
      details: { names: false, rows: 1 },
    });
  });

  it('PRV-5: without an institution 安稳办 gets the district overview, one row of counts per institution; a head gets an empty one', async () => {
    const response = await exportCoverage(await app.signedIn('safety'), 'topic=LAW_AND_ETHICS');
    expect(response.status).toBe(200);
    const sheet = (await workbookOf(response)).getWorksheet('各单位覆盖情况')!;
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual([
      '单位',
      '应训人数',
      '已训人数',
      '覆盖率',
    ]);
    const institutions = (await app.owner.query('SELECT count(*)::int AS n FROM institution'))[0].n;
    expect(sheet.rowCount - 1).toBe(institutions);
    const schoolRow = sheet.getColumn(1).values.indexOf(SCHOOL);
    expect(schoolRow).toBeGreaterThan(1);
    expect(sheet.getRow(schoolRow).getCell(4).value).toMatch(/^\d+%$/);
    expect(sheet.getRow(schoolRow).cellCount).toBe(4);
    expect((await auditRows('training.exportCoverage')).at(-1)).toMatchObject({
      outcome: 'OK',
      target_id: null,
      details: { names: false, rows: institutions },
    });

    const forHead = (await workbookOf(await exportCoverage(head, 'topic=LAW_AND_ETHICS'))).getWorksheet(
      '各单位覆盖情况',
    )!;
    expect(forHead.rowCount).toBe(1);
  });

  it('PRV-5: another head gets 404 for the school (refusal audited); bad topic or year is 400; a teacher is refused', async () => {
    const before = (await auditRows('training.readCoverage')).filter((r) => r.outcome === 'FORBIDDEN').length;
    const other = await exportCoverage(
      await app.signedIn('head.kg'),
      `topic=LAW_AND_ETHICS&institution=${school}`,
    );
    expect(other.status).toBe(404);
    expect((await auditRows('training.readCoverage')).filter((r) => r.outcome === 'FORBIDDEN')).toHaveLength(
      before + 1,
    );
    expect((await exportCoverage(head, `topic=COOKING&institution=${school}`)).status).toBe(400);
    expect((await exportCoverage(head, `topic=LAW_AND_ETHICS&schoolYear=20x6`)).status).toBe(400);
    expect(
      (await exportCoverage(head, `topic=LAW_AND_ETHICS&institution=${school}&schoolYear=2027`)).status,
    ).toBe(400);
    const teacher = await exportCoverage(await app.signedIn('teacher'), 'topic=LAW_AND_ETHICS');
    expect(teacher.status).toBe(403);
    expect((await auditRows('training.exportCoverage')).at(-1)!.outcome).toBe('FORBIDDEN');
  });
});
