import { Readable } from 'node:stream';
import { EXAMPLE_ROW_NAME, ROSTER_COLUMNS, type RosterKey } from './staff-roster.format';
import {
  ArchiveRefusal,
  boundedWorkbook,
  zipChunks,
  checkArchive,
  XLSX_LIMITS,
  type ArchiveLimits,
  type ArchiveProblem,
} from './xlsx-archive';

// Reads the roster sheet of an uploaded .xlsx into plain values (no validation of their meaning).
// It runs in a worker thread (roster-reader.worker.ts), so everything it returns is structured-cloneable.

export const MAX_ROSTER_ROWS = 20_000;

export interface RosterReadLimits {
  archive: ArchiveLimits;
  /** Characters in one cell; no roster field comes near it. */
  maxCellChars: number;
  /** Cells in one row. */
  maxRowCells: number;
  /** Rows read from the sheet, empty ones included. */
  maxSheetRows: number;
  /** Cells read from the sheet in total. */
  maxTotalCells: number;
}

export const ROSTER_READ_LIMITS: RosterReadLimits = {
  archive: XLSX_LIMITS,
  maxCellChars: 1000,
  maxRowCells: 64,
  maxSheetRows: 2 * MAX_ROSTER_ROWS,
  maxTotalCells: 400_000,
};

export type RosterCell = string | number | boolean | Date | null;

export interface RosterRowProblem {
  row: number;
  column: string | null;
  code: string;
  message: string;
}

export interface RosterSheet {
  rows: { row: number; cells: Record<RosterKey, RosterCell> }[];
  /** Non-empty data rows seen, refused ones included. */
  rowCount: number;
  errors: RosterRowProblem[];
}

const problem = (row: number, column: string | null, code: string, message: string): RosterRowProblem => ({
  row,
  column,
  code,
  message,
});

const MB = 1024 * 1024;

/** The Chinese refusal of an archive, the same whether found from its directory or while inflating. */
export function archiveProblem(kind: ArchiveProblem, limits: ArchiveLimits = XLSX_LIMITS): RosterRowProblem {
  switch (kind) {
    case 'NOT_A_ZIP':
    case 'UNSUPPORTED':
      return problem(1, null, 'UNREADABLE_FILE', '无法读取文件，请上传由模板填写的 .xlsx 文件');
    case 'TOO_MANY_ENTRIES':
      return problem(
        1,
        null,
        'ARCHIVE_TOO_COMPLEX',
        `文件包含的部件过多（超过 ${limits.maxEntries} 个），请只保留花名册工作表后重新上传`,
      );
    case 'TOO_LARGE':
      return problem(
        1,
        null,
        'ARCHIVE_TOO_LARGE',
        `文件解压后过大（超过 ${Math.round(limits.maxTotalBytes / MB)} MB），已拒绝导入；请只保留花名册工作表后重新上传`,
      );
    case 'SUSPICIOUS':
      return problem(
        1,
        null,
        'ARCHIVE_SUSPICIOUS',
        '文件解压后的内容与其声明不符或压缩比异常，已拒绝导入；请在 Excel 中另存为新的 .xlsx 后重新上传',
      );
    default: {
      const unreachable: never = kind;
      return unreachable;
    }
  }
}

/** The directory check alone: cheap enough to run on the main thread before an import is queued. */
export function checkRosterArchive(
  buffer: Buffer,
  limits: ArchiveLimits = XLSX_LIMITS,
): RosterRowProblem | null {
  const checked = checkArchive(buffer, limits);
  return 'problem' in checked ? archiveProblem(checked.problem, limits) : null;
}

type PlainCell = { value: RosterCell } | { formulaWithoutValue: true } | { errorValue: string };

/** A cell as a plain value, whatever Excel stored (rich text, hyperlink, formula result, error). */
function plainCell(value: unknown): PlainCell {
  if (value === null || value === undefined) return { value: null };
  if (
    typeof value === 'string' ||
    typeof value === 'number' ||
    typeof value === 'boolean' ||
    value instanceof Date
  ) {
    return typeof value === 'number' && Number.isNaN(value) ? { errorValue: '#VALUE!' } : { value };
  }
  const v = value as {
    richText?: { text: string }[];
    formula?: string;
    sharedFormula?: string;
    result?: unknown;
    text?: unknown;
    error?: string;
  };
  if (Array.isArray(v.richText)) return { value: v.richText.map((r) => String(r.text ?? '')).join('') };
  if (v.formula !== undefined || v.sharedFormula !== undefined) {
    // A file saved without calculating (e.g. written by a program) has formulas but no cached results.
    if (v.result === undefined || v.result === null) return { formulaWithoutValue: true };
    return plainCell(v.result);
  }
  if (typeof v.error === 'string') return { errorValue: v.error };
  if (v.text !== undefined) return plainCell(v.text);
  return { errorValue: '#VALUE!' };
}

const cellLength = (value: RosterCell) => (typeof value === 'string' ? value.length : 0);
const isBlank = (value: RosterCell) => value === null || String(value).trim() === '';

// The template's example row, recognised by its name (trimmed) alone.
const isExampleRow = (values: unknown[], columns: Map<RosterKey, number>): boolean => {
  const name = values[columns.get('name')!];
  return typeof name === 'string' && name.trim() === EXAMPLE_ROW_NAME;
};

