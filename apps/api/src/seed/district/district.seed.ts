import { DEFAULT_POLICY, type AccessActor, type UnitCode } from '@xiaohu/domain';
import type { DataSource } from 'typeorm';
import type { PostgresQueryRunner } from 'typeorm/driver/postgres/PostgresQueryRunner';
import { loadConfig } from '../../config';
import { idNumberCipher } from '../../features/staff/id-number';
import { recordAudit } from '../../shared/audit/audit-log';
import { dueDatesBasis, refreshStaffDueDates } from '../../features/staff/staff-due-dates';
import { hashPassword } from '../../shared/auth/password';
import { columnCipher } from '../../shared/crypto/encrypted-column';
import { DEMO_PASSWORD } from '../demo-district.data';
import { seedDemoDistrict } from '../demo-district.seed';
import type { CaseTables, GeneratedCase } from './district-case.types';
import { buildCase, receiptInstants, sealedTexts } from './district-cases';
import { BulkWriter } from './district-insert';
import { flushCases, makeTables } from './district-tables';
import { buildInstitutions, staffCounts } from './district-institutions';
import { personName } from './district-names';
import { buildStaffOf, type StaffTables } from './district-people';
import { DistrictRandom } from './district-random';

/** How big a district to make. */
export interface DistrictSize {
  institutions: number;
  staff: number;
  cases: number;
}

/** A real district (issue 15): about 1,000 institutions, 60,000 staff and 200,000 cases over three years. */
export const DISTRICT_SIZE: DistrictSize = { institutions: 1_000, staff: 60_000, cases: 200_000 };
export const DISTRICT_YEARS = 3;
/** The audit action of a district seeding; its presence makes a second run refuse. */
export const DISTRICT_SEED_ACTION = 'seed.district';
/** The password of every generated head's and teacher's account (the demo's, see README). */
export const DISTRICT_PASSWORD = DEMO_PASSWORD;

export interface SeedDistrictOptions {
  seed: number;
  size: DistrictSize;
  /** The instant the district is generated at: every date lies in the three years before it. */
  now: Date;
  log: (line: string) => void;
  /** Return every generated case with its assessment (tests); the command keeps none in memory. */
  keepCases?: boolean;
}

export interface DistrictSummary {
  seed: number;
  /** Rows written per table. */
  rows: Record<string, number>;
  /** With `keepCases`: every generated case with the domain's assessment of it. */
  cases: GeneratedCase[];
  elapsedMs: number;
}

/** Usernames of the generated accounts of the institution at `index` (0-based). */
export const districtHeadUsername = (index: number) => `head.d${String(index + 1).padStart(4, '0')}`;
export const districtTeacherUsername = (index: number) => `teacher.d${String(index + 1).padStart(4, '0')}`;

/** Thrown when the database already holds a generated district. */
export class DistrictAlreadySeededError extends Error {}

/**
 * Fills the database of `owner` (the schema owner's data source, initialised) with a district:
 * migrations, the demo district (every demo account keeps working), then the generated institutions,
 * staff, accounts and cases, in one transaction. Deterministic from `seed` (ids, names, counts; the
 * encrypted columns differ by their random IVs). Refuses a database that already has a district.
 */
