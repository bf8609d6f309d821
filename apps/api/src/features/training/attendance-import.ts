import { Readable } from 'node:stream';
import type { RequestContext } from '../../context';
import { recordAudit } from '../../shared/audit/audit-log';
import { signedIn } from '../../shared/auth/signed-in';
import { archiveProblem } from '../staff/roster-reader';
import { ArchiveRefusal, boundedWorkbook, checkArchive, zipChunks } from '../staff/xlsx-archive';
import { applyAttendance } from './commands/record-attendance';
import { accessOf, loadSessionRow } from './training-sessions';

// PRV-5: an attendance sheet (a sign-in list) matched against the register: by name, and by the last
// four characters of the ID number where two people share a name. Matched rows are ticked; every other
// row is reported in Chinese and changes nothing.

export const ATTENDANCE_COLUMNS = { name: '姓名', idNumber: '身份证号', institution: '单位' } as const;
export const MAX_ATTENDANCE_ROWS = 2000;
const MAX_CELL = 100;

export type AttendanceRowStatus = 'TICKED' | 'ALREADY_TICKED' | 'NOT_FOUND' | 'AMBIGUOUS' | 'INVALID';

export interface AttendanceImportRow {
  row: number;
  status: AttendanceRowStatus;
  message: string;
}

export type AttendanceImportResult =
  | { ok: true; ticked: number; alreadyTicked: number; refused: number; rows: AttendanceImportRow[] }
  | { ok: false; status: number; code: string; message: string };

interface SheetRow {
  row: number;
  name: string;
  idTail: string;
  institution: string;
}

const text = (value: unknown): string => {
  if (value === null || value === undefined) return '';
  if (typeof value === 'object') {
    const v = value as { richText?: { text: string }[]; result?: unknown; text?: unknown };
    if (Array.isArray(v.richText)) return v.richText.map((r) => r.text).join('');
    if (v.result !== undefined) return text(v.result);
    if (v.text !== undefined) return text(v.text);
    return '';
  }
  return String(value);
};

