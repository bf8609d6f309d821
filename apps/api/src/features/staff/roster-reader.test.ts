import ExcelJS from 'exceljs';
import { buildXlsxBomb } from '../../scripts/xlsx-bomb';
import { readRosterSheet } from './roster-reader';
import { ROSTER_COLUMNS } from './staff-roster.format';
import { buildRosterRow } from './staff.factories';

async function workbookWith(cells: (sheet: ExcelJS.Worksheet) => void): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('花名册');
  sheet.columns = ROSTER_COLUMNS.map((c) => ({ header: c.header, key: c.key }));
  cells(sheet);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe('roster reader (runs in the import worker)', () => {
  it('refuses a row whose cell is a formula without a cached value, instead of reading "[object Object]"', async () => {
    const file = await workbookWith((sheet) => {
      sheet.addRow(buildRosterRow());
      const row = sheet.addRow(buildRosterRow());
      row.getCell('name').value = { formula: 'CONCATENATE("张","三")' } as ExcelJS.CellFormulaValue;
      const cached = sheet.addRow(buildRosterRow());
      cached.getCell('name').value = { formula: '"李"&"四"', result: '李四' } as ExcelJS.CellFormulaValue;
    });
    const sheet = await readRosterSheet(file);
    expect(sheet.errors).toEqual([
      {
        row: 3,
        column: '姓名',
        code: 'FORMULA_WITHOUT_VALUE',
        message: '单元格是没有计算结果的公式，请在 Excel 中打开并保存，或将公式粘贴为数值后再导入',
      },
    ]);
    expect(sheet.rowCount).toBe(3);
    expect(sheet.rows.map((r) => [r.row, r.cells.name])).toEqual([
      [2, expect.stringMatching(/^导入人员/)],
      [4, '李四'],
    ]);
    expect(JSON.stringify(sheet)).not.toContain('[object Object]');
  });

  it('refuses cells beyond the length limit, rows beyond the column limit, and error values', async () => {
    const file = await workbookWith((sheet) => {
      sheet.addRow(buildRosterRow({ post: '岗'.repeat(1001) }));
      sheet.addRow(buildRosterRow()).getCell(70).value = 'x';
    });
    const sheet = await readRosterSheet(file);
    expect(sheet.errors.map((e) => [e.row, e.column, e.code])).toEqual([
      [2, '岗位', 'CELL_TOO_LONG'],
      [3, null, 'TOO_MANY_COLUMNS'],
    ]);
    const withError = await workbookWith((sheet) => {
      sheet.addRow(buildRosterRow()).getCell('phone').value = { error: '#N/A' } as ExcelJS.CellErrorValue;
    });
    expect((await readRosterSheet(withError)).errors).toMatchObject([
      { row: 2, column: '手机号', code: 'ERROR_VALUE', message: '单元格是错误值 #N/A，请更正后再导入' },
    ]);
  });

  it('refuses a lying archive (its directory declares 4 KB, the sheet inflates to 8 MB) without reading it', async () => {
    const sheet = await readRosterSheet(buildXlsxBomb(8 * 1024 * 1024, { declaredBytes: 4096 }));
    expect(sheet.errors).toMatchObject([{ row: 1, code: 'ARCHIVE_SUSPICIOUS' }]);
    expect(sheet.rows).toEqual([]);
  });
});
