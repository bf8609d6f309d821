import { residentIdCheckCharacter } from '@xiaohu/domain';
import { AuditEventEntity } from '../audit/audit-event.entity';
import type { GraphQLTestClient } from '../../test-support/graphql-test-client';
import { startTestApp, type TestApp } from '../../test-support/test-app';
import { SESSION_COOKIE } from '../../shared/auth/session-cookie';
import { StaffMemberEntity } from './staff-member.entity';
import { buildIdNumber, buildRosterRow, buildRosterWorkbook, buildStaffMember } from './staff.factories';
import ExcelJS from 'exceljs';
import { buildXlsxBomb } from '../../scripts/xlsx-bomb';
import { institutionIdByName } from '../../test-support/factories';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

let app: TestApp;
let headKg: GraphQLTestClient;
beforeAll(async () => {
  app = await startTestApp();
  headKg = await app.signedIn('head.kg');
});
afterAll(() => app.close());

function upload(client: GraphQLTestClient | null, body: Buffer, contentType = XLSX) {
  return fetch(`${app.baseUrl}/api/staff/import`, {
    method: 'POST',
    headers: {
      'content-type': contentType,
      ...(client?.sessionToken ? { cookie: `${SESSION_COOKIE}=${client.sessionToken}` } : {}),
    },
    body,
  });
}

const countStaff = () => app.owner.getRepository(StaffMemberEntity).count();

describe('roster import', () => {
  it('a 5,000-row roster with a broken row at line 4,000 is rejected whole, with a Chinese per-row report, and changes nothing', async () => {
    const base = Math.floor(Math.random() * 1000) * 10_000;
    const rows = Array.from({ length: 5000 }, (_, i) =>
      buildRosterRow({ idNumber: buildIdNumber(base + i) }),
    );
    // Excel row 4,000 is data row 3,999 (the header is row 1).
    rows[3998] = {
      ...rows[3998],
      idNumber: rows[3998].idNumber!.slice(0, 17) + (rows[3998].idNumber!.endsWith('0') ? '1' : '0'),
    };
    const before = await countStaff();
    const response = await upload(headKg, await buildRosterWorkbook(rows));
    expect(response.status).toBe(422);
    const report = (await response.json()) as {
      code: string;
      rowCount: number;
      errors: { row: number; column: string; code: string; message: string }[];
    };
    expect(report).toMatchObject({ code: 'IMPORT_REJECTED', rowCount: 5000 });
    expect(report.errors).toEqual([
      {
        row: 4000,
        column: '身份证号',
        code: 'INVALID_ID_NUMBER',
        message: '身份证号无效（应为 18 位，且校验码正确）',
      },
    ]);
    expect(await countStaff()).toBe(before);
  });

  it('imports a valid roster all at once as candidates; a banned person comes in BLOCKED', async () => {
    const before = await countStaff();
    const banned = await app.owner.query(
      `SELECT s.id_number_ciphertext FROM staff_member s WHERE s.status = 'BLOCKED' LIMIT 1`,
    );
    expect(banned).toHaveLength(1);
    const rows = [
      buildRosterRow(),
      buildRosterRow({
        role: 'KINDERGARTEN_TEACHER',
        employmentType: '正式编制',
        hasStudentAccess: '否',
        startedAt: '',
      }),
    ];
    const response = await upload(headKg, await buildRosterWorkbook(rows));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      __typename: 'StaffImportReport',
      rowCount: 2,
      importedCount: 2,
      blockedCount: 0,
    });
    expect(await countStaff()).toBe(before + 2);
    const audit = await app.owner
      .getRepository(AuditEventEntity)
      .findOneByOrFail({ action: 'staff.importRoster', outcome: 'OK' });
    expect(JSON.stringify(audit.details)).not.toContain(rows[0].idNumber);
  });

  it('reports every row problem in Chinese: role, dates, yes/no, duplicates in the file', async () => {
    const dup = buildIdNumber();
    const rows = [
      buildRosterRow({ idNumber: dup }),
      buildRosterRow({ role: '厨师长', startedAt: '2024-13-01', hasStudentAccess: '可能' }),
      buildRosterRow({ idNumber: dup }),
    ];
    const response = await headKg.request(
      `mutation($input: ImportStaffRosterInput!) { importStaffRoster(input: $input) { __typename ... on ImportRejectedError { errors { row column code message } } } }`,
      { input: { fileBase64: (await buildRosterWorkbook(rows)).toString('base64') } },
    );
    const errors = (response.body.data?.importStaffRoster as { errors: { row: number; code: string }[] })
      .errors;
    expect(errors.map((e) => [e.row, e.code])).toEqual([
      [3, 'INVALID_ROLE'],
      [3, 'INVALID_YES_NO'],
      [3, 'INVALID_DATE'],
      [4, 'DUPLICATE_IN_FILE'],
    ]);
  });

  it('uses the same session and permissions as /graphql: 401 signed out, 403 for a teacher, and refuses a simple (CSRF-able) content type', async () => {
    const file = await buildRosterWorkbook([buildRosterRow()]);
    expect((await upload(null, file)).status).toBe(401);
    expect((await upload(await app.signedIn('teacher'), file)).status).toBe(403);
    expect((await upload(headKg, file, 'text/plain')).status).toBe(415);
  });

  it('offers the Chinese template and exports the register with masked IDs (full only for PERSONNEL), audited', async () => {
    const template = await fetch(`${app.baseUrl}/api/staff/import-template`, {
      headers: { cookie: `${SESSION_COOKIE}=${headKg.sessionToken}` },
    });
    expect(template.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await template.arrayBuffer()) as never);
    expect((workbook.worksheets[0].getRow(1).values as string[]).slice(1)).toEqual([
      '姓名',
      '身份证号',
      '手机号',
      '岗位角色',
      '用工类型',
      '岗位',
      '是否接触学生',
      '入职日期',
    ]);

    const exportAs = async (client: GraphQLTestClient) => {
      const response = await fetch(`${app.baseUrl}/api/staff/export`, {
        headers: { cookie: `${SESSION_COOKIE}=${client.sessionToken}` },
      });
      expect(response.status).toBe(200);
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(Buffer.from(await response.arrayBuffer()) as never);
      const sheet = book.worksheets[0];
      return Array.from({ length: sheet.rowCount - 1 }, (_, i) => sheet.getRow(i + 2).getCell(3).text);
    };
    const masked = await exportAs(headKg);
    expect(masked.length).toBeGreaterThan(0);
    expect(masked.every((id) => /^\d{4}\*{10}\d{3}[\dX]$/.test(id))).toBe(true);
    const full = await exportAs(await app.signedIn('personnel'));
    expect(full.every((id) => /^\d{17}[\dX]$/.test(id))).toBe(true);
    expect(await app.owner.getRepository(AuditEventEntity).countBy({ action: 'staff.export' })).toBe(2);
  });
});

