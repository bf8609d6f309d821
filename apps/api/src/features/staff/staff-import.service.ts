import { isValidResidentId, maskResidentId, normaliseResidentId } from '@xiaohu/domain';
import path from 'node:path';
import { In, type EntityManager } from 'typeorm';
import type { RequestContext } from '../../context';
import { recordAudit } from '../../shared/audit/audit-log';
import { ADVISORY_LOCK_CLASS } from '../../shared/db/advisory-locks';
import { ValidationError } from '../../shared/graphql/error-result';
import type { EmploymentType, StaffRole } from '@xiaohu/domain';
import { DistrictBanEntity } from './district-ban.entity';
import { idNumberCipher } from './id-number';
import { ImportRejectedError, ImportRowError, StaffImportReport } from './staff.results';
import type { ImportStaffRosterInput } from './staff.inputs';
import { StaffMemberEntity } from './staff-member.entity';
import { runInWorker } from '../../shared/workers/worker-thread';
import { KeyedQueue, Semaphore } from './import-queue';
import { checkRosterArchive, type RosterCell, type RosterRowProblem } from './roster-reader';
import type { RosterReaderMessage } from './roster-reader.worker';
import { EMPLOYMENT_BY_LABEL, ROLE_BY_LABEL, type RosterKey } from './staff-roster.format';
import { signedIn } from './staff-scope';
import { isPhone } from './staff.service';

export { MAX_ROSTER_ROWS } from './roster-reader';
const MAX_REPORTED_ERRORS = 1000;
const INSERT_CHUNK = 500;

// One import at a time per institution (the duplicate check must see the previous import's rows):
// in this process the queue below, across replicas the institution's advisory lock in readAndSave.
// Two more may wait per process (the bound is on this process's memory: each waiting upload holds
// its bytes); at most two workers parse at once in each process (its share of the machine's cores).
export const MAX_PENDING_IMPORTS_PER_INSTITUTION = 3;
const importQueue = new KeyedQueue(MAX_PENDING_IMPORTS_PER_INSTITUTION);
const parsers = new Semaphore(2);
const READER_ENTRY = path.join(__dirname, 'roster-reader.worker');
// A roster of 20,000 rows needs about 100 MB of heap in the reader; a bomb that slips past the
// archive checks runs out of this, not of the server's heap.
const READER_LIMITS = { maxOldGenerationSizeMb: 256, timeoutMs: 60_000 };

interface ParsedRow {
  row: number;
  name: string;
  idNumber: string;
  phone: string;
  role: StaffRole;
  employmentType: EmploymentType;
  post: string;
  hasStudentAccess: boolean;
  startedAt: Date | null;
}

function rowError(row: number, column: string | null, code: string, message: string): ImportRowError {
  return Object.assign(new ImportRowError(), { row, column, code, message });
}

/** A cell as trimmed text (the worker already turned rich text and formula results into plain values). */
function cellText(value: RosterCell | undefined): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString();
  return String(value).trim();
}