export async function seedDistrict(
  owner: DataSource,
  options: SeedDistrictOptions,
): Promise<DistrictSummary> {
  const started = Date.now();
  const { log, size } = options;
  const now = options.now.getTime();
  await owner.runMigrations({ transaction: 'each' });
  await seedDemoDistrict(owner, { isProduction: false, now: options.now });

  const [seeded] = (await owner.query('SELECT details FROM audit_event WHERE action = $1 LIMIT 1', [
    DISTRICT_SEED_ACTION,
  ])) as { details: { seed?: number } | null }[];
  if (seeded)
    throw new DistrictAlreadySeededError(
      `This database already holds a generated district (seed ${seeded.details?.seed ?? '?'}): ` +
        'reset the data folder first (see README, "District-scale data")',
    );

  const passwordHash = await hashPassword(DISTRICT_PASSWORD);
  const runner = owner.createQueryRunner() as PostgresQueryRunner;
  const client = (await runner.connect()) as { query(sql: string, params?: unknown[]): Promise<unknown> };
  const rows: Record<string, number> = {};
  let cases: GeneratedCase[] = [];
  try {
    await runner.startTransaction();
    // Foreign keys are checked by one trigger call per row, about half the insert time here. The
    // generator writes every parent before its children and draws every reference from rows it wrote
    // (the integration test checks each one); as a superuser (the embedded database) it switches the
    // per-row triggers off for this transaction only. Another owner keeps them.
    const [{ isSuperuser }] = (await runner.query(
      'SELECT rolsuper AS "isSuperuser" FROM pg_roles WHERE rolname = current_user',
    )) as { isSuperuser: boolean }[];
    if (isSuperuser) await runner.query('SET LOCAL session_replication_role = replica');
    const writer = new BulkWriter((sql, params) => client.query(sql, params));
    const t = makeTables(writer);
    const context = await districtContext(owner, options);

    // Institutions and their staff (with checks, interviews, misconduct cases and bans).
    const random = new DistrictRandom(options.seed, 1);
    const institutions = buildInstitutions(random, size.institutions, context.takenNames, now);
    staffCounts(random, institutions, size.staff);
    for (const institution of institutions) {
      await t.institution.push([
        institution.id,
        institution.name,
        institution.kind,
        institution.address,
        institution.headName,
        institution.street,
        new Date(institution.createdAt),
        new Date(institution.createdAt),
      ]);
    }
    await writer.flush([t.institution]);
    log(`institutions ${institutions.length}/${size.institutions} (${seconds(started)} s)`);

    const staffContext = {
      random: new DistrictRandom(options.seed, 2),
      cipher: idNumberCipher(loadConfig()),
      usedIdNumbers: new Set<string>(),
      now,
      windowStart: now - DISTRICT_YEARS * 365 * 86_400_000,
    };
    const staffTables: StaffTables = {
      staff: (row) => t.staff.push(row),
      check: (row) => t.check.push(row),
      interview: (row) => t.interview.push(row),
      ban: (row) => t.ban.push(row),
      misconduct: (row) => t.misconduct.push(row),
    };
    let staffDone = 0;
    let nextReport = size.staff / 10;
    const flushStaff = () => writer.flush([t.staff, t.check, t.interview, t.ban, t.misconduct]);
    for (const institution of institutions) {
      await buildStaffOf(staffContext, institution, staffTables);
      if (t.staff.pending() >= 2_000) await flushStaff();
      staffDone += institution.staffCount;
      if (staffDone >= nextReport) {
        log(`staff ${staffDone}/${size.staff} (${seconds(started)} s)`);
        while (nextReport <= staffDone) nextReport += size.staff / 10;
      }
    }
    await flushStaff();
    for (const [index, institution] of institutions.entries()) {
      await t.account.push(headAccountRow(index, institution, passwordHash, now));
      await t.account.push(teacherAccountRow(index, institution, passwordHash, now));
    }
    await writer.flush([t.account]);
    log(`accounts ${t.account.written}: every head and one teacher per institution (${seconds(started)} s)`);

    // Cases, over the three years, at institutions in proportion to their staff.
    const names = new DistrictRandom(options.seed, 4);
    const caseContext = {
      random: new DistrictRandom(options.seed, 3),
      seal: sealedTexts(columnCipher()),
      childNames: Array.from({ length: 5_000 }, () => personName(names)),
      policy: DEFAULT_POLICY,
      now,
      unitActors: context.unitActors,
      safetyAccountId: context.safetyAccountId,
    };
    const instants = receiptInstants(caseContext.random, size.cases, now, DISTRICT_YEARS);
    const cumulative: number[] = [];
    let total = 0;
    for (const institution of institutions) cumulative.push((total += institution.staffCount));
    const caseTables: CaseTables = {
      incident: (row) => t.incident.push(row),
      child: (row) => t.child.push(row),
      event: (row) => t.event.push(row),
      breach: (row) => t.breach.push(row),
      alert: (row) => t.alert.push(row),
      emergencyStep: (row) => t.emergencyStep.push(row),
      externalSource: (row) => t.externalSource.push(row),
      notification: (row) => t.notification.push(row),
    };
    cases = [];
    for (let i = 0; i < size.cases; i += 1) {
      const institution = institutions[lowerBound(cumulative, caseContext.random.next() * total)];
      const generated = await buildCase(caseContext, institution, instants[i], caseTables);
      if (options.keepCases) cases.push(generated);
      if (t.incident.pending() >= 2_000) await flushCases(writer, t);
      if ((i + 1) % Math.max(1, Math.round(size.cases / 10)) === 0 || i + 1 === size.cases) {
        log(`cases ${i + 1}/${size.cases} (${seconds(started)} s)`);
      }
    }
    await flushCases(writer, t);
    await writer.drain();
    for (const table of Object.values(t)) rows[table.table] = (rows[table.table] ?? 0) + table.written;

    if (isSuperuser) await runner.query('SET LOCAL session_replication_role = origin');
    const { manager } = runner;
    // The stored due dates of the register (VET-9, VET-10), as the API's commands keep them, under the
    // settings the start-up reconciliation compares with.
    const dueDates = await refreshStaffDueDates(manager, undefined, {
      now: options.now,
      policy: DEFAULT_POLICY,
    });
    await manager.query(
      `INSERT INTO staff_due_dates_basis (id, basis, computed_at) VALUES (1, $1, $2)
       ON CONFLICT (id) DO UPDATE SET basis = excluded.basis, computed_at = excluded.computed_at`,
      [dueDatesBasis(DEFAULT_POLICY), options.now],
    );
    log(`staff due dates ${dueDates} (${seconds(started)} s)`);
    await recordAudit(manager, null, options.now, {
      action: DISTRICT_SEED_ACTION,
      outcome: 'OK',
      details: { seed: options.seed, ...size, rows },
    });
    await runner.commitTransaction();
  } catch (error) {
    if (runner.isTransactionActive) await runner.rollbackTransaction().catch(() => undefined);
    throw error;
  } finally {
    await runner.release();
  }
  // As autovacuum would leave a database that has been in use: statistics for the planner, and the
  // visibility map that lets counts over the scope's index answer without visiting the rows.
  log(`committed (${seconds(started)} s); vacuuming and analyzing the tables`);
  await owner.query('VACUUM (ANALYZE)');
  return { seed: options.seed, rows, cases, elapsedMs: Date.now() - started };
}

