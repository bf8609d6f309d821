import ExcelJS from 'exceljs';
import type { GraphQLTestClient } from '../../test-support/graphql-test-client';
import { startTestApp, type TestApp } from '../../test-support/test-app';
import { SESSION_COOKIE } from '../../shared/auth/session-cookie';
import { StaffMemberEntity } from './staff-member.entity';
import { buildRosterRow } from './staff.factories';
import { EMPLOYMENT_LABELS, EXAMPLE_ROW_NAME, ROLE_LABELS, ROSTER_COLUMNS } from './staff-roster.format';

// VET-1: the roster template helps the head fill it in (drop-downs, notes, a frozen header) and its
// example row never stands in the way of an import.
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
type Validation = { type: string; formulae?: unknown[] };

let app: TestApp;
let headKg: GraphQLTestClient;
beforeAll(async () => {
  app = await startTestApp();
  headKg = await app.signedIn('head.kg');
});
afterAll(() => app.close());

const cookie = () => ({ cookie: `${SESSION_COOKIE}=${headKg.sessionToken}` });
const template = async (): Promise<ExcelJS.Workbook> => {
  const response = await fetch(`${app.baseUrl}/api/staff/import-template`, { headers: cookie() });
  expect(response.status).toBe(200);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(await response.arrayBuffer()) as never);
  return workbook;
};
const upload = async (workbook: ExcelJS.Workbook) =>
  fetch(`${app.baseUrl}/api/staff/import`, {
    method: 'POST',
    headers: { 'content-type': XLSX, ...cookie() },
    body: Buffer.from(await workbook.xlsx.writeBuffer()),
  });
const column = (key: string) => ROSTER_COLUMNS.findIndex((c) => c.key === key) + 1;

it('VET-1: the template has a frozen header with a note on every column and drop-downs for every enumerated column', async () => {
  const workbook = await template();
  const sheet = workbook.getWorksheet('花名册')!;
  expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
  for (const [index] of ROSTER_COLUMNS.entries())
    expect(sheet.getRow(1).getCell(index + 1).note).toBeTruthy();
  expect(String(sheet.getRow(1).getCell(column('name')).note)).toContain('最多 60 字');

  const choices = workbook.getWorksheet('选项')!;
  expect(choices.state).toBe('hidden');
  const listOf = (key: string): string[] => {
    const rule = (sheet.getCell(500, column(key)) as unknown as { dataValidation: Validation })
      .dataValidation;
    expect(rule.type).toBe('list');
    const [, source, from, to] = /\$([A-Z])\$(\d+):\$[A-Z]\$(\d+)/.exec(String(rule.formulae![0]))!;
    return Array.from({ length: Number(to) - Number(from) + 1 }, (_, i) =>
      String(choices.getCell(`${source}${Number(from) + i}`).value),
    );
  };
  // The drop-downs offer exactly the labels the importer reads.
  expect(listOf('role')).toEqual(Object.values(ROLE_LABELS));
  expect(listOf('employmentType')).toEqual(Object.values(EMPLOYMENT_LABELS));
  expect(listOf('hasStudentAccess')).toEqual(['是', '否']);
  const dateRule = (sheet.getCell(2, column('startedAt')) as unknown as { dataValidation: Validation })
    .dataValidation;
  expect(dateRule.type).toBe('date');
});

it('VET-1: the untouched template is refused for having only its example row, and nothing is imported', async () => {
  const before = await app.owner.getRepository(StaffMemberEntity).count();
  const response = await upload(await template());
  expect(response.status).toBe(422);
  const body = (await response.json()) as { errors: { row: number; code: string; message: string }[] };
  expect(body.errors).toEqual([
    expect.objectContaining({ code: 'EMPTY_FILE', message: expect.stringContaining('示例行') }),
  ]);
  expect(await app.owner.getRepository(StaffMemberEntity).count()).toBe(before);
});

it('VET-1: rows filled in under the example row are imported and the example is skipped', async () => {
  const workbook = await template();
  const sheet = workbook.getWorksheet('花名册')!;
  expect(sheet.getRow(2).getCell(column('name')).value).toBe(EXAMPLE_ROW_NAME);
  const row = buildRosterRow();
  sheet.addRow(ROSTER_COLUMNS.map((c) => row[c.key] ?? null));
  const response = await upload(workbook);
  expect(response.status).toBe(200);
  expect(await response.json()).toMatchObject({ rowCount: 1, importedCount: 1 });
  expect(await app.owner.getRepository(StaffMemberEntity).countBy({ name: EXAMPLE_ROW_NAME })).toBe(0);
});