interface Refusal {
  __typename: string;
  rowCount: number;
  errors: { row: number; column: string | null; code: string; message: string }[];
}

describe('bounded imports', () => {
  it('six concurrent uploads of a 0.45 MB .xlsx holding one 450 MB cell are refused with 422 in Chinese, each audited; the server keeps answering', async () => {
    const bomb = buildXlsxBomb(450 * 1024 * 1024);
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const before = await countStaff();
    const audited = () =>
      app.owner
        .getRepository(AuditEventEntity)
        .countBy({ action: 'staff.importRoster', outcome: 'IMPORT_REJECTED' });
    const auditedBefore = await audited();
    const responses = await Promise.all(Array.from({ length: 6 }, () => upload(headKg, bomb)));
    expect(responses.map((r) => r.status)).toEqual([422, 422, 422, 422, 422, 422]);
    for (const response of responses) {
      const body = (await response.json()) as Refusal;
      expect(body).toMatchObject({ __typename: 'ImportRejectedError', rowCount: 0 });
      expect(body.errors).toEqual([
        {
          row: 1,
          column: null,
          code: 'ARCHIVE_TOO_LARGE',
          message: '文件解压后过大（超过 64 MB），已拒绝导入；请只保留花名册工作表后重新上传',
        },
      ]);
    }
    expect((await fetch(`${app.baseUrl}/healthz`)).status).toBe(200);
    expect(await countStaff()).toBe(before);
    expect(await audited()).toBe(auditedBefore + 6);
  });

  it('an archive whose directory lies about its sizes is refused while the worker reads it', async () => {
    const liar = buildXlsxBomb(64 * 1024 * 1024, { declaredBytes: 4096 });
    const response = await upload(headKg, liar);
    expect(response.status).toBe(422);
    expect(((await response.json()) as Refusal).errors).toMatchObject([
      { row: 1, code: 'ARCHIVE_SUSPICIOUS' },
    ]);
  });

  it('a formula cell without a cached value refuses its row instead of importing the name "[object Object]"', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await buildRosterWorkbook([buildRosterRow()])) as never);
    workbook.worksheets[0].getRow(2).getCell(1).value = { formula: 'CONCATENATE("张","三")' } as never;
    const before = await countStaff();
    const response = await upload(headKg, Buffer.from(await workbook.xlsx.writeBuffer()));
    expect(response.status).toBe(422);
    expect(((await response.json()) as Refusal).errors).toEqual([
      {
        row: 2,
        column: '姓名',
        code: 'FORMULA_WITHOUT_VALUE',
        message: '单元格是没有计算结果的公式，请在 Excel 中打开并保存，或将公式粘贴为数值后再导入',
      },
    ]);
    expect(await countStaff()).toBe(before);
    expect(await app.owner.getRepository(StaffMemberEntity).countBy({ name: '[object Object]' })).toBe(0);
  });

  it("an institution's imports run one at a time: the same roster sent twice at once is imported once, the other refused as already on the register", async () => {
    // Large enough that two parses and transactions would overlap; IDs no other test uses.
    const idNumber = (i: number) => {
      const first17 = `110105${1960 + Math.floor(i / 1000)}0101${String(i % 1000).padStart(3, '0')}`;
      return first17 + residentIdCheckCharacter(first17);
    };
    const file = await buildRosterWorkbook(
      Array.from({ length: 3000 }, (_, i) => buildRosterRow({ idNumber: idNumber(i) })),
    );
    const before = await countStaff();
    const responses = await Promise.all([upload(headKg, file), upload(headKg, file)]);
    const bodies = (await Promise.all(responses.map((r) => r.json()))) as Refusal[];
    const outcomes = responses.map((r, i) => [r.status, bodies[i].errors?.[0]?.code ?? null]).sort();
    expect(outcomes).toEqual([
      [200, null],
      [422, 'DUPLICATE_STAFF'],
    ]);
    expect(await countStaff()).toBe(before + 3000);
  });
});

