import { Readable } from 'node:stream';
import {
  ArchiveRefusal,
  boundedWorkbook,
  checkArchive,
  zipChunks,
  type ArchiveLimits,
} from '../staff/xlsx-archive';

// Reads an uploaded child list (.xlsx) into plain text rows; the meaning is checked in child-list-import.ts.

/** The template's columns, in order: header text and the key read. */
export const CHILD_LIST_COLUMNS = [
  { key: 'className', header: '班级', width: 18 },
  { key: 'childName', header: '儿童姓名', width: 14 },
  { key: 'studentNumber', header: '学籍号', width: 22 },
  { key: 'categories', header: '类别', width: 26 },
] as const;
export type ChildListKey = (typeof CHILD_LIST_COLUMNS)[number]['key'];

export const MAX_CHILD_LIST_ROWS = 500;

/** A list of 500 children is a few kilobytes of sheet XML: far tighter than the roster's limits. */
const LIMITS: ArchiveLimits = {
  maxEntries: 200,
  maxEntryBytes: 8 * 1024 * 1024,
  maxTotalBytes: 16 * 1024 * 1024,
  maxRatio: 200,
  ratioFloorBytes: 1024 * 1024,
};

export interface ChildListProblem {
  /** The sheet's row number, 1 for the header; null for the whole file. */
  row: number | null;
  message: string;
}

export interface ChildListSheet {
  rows: { row: number; cells: Record<ChildListKey, string> }[];
  errors: ChildListProblem[];
}

/** A cell's text, whatever Excel stored (rich text, formula result, number). */
function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  const v = value as { richText?: { text: string }[]; result?: unknown; text?: unknown };
  if (Array.isArray(v.richText)) return v.richText.map((r) => String(r.text ?? '')).join('');
  if (v.result !== undefined) return cellText(v.result);
  if (v.text !== undefined) return cellText(v.text);
  return '';
}

/** Reads the first worksheet: a header row naming the columns, then at most MAX_CHILD_LIST_ROWS rows. */
export async function readChildListSheet(buffer: Buffer): Promise<ChildListSheet> {
  const refuse = (message: string): ChildListSheet => ({ rows: [], errors: [{ row: null, message }] });
  const checked = checkArchive(buffer, LIMITS);
  if ('problem' in checked) return refuse('文件不是有效的 Excel（.xlsx）文件，或文件过大');
  let parts: ReturnType<typeof boundedWorkbook>;
  try {
    parts = boundedWorkbook(buffer, checked.entries, LIMITS);
  } catch (error) {
    if (error instanceof ArchiveRefusal) return refuse('文件不是有效的 Excel（.xlsx）文件，或文件过大');
    throw error;
  }
  const { default: ExcelJS } = await import('exceljs');
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from(zipChunks(parts)), {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'ignore',
    hyperlinks: 'ignore',
    entries: 'ignore',
  });
  const rows: ChildListSheet['rows'] = [];
  let columns: Map<ChildListKey, number> | null = null;
  for await (const worksheet of reader) {
    for await (const row of worksheet) {
      const values = (row.values as unknown[]).map(cellText).map((v) => v.trim());
      if (columns === null) {
        const found = new Map<ChildListKey, number>();
        for (const c of CHILD_LIST_COLUMNS) {
          const index = values.indexOf(c.header);
          if (index >= 0) found.set(c.key, index);
        }
        const missing = CHILD_LIST_COLUMNS.filter((c) => !found.has(c.key) && c.key !== 'studentNumber');
        if (missing.length > 0)
          return refuse(
            `第 ${row.number} 行应为表头，缺少列：${missing.map((c) => c.header).join('、')}（请使用导入模板）`,
          );
        columns = found;
        continue;
      }
      if (values.every((v) => v === '')) continue;
      if (rows.length >= MAX_CHILD_LIST_ROWS) return refuse(`一次最多导入 ${MAX_CHILD_LIST_ROWS} 名儿童`);
      const at = (key: ChildListKey) => {
        const index = columns!.get(key);
        return index === undefined ? '' : (values[index] ?? '');
      };
      rows.push({
        row: row.number,
        cells: {
          className: at('className'),
          childName: at('childName'),
          studentNumber: at('studentNumber'),
          categories: at('categories'),
        },
      });
    }
    break; // the first worksheet only
  }
  if (columns === null) return refuse('文件中没有表头（请使用导入模板）');
  if (rows.length === 0) return refuse('文件中没有儿童（表头下方每行一名儿童）');
  return { rows, errors: [] };
}