/** Reads the first worksheet of a checked archive with the streaming reader, under the limits. */
export async function readRosterSheet(
  buffer: Buffer,
  limits: RosterReadLimits = ROSTER_READ_LIMITS,
): Promise<RosterSheet> {
  const rows: RosterSheet['rows'] = [];
  const errors: RosterRowProblem[] = [];
  let rowCount = 0;
  const checked = checkArchive(buffer, limits.archive);
  if ('problem' in checked)
    return { rows, rowCount, errors: [archiveProblem(checked.problem, limits.archive)] };

  let parts: ReturnType<typeof boundedWorkbook>;
  try {
    parts = boundedWorkbook(buffer, checked.entries, limits.archive);
  } catch (error) {
    if (error instanceof ArchiveRefusal) {
      return { rows, rowCount, errors: [archiveProblem(error.problem, limits.archive)] };
    }
    throw error;
  }
  // Loaded only for an archive that passed (a second on a busy machine): refusals stay instant.
  const { default: ExcelJS } = await import('exceljs');
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from(zipChunks(parts)), {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'cache', // date cells are only recognisable through their number format
    hyperlinks: 'ignore',
    entries: 'ignore',
  });
  let headers: string[] | null = null;
  let columns: Map<RosterKey, number> | null = null;
  let sheetRows = 0;
  let totalCells = 0;
  let sawExample = false;
  const stop = (row: number, code: string, message: string): RosterSheet => {
    errors.push(problem(row, null, code, message));
    return { rows, rowCount, errors };
  };
  for await (const worksheet of reader) {
    for await (const row of worksheet) {
      sheetRows += 1;
      if (sheetRows > limits.maxSheetRows) {
        return stop(row.number, 'TOO_MANY_ROWS', `工作表行数过多（超过 ${limits.maxSheetRows} 行）`);
      }
      const raw = row.values as unknown[];
      if (raw.length - 1 > limits.maxRowCells) {
        return stop(row.number, 'TOO_MANY_COLUMNS', `第 ${row.number} 行的列数超过 ${limits.maxRowCells} 列`);
      }
      totalCells += row.cellCount;
      if (totalCells > limits.maxTotalCells) {
        return stop(row.number, 'TOO_MANY_CELLS', `工作表单元格过多（超过 ${limits.maxTotalCells} 个）`);
      }
      const cells = raw.map(plainCell);
      const header = (index: number) => headers?.[index] || null;
      const before = errors.length;
      cells.forEach((cell, index) => {
        if ('value' in cell && cellLength(cell.value) > limits.maxCellChars) {
          errors.push(
            problem(
              row.number,
              header(index),
              'CELL_TOO_LONG',
              `单元格内容过长（超过 ${limits.maxCellChars} 个字）`,
            ),
          );
        } else if ('formulaWithoutValue' in cell) {
          errors.push(
            problem(
              row.number,
              header(index),
              'FORMULA_WITHOUT_VALUE',
              '单元格是没有计算结果的公式，请在 Excel 中打开并保存，或将公式粘贴为数值后再导入',
            ),
          );
        } else if ('errorValue' in cell) {
          errors.push(
            problem(
              row.number,
              header(index),
              'ERROR_VALUE',
              `单元格是错误值 ${cell.errorValue}，请更正后再导入`,
            ),
          );
        }
      });
      const values = cells.map((cell) => ('value' in cell ? cell.value : null));
      if (!headers) {
        if (errors.length > before) return { rows, rowCount, errors };
        headers = values.map((v) => (v === null ? '' : String(v).trim()));
        columns = new Map(ROSTER_COLUMNS.map((c) => [c.key, headers!.indexOf(c.header)]));
        const missing = ROSTER_COLUMNS.filter((c) => columns!.get(c.key)! < 1);
        for (const column of missing) {
          errors.push(
            problem(
              row.number,
              column.header,
              'MISSING_COLUMN',
              `缺少“${column.header}”列，请使用页面提供的模板`,
            ),
          );
        }
        if (missing.length > 0) return { rows, rowCount, errors };
        continue;
      }
      if (errors.length === before && values.every(isBlank)) continue;
      if (isExampleRow(values, columns!)) {
        sawExample = true;
        continue;
      }
      rowCount += 1;
      if (rowCount > MAX_ROSTER_ROWS) {
        return stop(row.number, 'TOO_MANY_ROWS', `一次最多导入 ${MAX_ROSTER_ROWS} 行`);
      }
      // A row with an unreadable cell is refused as a whole; its other cells are not validated.
      if (errors.length > before) continue;
      rows.push({
        row: row.number,
        cells: Object.fromEntries(
          ROSTER_COLUMNS.map((c) => [c.key, values[columns!.get(c.key)!] ?? null]),
        ) as Record<RosterKey, RosterCell>,
      });
    }
    break; // only the first worksheet is the roster; the second holds the instructions
  }
  if (!headers) errors.push(problem(1, null, 'EMPTY_FILE', '文件中没有工作表或表头'));
  else if (rowCount === 0 && errors.length === 0)
    errors.push(
      problem(
        2,
        null,
        'EMPTY_FILE',
        sawExample
          ? '文件中只有模板的示例行（导入时自动跳过），请在示例行下方填写人员'
          : '文件中没有任何数据行',
      ),
    );
  return { rows, rowCount, errors };
}