const seconds = (since: number) => ((Date.now() - since) / 1000).toFixed(1);

function lowerBound(sorted: readonly number[], value: number): number {
  let low = 0;
  let high = sorted.length - 1;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (sorted[middle] > value) high = middle;
    else low = middle + 1;
  }
  return low;
}

/** What the generated rows refer to in the demo district: its section accounts and taken names. */
async function districtContext(owner: DataSource, _options: SeedDistrictOptions) {
  const accounts = (await owner.query(
    `SELECT a.id, a.username, a.role, a.unit_code AS "unitCode", a.institution_id AS "institutionId",
       a.staff_member_id AS "staffMemberId", (o.account_id IS NOT NULL) AS "isOfficer"
     FROM account a LEFT JOIN case_officer o ON o.account_id = a.id
     WHERE a.unit_code IS NOT NULL AND NOT a.is_disabled ORDER BY a.username`,
  )) as {
    id: string;
    username: string;
    role: AccessActor['role'];
    unitCode: UnitCode;
    institutionId: string | null;
    staffMemberId: string | null;
    isOfficer: boolean;
  }[];
  const safety = accounts.find((a) => a.unitCode === 'SAFETY');
  if (!safety) throw new Error('The demo district has no 安稳办 account to record external cases');
  const names = (await owner.query('SELECT name FROM institution')) as { name: string }[];
  return {
    unitActors: accounts.map<AccessActor>((a) => ({
      accountId: a.id,
      role: a.role,
      institutionId: a.institutionId,
      unit: a.unitCode,
      staffId: a.staffMemberId,
      isDesignatedCaseOfficer: a.isOfficer,
    })),
    safetyAccountId: safety.id,
    takenNames: new Set(names.map((n) => n.name)),
  };
}

function headAccountRow(
  index: number,
  institution: {
    id: string;
    name: string;
    headName: string;
    headAccountId: string;
    headStaffId: string;
    createdAt: number;
  },
  passwordHash: string,
  now: number,
): unknown[] {
  const at = new Date(Math.max(institution.createdAt, now - 400 * 86_400_000));
  return [
    institution.headAccountId,
    districtHeadUsername(index),
    `${institution.headName}（负责人）`,
    null,
    passwordHash,
    'HEAD',
    null,
    institution.id,
    institution.headStaffId,
    false,
    at,
    at,
  ];
}

function teacherAccountRow(
  index: number,
  institution: { id: string; teacherAccountId: string; teacherStaffId: string; createdAt: number },
  passwordHash: string,
  now: number,
): unknown[] {
  const at = new Date(Math.max(institution.createdAt, now - 400 * 86_400_000));
  return [
    institution.teacherAccountId,
    districtTeacherUsername(index),
    `教师 ${String(index + 1).padStart(4, '0')}`,
    null,
    passwordHash,
    'TEACHER',
    null,
    institution.id,
    institution.teacherStaffId,
    false,
    at,
    at,
  ];
}