/** The sheet's rows, or a refusal of the whole file (unreadable, no 姓名 column, too many rows). */
export async function readAttendanceSheet(
  buffer: Buffer,
): Promise<{ rows: SheetRow[] } | { message: string }> {
  const checked = checkArchive(buffer);
  if ('problem' in checked) return { message: archiveProblem(checked.problem).message };
  let parts: ReturnType<typeof boundedWorkbook>;
  try {
    parts = boundedWorkbook(buffer, checked.entries);
  } catch (error) {
    if (error instanceof ArchiveRefusal) return { message: archiveProblem(error.problem).message };
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
  const rows: SheetRow[] = [];
  let columns: { name: number; idNumber: number; institution: number } | null = null;
  for await (const worksheet of reader) {
    for await (const row of worksheet) {
      // row.values is sparse (index 0 and empty cells are holes): Array.from fills them with undefined.
      const values = Array.from(row.values as unknown[], (v) => text(v).trim().slice(0, MAX_CELL));
      if (!columns) {
        const at = (header: string) => values.findIndex((v) => v.startsWith(header));
        columns = {
          name: at(ATTENDANCE_COLUMNS.name),
          idNumber: at(ATTENDANCE_COLUMNS.idNumber),
          institution: at(ATTENDANCE_COLUMNS.institution),
        };
        if (columns.name < 1) return { message: '第 1 行缺少“姓名”列，请使用页面提供的签到表模板' };
        continue;
      }
      if (values.every((v) => v === '')) continue;
      if (rows.length >= MAX_ATTENDANCE_ROWS) return { message: `一次最多导入 ${MAX_ATTENDANCE_ROWS} 行` };
      const cell = (index: number) => (index > 0 ? (values[index] ?? '') : '');
      rows.push({
        row: row.number,
        name: cell(columns.name),
        idTail: cell(columns.idNumber).replace(/\s/g, '').slice(-4).toUpperCase(),
        institution: cell(columns.institution),
      });
    }
    break; // the first worksheet is the sign-in list
  }
  if (!columns) return { message: '文件中没有工作表或表头' };
  if (rows.length === 0) return { message: '文件中没有任何签到行' };
  return { rows };
}

interface Candidate {
  id: string;
  name: string;
  id_tail: string;
  institution_name: string;
}

type Match = { error: string } | { notFound: string } | { ambiguous: string } | { staffId: string };

function matchRow(row: SheetRow, candidates: Candidate[], isUnitSession: boolean): Match {
  if (row.name === '') return { error: '姓名为空' };
  if (isUnitSession && row.institution === '')
    return { error: '区级培训的签到表须填写“单位”，以便在该单位的名册中查找' };
  let found = candidates.filter((c) => c.name === row.name);
  if (isUnitSession) found = found.filter((c) => c.institution_name === row.institution);
  if (row.idTail !== '') found = found.filter((c) => c.id_tail === row.idTail);
  if (found.length === 0)
    return {
      notFound: row.idTail
        ? `名册中没有姓名为“${row.name}”且身份证号后四位为 ${row.idTail} 的在岗人员`
        : `名册中没有姓名为“${row.name}”的在岗人员`,
    };
  if (found.length > 1)
    return {
      ambiguous: `名册中有 ${found.length} 位“${row.name}”，请填写身份证号（或后四位）以区分`,
    };
  return { staffId: found[0].id };
}

/**
 * PRV-5: ticks the sheet's matched rows at the session (the organiser only, as recordAttendance), with
 * one audit row: counts only, never a name.
 */
export async function importAttendance(
  context: RequestContext,
  sessionId: string,
  buffer: Buffer,
): Promise<AttendanceImportResult> {
  const actor = signedIn(context);
  const now = context.clock.now();
  const audit = (manager: Parameters<typeof recordAudit>[0], outcome: string, details: object) =>
    recordAudit(manager, actor, now, {
      action: 'training.importAttendance',
      outcome,
      targetType: 'training_session',
      targetId: sessionId.slice(0, 64),
      details: details as Record<string, unknown>,
    });
  const session = await loadSessionRow(context.dataSource.manager, sessionId);
  const access = session ? accessOf(session, actor) : null;
  if (!session || !access?.canView.allowed) {
    await audit(context.dataSource.manager, 'NOT_FOUND', {});
    return { ok: false, status: 404, code: 'NOT_FOUND', message: 'Not found' };
  }
  if (!access.can.recordAttendance.allowed) {
    await audit(context.dataSource.manager, 'FORBIDDEN', { ruleId: access.can.recordAttendance.ruleId });
    return { ok: false, status: 403, code: 'FORBIDDEN', message: '只有培训的组织者可以登记签到' };
  }
  const sheet = await readAttendanceSheet(buffer);
  if ('message' in sheet) {
    await audit(context.dataSource.manager, 'IMPORT_REJECTED', {});
    return { ok: false, status: 422, code: 'IMPORT_REJECTED', message: sheet.message };
  }
  return context.dataSource.transaction(async (manager) => {
    const names = [...new Set(sheet.rows.map((r) => r.name).filter(Boolean))];
    const candidates: Candidate[] = await manager.query(
      `SELECT m.id, m.name, right(m.id_number_masked, 4) AS id_tail, i.name AS institution_name
         FROM staff_member m JOIN institution i ON i.id = m.institution_id
        WHERE m.name = ANY($1) AND m.status = 'ACTIVE' AND ($2::uuid IS NULL OR m.institution_id = $2)`,
      [names, session.organiser_institution_id],
    );
    const present: { rows: number[]; ids: string[] } = { rows: [], ids: [] };
    const report: AttendanceImportRow[] = [];
    for (const row of sheet.rows) {
      const match = matchRow(row, candidates, session.organiser_institution_id === null);
      if ('error' in match) report.push({ row: row.row, status: 'INVALID', message: match.error });
      else if ('notFound' in match)
        report.push({ row: row.row, status: 'NOT_FOUND', message: match.notFound });
      else if ('ambiguous' in match)
        report.push({ row: row.row, status: 'AMBIGUOUS', message: match.ambiguous });
      else {
        present.rows.push(row.row);
        present.ids.push(match.staffId);
      }
    }
    const before: { staff_id: string }[] = await manager.query(
      'SELECT staff_id FROM training_attendance WHERE session_id = $1 AND staff_id = ANY($2)',
      [session.id, present.ids],
    );
    const already = new Set(before.map((r) => r.staff_id));
    const ticked = await applyAttendance(
      manager,
      session.id,
      [...new Set(present.ids)],
      true,
      actor.accountId,
      now,
    );
    present.rows.forEach((rowNumber, index) => {
      const isAlready = already.has(present.ids[index]) || present.ids.indexOf(present.ids[index]) < index;
      report.push({
        row: rowNumber,
        status: isAlready ? 'ALREADY_TICKED' : 'TICKED',
        message: isAlready ? '已签到（无需重复登记）' : '已登记签到',
      });
    });
    report.sort((a, b) => a.row - b.row);
    const refused = report.filter(
      (r) => r.status === 'NOT_FOUND' || r.status === 'AMBIGUOUS' || r.status === 'INVALID',
    ).length;
    const alreadyTicked = report.filter((r) => r.status === 'ALREADY_TICKED').length;
    await audit(manager, 'OK', { rows: sheet.rows.length, ticked, alreadyTicked, refused });
    return { ok: true, ticked, alreadyTicked, refused, rows: report };
  });
}
