import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { ImportRowError } from '../staff/staff.results';

/** The template's columns, in order, with the Chinese headers users see. */
export const HEAD_ACCOUNT_COLUMNS = [
  { key: 'institutionName', header: '机构名称', width: 30 },
  { key: 'username', header: '用户名', width: 18 },
  { key: 'displayName', header: '姓名', width: 20 },
  { key: 'email', header: '电子邮箱', width: 30 },
] as const;
export type HeadAccountKey = (typeof HEAD_ACCOUNT_COLUMNS)[number]['key'];
export type HeadAccountRow = { row: number } & Record<HeadAccountKey, string>;

/** Bounded: one district's heads fit easily, and a file this small cannot hold much. */
export const MAX_HEAD_ACCOUNT_ROWS = 300;
export const MAX_HEAD_ACCOUNT_FILE_BYTES = 64 * 1024;
const MAX_CELL_CHARACTERS = 300;

export function rowError(row: number, column: string | null, code: string, message: string): ImportRowError {
  return Object.assign(new ImportRowError(), { row, column, code, message });
}

/** A cell as text; a formula without a stored result is no text at all (never "[object Object]"). */
function cellText(value: unknown): string | null {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    const v = value as { richText?: { text: string }[]; result?: unknown; text?: unknown; formula?: unknown };
    if (v.richText)
      return v.richText
        .map((r) => r.text)
        .join('')
        .trim();
    if ('result' in v) return v.result === undefined ? null : cellText(v.result);
    if ('formula' in v || 'sharedFormula' in v) return null;
    if (typeof v.text === 'string') return v.text.trim();
    return null;
  }
  return String(value).trim();
}

/** Reads the first worksheet with the streaming reader: header row, then at most MAX rows. */
export async function parseHeadAccountSheet(
  buffer: Buffer,
): Promise<{ rows: HeadAccountRow[]; errors: ImportRowError[] }> {
  const errors: ImportRowError[] = [];
  const rows: HeadAccountRow[] = [];
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from(buffer), {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'ignore',
    hyperlinks: 'ignore',
    entries: 'ignore',
  });
  let columns: Map<HeadAccountKey, number> | null = null;
  for await (const worksheet of reader) {
    for await (const row of worksheet) {
      const values = row.values as unknown[];
      if (!columns) {
        const headers = values.map((v) => cellText(v) ?? '');
        columns = new Map(HEAD_ACCOUNT_COLUMNS.map((c) => [c.key, headers.indexOf(c.header)]));
        const missing = HEAD_ACCOUNT_COLUMNS.filter((c) => columns!.get(c.key)! < 1);
        for (const column of missing)
          errors.push(
            rowError(
              row.number,
              column.header,
              'MISSING_COLUMN',
              `缺少“${column.header}”列，请使用页面提供的模板`,
            ),
          );
        if (missing.length > 0) return { rows, errors };
        continue;
      }
      const texts = HEAD_ACCOUNT_COLUMNS.map((c) => [c, cellText(values[columns!.get(c.key)!])] as const);
      if (texts.every(([, text]) => text === '')) continue;
      if (rows.length + 1 > MAX_HEAD_ACCOUNT_ROWS) {
        errors.push(rowError(row.number, null, 'TOO_MANY_ROWS', `一次最多导入 ${MAX_HEAD_ACCOUNT_ROWS} 行`));
        return { rows, errors };
      }
      const parsed = { row: row.number } as HeadAccountRow;
      for (const [column, text] of texts) {
        if (text === null)
          errors.push(
            rowError(
              row.number,
              column.header,
              'FORMULA',
              `“${column.header}”是没有计算结果的公式，请填写文字`,
            ),
          );
        else if (text.length > MAX_CELL_CHARACTERS)
          errors.push(rowError(row.number, column.header, 'TOO_LONG', `“${column.header}”过长`));
        parsed[column.key] = text ?? '';
      }
      rows.push(parsed);
    }
    break; // only the first worksheet holds the accounts; the second holds the instructions
  }
  if (!columns) errors.push(rowError(1, null, 'EMPTY_FILE', '文件中没有工作表或表头'));
  else if (rows.length === 0 && errors.length === 0)
    errors.push(rowError(2, null, 'EMPTY_FILE', '文件中没有任何数据行'));
  return { rows, errors };
}

/** The template: the accounts sheet with its headers, and the instructions with every institution's name. */
export async function headAccountsTemplate(institutionNames: readonly string[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('负责人账户');
  sheet.columns = HEAD_ACCOUNT_COLUMNS.map((c) => ({ header: c.header, key: c.key, width: c.width }));
  sheet.getRow(1).font = { bold: true };
  for (const column of [1, 2, 3, 4]) sheet.getColumn(column).numFmt = '@';
  const help = workbook.addWorksheet('填写说明');
  help.columns = [{ width: 90 }];
  for (const line of [
    '每行一个学校（机构）负责人的账户，角色为“学校负责人”；导入后每个账户得到一次性设置密码链接。',
    '机构名称：须与下方列表中的名称完全一致。',
    '用户名：3 至 64 个字符，仅限小写字母、数字、点、连字符、下划线，例如 head.xiejiawan；不得与已有账户重复。',
    '姓名：1 至 60 个字。电子邮箱：可不填；填写后提醒邮件发往此地址。',
    `一次最多 ${MAX_HEAD_ACCOUNT_ROWS} 行。任何一行有误，整个文件都不会导入，页面会列出每一处错误。`,
    '',
    '机构名称列表：',
    ...institutionNames,
  ])
    help.addRow([line]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
