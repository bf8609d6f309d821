import ExcelJS from 'exceljs';
import { SESSION_COOKIE } from '../../shared/auth/session-cookie';
import type { GraphQLTestClient } from '../../test-support/graphql-test-client';
import { startTestApp, type TestApp } from '../../test-support/test-app';

// PRV-8: a school's list of watched children from Excel: every row checked, one bad row refuses the file
// with a Chinese report per row and saves nothing; audited with counts, never a child.
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
let app: TestApp;
let teacherClass: string;
let teacher2Class: string;

beforeAll(async () => {
  app = await startTestApp();
  const classes: { name: string; username: string }[] = await app.owner.query(
    `SELECT c.name, a.username FROM school_class c JOIN account a ON a.staff_member_id = c.head_teacher_staff_id
      WHERE a.username IN ('teacher', 'teacher2')`,
  );
  teacherClass = classes.find((c) => c.username === 'teacher')!.name;
  teacher2Class = classes.find((c) => c.username === 'teacher2')!.name;
});
afterAll(() => app.close());

async function workbook(rows: string[][], header = ['班级', '儿童姓名', '学籍号', '类别']): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('关爱儿童名单');
  sheet.addRow(header);
  rows.forEach((r) => sheet.addRow(r));
  return Buffer.from(await book.xlsx.writeBuffer());
}

function upload(client: GraphQLTestClient | null, body: Buffer, contentType = XLSX) {
  return fetch(`${app.baseUrl}/api/child-files/import`, {
    method: 'POST',
    headers: {
      'content-type': contentType,
      ...(client?.sessionToken ? { cookie: `${SESSION_COOKIE}=${client.sessionToken}` } : {}),
    },
    body,
  });
}

const fileCount = async () =>
  (await app.owner.query('SELECT count(*)::int AS n FROM child_file'))[0].n as number;
const auditRows = async () =>
  (await app.owner.query(
    "SELECT outcome, details FROM audit_event WHERE action = 'childFile.import' ORDER BY id",
  )) as { outcome: string; details: Record<string, unknown> }[];

it('PRV-8: a head teacher imports her class’s children; the categories are read from their Chinese names', async () => {
  const before = await fileCount();
  const response = await upload(
    await app.signedIn('teacher'),
    await workbook([
      [teacherClass, '钱小月', 'G500101201501010011', '留守儿童'],
      [teacherClass, '孙小川', '', '困境儿童、留守儿童'],
    ]),
  );
  expect(response.status).toBe(200);
  expect(await response.json()).toEqual({ __typename: 'ChildListImportReport', created: 2 });
  expect(await fileCount()).toBe(before + 2);
  const [stored] = await app.owner.query(
    "SELECT categories, child_name FROM child_file WHERE student_number IS NULL AND 'IN_DIFFICULTY' = ANY(categories) ORDER BY opened_at DESC LIMIT 1",
  );
  expect(stored.categories).toEqual(['IN_DIFFICULTY', 'LEFT_BEHIND']);
  expect(stored.child_name).not.toContain('孙小川');
  expect((await auditRows()).at(-1)).toEqual({
    outcome: 'OK',
    details: { rows: 2, created: 2, refusedRows: 0 },
  });
});

it('PRV-8: one bad row refuses the whole file with a Chinese message per row, and nothing is saved', async () => {
  const before = await fileCount();
  const response = await upload(
    await app.signedIn('teacher'),
    await workbook([
      [teacherClass, '周小北', '', '留守儿童'],
      [teacher2Class, '吴小南', '', '留守儿童'],
      ['九年级(9)班', '', '', '孤儿'],
    ]),
  );
  expect(response.status).toBe(422);
  const body = (await response.json()) as { errors: { row: number; message: string }[] };
  expect(body.errors.map((e) => e.row)).toEqual([3, 4]);
  expect(body.errors[0].message).toBe(
    `第 3 行：您不能为班级“${teacher2Class}”建档（只有校长和该班班主任可以）`,
  );
  expect(body.errors[1].message).toContain('班级“九年级(9)班”不是本单位在读的班级');
  expect(body.errors[1].message).toContain('儿童姓名未填写');
  expect(body.errors[1].message).toContain('类别“孤儿”不在本区的关爱类别中（留守儿童、困境儿童）');
  expect(JSON.stringify(body)).not.toContain('吴小南');
  expect(await fileCount()).toBe(before);
  const last = (await auditRows()).at(-1)!;
  expect(last).toEqual({ outcome: 'IMPORT_REJECTED', details: { rows: 3, created: 0, refusedRows: 2 } });
  expect(JSON.stringify(last)).not.toContain('周小北');
});

it('PRV-8: a file without the template’s header, a non-Excel file, no session and a simple content type are refused', async () => {
  const teacher = await app.signedIn('teacher');
  const noHeader = await upload(teacher, await workbook([['x']], ['姓名']));
  expect(noHeader.status).toBe(422);
  expect(((await noHeader.json()) as { errors: { message: string }[] }).errors[0].message).toContain(
    '缺少列：班级、儿童姓名、类别',
  );
  const junk = await upload(teacher, Buffer.from('not a workbook'));
  expect(junk.status).toBe(422);
  expect((await upload(null, await workbook([]))).status).toBe(401);
  expect((await upload(await app.signedIn('admin'), await workbook([]))).status).toBe(403);
  expect((await upload(teacher, await workbook([]), 'text/plain')).status).toBe(415);
  // The district (counts only) has no class to open a file in.
  const leader = await upload(
    await app.signedIn('leader'),
    await workbook([[teacherClass, '郑小东', '', '留守儿童']]),
  );
  expect(leader.status).toBe(422);
});

it('PRV-8: the template has the four columns, each with a note', async () => {
  const teacher = await app.signedIn('teacher');
  const response = await fetch(`${app.baseUrl}/api/child-files/import-template`, {
    headers: { cookie: `${SESSION_COOKIE}=${teacher.sessionToken}` },
  });
  expect(response.status).toBe(200);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.from(await response.arrayBuffer()) as never);
  const header = book.worksheets[0].getRow(1);
  expect((header.values as string[]).slice(1)).toEqual(['班级', '儿童姓名', '学籍号', '类别']);
  expect(header.getCell(4).note).toBeTruthy();
});