/** 入职日期: a date cell, an Excel serial number, or YYYY-MM-DD / YYYY/MM/DD text; midnight in China. */
function parseDate(value: RosterCell): Date | null | 'INVALID' {
  if (value === null || value === undefined || cellText(value) === '') return null;
  let y: number, m: number, d: number;
  if (value instanceof Date) {
    [y, m, d] = [value.getUTCFullYear(), value.getUTCMonth() + 1, value.getUTCDate()];
  } else if (typeof value === 'number') {
    const fromSerial = new Date(Math.round((value - 25569) * 86_400_000));
    [y, m, d] = [fromSerial.getUTCFullYear(), fromSerial.getUTCMonth() + 1, fromSerial.getUTCDate()];
  } else {
    const match = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(cellText(value));
    if (!match) return 'INVALID';
    [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  }
  const check = new Date(Date.UTC(y, m - 1, d));
  if (y < 1950 || y > 2100 || check.getUTCMonth() !== m - 1 || check.getUTCDate() !== d) return 'INVALID';
  return new Date(
    `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}T00:00:00+08:00`,
  );
}

/** Validates one data row; every problem becomes a Chinese message with its column. */
function parseRow(
  row: number,
  cells: Record<RosterKey, RosterCell>,
  now: Date,
  errors: ImportRowError[],
): ParsedRow | null {
  const before = errors.length;
  const text = (key: RosterKey) => cellText(cells[key]);
  const name = text('name');
  if (!name) errors.push(rowError(row, '姓名', 'REQUIRED', '姓名不能为空'));
  else if (name.length > 60) errors.push(rowError(row, '姓名', 'TOO_LONG', '姓名不能超过 60 个字'));
  const idNumber = normaliseResidentId(text('idNumber'));
  if (!idNumber) errors.push(rowError(row, '身份证号', 'REQUIRED', '身份证号不能为空'));
  else if (!isValidResidentId(idNumber)) {
    errors.push(
      rowError(
        row,
        '身份证号',
        'INVALID_ID_NUMBER',
        typeof cells.idNumber === 'number'
          ? '身份证号被存成了数字，请将该列设为文本格式后重新填写'
          : '身份证号无效（应为 18 位，且校验码正确）',
      ),
    );
  }
  const phone = text('phone').replace(/\s+/g, '');
  if (!phone) errors.push(rowError(row, '手机号', 'REQUIRED', '手机号不能为空'));
  else if (!isPhone(phone)) errors.push(rowError(row, '手机号', 'INVALID_PHONE', '手机号格式不正确'));
  const role = ROLE_BY_LABEL.get(text('role'));
  if (!role)
    errors.push(
      rowError(row, '岗位角色', 'INVALID_ROLE', `岗位角色“${text('role')}”不在可选范围内（见“填写说明”）`),
    );
  const employmentType = EMPLOYMENT_BY_LABEL.get(text('employmentType'));
  if (!employmentType) {
    errors.push(
      rowError(row, '用工类型', 'INVALID_EMPLOYMENT_TYPE', '用工类型应为 正式编制、临时聘用 或 劳务派遣'),
    );
  }
  const post = text('post');
  if (!post) errors.push(rowError(row, '岗位', 'REQUIRED', '岗位不能为空'));
  else if (post.length > 60) errors.push(rowError(row, '岗位', 'TOO_LONG', '岗位不能超过 60 个字'));
  const access = text('hasStudentAccess');
  if (access !== '是' && access !== '否')
    errors.push(rowError(row, '是否接触学生', 'INVALID_YES_NO', '是否接触学生应填“是”或“否”'));
  const startedAt = parseDate(cells.startedAt);
  if (startedAt === 'INVALID')
    errors.push(rowError(row, '入职日期', 'INVALID_DATE', '入职日期无效，请按 2024-09-01 的格式填写'));
  else if (startedAt && startedAt.getTime() > now.getTime() + 366 * 86_400_000) {
    errors.push(rowError(row, '入职日期', 'INVALID_DATE', '入职日期不能晚于一年以后'));
  }
  if (errors.length > before) return null;
  return {
    row,
    name,
    idNumber,
    phone,
    role: role!,
    employmentType: employmentType!,
    post,
    hasStudentAccess: access === '是',
    startedAt: startedAt as Date | null,
  };
}

async function duplicates(
  manager: EntityManager,
  institutionId: string,
  rows: ParsedRow[],
  hashes: string[],
  errors: ImportRowError[],
): Promise<void> {
  const firstRowByHash = new Map<string, number>();
  rows.forEach((row, i) => {
    const earlier = firstRowByHash.get(hashes[i]);
    if (earlier)
      errors.push(rowError(row.row, '身份证号', 'DUPLICATE_IN_FILE', `与第 ${earlier} 行的身份证号重复`));
    else firstRowByHash.set(hashes[i], row.row);
  });
  const existing = await manager
    .getRepository(StaffMemberEntity)
    .find({ select: { idNumberHash: true }, where: { institutionId } });
  const onRegister = new Set(existing.map((e) => e.idNumberHash));
  rows.forEach((row, i) => {
    if (onRegister.has(hashes[i]))
      errors.push(rowError(row.row, '身份证号', 'DUPLICATE_STAFF', '此人已在本单位教职工名册中'));
  });
}

const fromProblem = (p: RosterRowProblem) => rowError(p.row, p.column, p.code, p.message);

const WORKER_REFUSALS = {
  OUT_OF_MEMORY: () =>
    rowError(
      1,
      null,
      'FILE_TOO_COMPLEX',
      '文件内容过多，读取时超出了内存限制，已拒绝导入；请只保留花名册工作表后重新上传',
    ),
  TIMEOUT: () =>
    rowError(
      1,
      null,
      'FILE_TOO_SLOW',
      '文件读取超时（超过 60 秒），已拒绝导入；请只保留花名册工作表后重新上传',
    ),
  FAILED: () => rowError(1, null, 'UNREADABLE_FILE', '无法读取文件，请上传由模板填写的 .xlsx 文件'),
};

/** Reads the sheet in a worker thread with a heap and time limit, at most two at once. */
async function readInWorker(file: Buffer): Promise<{
  rows: { row: number; cells: Record<RosterKey, RosterCell> }[];
  rowCount: number;
  errors: ImportRowError[];
}> {
  const outcome = await parsers.run(() =>
    runInWorker<RosterReaderMessage>(READER_ENTRY, file, READER_LIMITS),
  );
  if (!outcome.ok) return { rows: [], rowCount: 0, errors: [WORKER_REFUSALS[outcome.reason]()] };
  if ('failed' in outcome.value) return { rows: [], rowCount: 0, errors: [WORKER_REFUSALS.FAILED()] };
  const { sheet } = outcome.value;
  return { rows: sheet.rows, rowCount: sheet.rowCount, errors: sheet.errors.map(fromProblem) };
}

/** The refusal of a whole file, with its one audit row. */
async function rejectFile(
  context: RequestContext,
  institutionId: string,
  rowCount: number,
  errors: ImportRowError[],
  manager: EntityManager = context.dataSource.manager,
): Promise<ImportRejectedError> {
  errors.sort((a, b) => a.row - b.row);
  await recordAudit(manager, signedIn(context), context.clock.now(), {
    action: 'staff.importRoster',
    targetType: 'institution',
    targetId: institutionId,
    outcome: 'IMPORT_REJECTED',
    details: { rowCount, errorCount: errors.length, firstErrorCode: errors[0]?.code ?? null },
  });
  return ImportRejectedError.of(rowCount, errors.slice(0, MAX_REPORTED_ERRORS));
}

/**
 * Imports a roster all-or-nothing: every row is validated first; any error rejects the whole file
 * with a per-row report and nothing is written. Imported staff are candidates (vetting still applies);
 * a district-ban hit is imported as BLOCKED, saying nothing of where or why (VET-7).
 * The archive is checked before anything is unpacked, the sheet is read in a worker thread under
 * limits, and an institution's imports run one at a time.
 */
export async function importRoster(
  context: RequestContext,
  institutionIdArg: string | null | undefined,
  file: Buffer,
): Promise<StaffImportReport | ImportRejectedError | ValidationError> {
  const actor = signedIn(context);
  const institutionId = institutionIdArg ?? actor.institutionId;
  if (!institutionId || institutionId !== actor.institutionId) {
    return ValidationError.of('institutionId', 'A roster can only be imported into your own institution');
  }
  // A bomb is refused from its directory at once: it never waits in the queue nor reaches a worker.
  const archiveProblem = checkRosterArchive(file);
  if (archiveProblem) return rejectFile(context, institutionId, 0, [fromProblem(archiveProblem)]);
  const queued = importQueue.enqueue(institutionId, () => readAndSave(context, institutionId, file));
  if ('full' in queued) {
    return rejectFile(context, institutionId, 0, [
      rowError(
        1,
        null,
        IMPORT_QUEUE_FULL,
        `本单位已有 ${queued.pending} 个导入正在进行或排队，请等它们完成后再上传`,
      ),
    ]);
  }
  return queued.done;
}

export const IMPORT_QUEUE_FULL = 'IMPORT_QUEUE_FULL';

async function readAndSave(
  context: RequestContext,
  institutionId: string,
  file: Buffer,
): Promise<StaffImportReport | ImportRejectedError> {
  const actor = signedIn(context);
  const now = context.clock.now();
  const sheet = await readInWorker(file);
  const { rowCount } = sheet;
  const errors = [...sheet.errors];
  const rows: ParsedRow[] = [];
  for (const raw of sheet.rows) {
    const parsed = parseRow(raw.row, raw.cells, now, errors);
    if (parsed) rows.push(parsed);
  }
  const cipher = idNumberCipher(context.config);
  const hashes = rows.map((r) => cipher.hash(r.idNumber));
  return context.dataSource.transaction(async (manager) => {
    // Another replica importing into the same institution commits first; then its rows are duplicates here.
    await manager.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [
      ADVISORY_LOCK_CLASS.STAFF_IMPORT,
      institutionId,
    ]);
    await duplicates(manager, institutionId, rows, hashes, errors);
    if (errors.length > 0) return rejectFile(context, institutionId, rowCount, errors, manager);
    const banned = new Set<string>();
    for (let i = 0; i < hashes.length; i += 5000) {
      const found = await manager.getRepository(DistrictBanEntity).find({
        select: { idNumberHash: true, bannedUntil: true },
        where: { idNumberHash: In(hashes.slice(i, i + 5000)) },
      });
      for (const ban of found) if (!ban.bannedUntil || ban.bannedUntil > now) banned.add(ban.idNumberHash);
    }
    for (let i = 0; i < rows.length; i += INSERT_CHUNK) {
      const values = rows.slice(i, i + INSERT_CHUNK).map((row, j) => ({
        institutionId,
        name: row.name,
        idNumberCiphertext: cipher.encrypt(row.idNumber),
        idNumberHash: hashes[i + j],
        idNumberMasked: maskResidentId(row.idNumber),
        phone: row.phone,
        role: row.role,
        employmentType: row.employmentType,
        post: row.post,
        hasStudentAccess: row.hasStudentAccess,
        startedAt: row.startedAt,
        status: banned.has(hashes[i + j]) ? ('BLOCKED' as const) : ('CANDIDATE' as const),
        activatedAt: null,
      }));
      await manager
        .createQueryBuilder()
        .insert()
        .into(StaffMemberEntity)
        .values(values)
        .updateEntity(false)
        .execute();
    }
    await recordAudit(manager, actor, now, {
      action: 'staff.importRoster',
      targetType: 'institution',
      targetId: institutionId,
      outcome: 'OK',
      details: { rowCount, imported: rows.length, blocked: banned.size },
    });
    return Object.assign(new StaffImportReport(), {
      rowCount,
      importedCount: rows.length,
      blockedCount: banned.size,
    });
  });
}

export function importRosterFromBase64(context: RequestContext, input: ImportStaffRosterInput) {
  const buffer = Buffer.from(input.fileBase64 ?? '', 'base64');
  if (buffer.length === 0) return Promise.resolve(ValidationError.of('fileBase64', 'The file is empty'));
  return importRoster(context, input.institutionId, buffer);
}