describe('register export', () => {
  const exportWith = (query: string) =>
    fetch(`${app.baseUrl}/api/staff/export${query}`, {
      headers: { cookie: `${SESSION_COOKIE}=${headKg.sessionToken}` },
    });

  it('a malformed institutionId is refused with 400 before any byte of the workbook is sent', async () => {
    const response = await exportWith('?institutionId=not-a-uuid');
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toContain('application/json');
    expect(await response.json()).toEqual({
      errors: [{ message: 'institutionId is not a valid id', extensions: { code: 'BAD_USER_INPUT' } }],
    });
  });

  it('exports formula-like text inert, behind an apostrophe, so Excel never runs it', async () => {
    const institutionId = await institutionIdByName(app.owner, '九龙坡区机关幼儿园');
    const names = ['=HYPERLINK("http://evil.example","点我")', '+1+1', '-2+3', '@SUM(A1)', '\t=1+1'];
    for (const name of names) await buildStaffMember(app.owner, institutionId, { name, post: '=1+1' });
    const response = await exportWith(`?institutionId=${institutionId}`);
    expect(response.status).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(await response.arrayBuffer()) as never);
    const sheet = book.worksheets[0];
    const exported = Array.from({ length: sheet.rowCount - 1 }, (_, i) => sheet.getRow(i + 2));
    for (const name of names) {
      const row = exported.find((r) => r.getCell(2).value === `'${name}`);
      expect(row).toBeDefined();
      expect(row!.getCell(7).value).toBe("'=1+1");
    }
    expect(exported.every((r) => !/^[=+\-@\t\r]/.test(String(r.getCell(2).value)))).toBe(true);
  });
});
