import {
  DEFAULT_POLICY,
  INSTITUTION_KINDS,
  inServiceDueDates,
  responsibleUnits,
  type DistrictPolicy,
  type InstitutionKind,
  type StaffRole,
} from '@xiaohu/domain';
import type { EntityManager } from 'typeorm';
import { systemClock } from '../../shared/clock/clock';
import { StaffDueDatesBasisEntity } from './staff-due-dates-basis.entity';

// staff_member.recheck_due_at and interview_due_at are the domain's inServiceDueDates (VET-9, VET-10)
// stored, so dueChecks pages with ORDER BY due LIMIT n on an index instead of deciding every member of
// the scope on each request. They are recomputed in the transaction of every write that moves them (a
// re-check, an interview, an activation, a status change; the start date is only set by activation), and
// start-up recomputes all of them when the district's settings differ from those they were computed under.
// An event dated in the future is ignored by the rule; every write path refuses such dates, so the stored
// dates stay true as time passes. Data written around the API (seeds, SQL) must call refreshStaffDueDates.

const BATCH = 5_000;
/** Bump when inServiceDueDates changes what it answers: start-up then recomputes every member. */
const RULE_VERSION = 1;

interface Row {
  id: string;
  role: StaffRole;
  status: string;
  has_student_access: boolean;
  started: Date | null;
  kind: InstitutionKind;
  recheck_due_at: Date | null;
  interview_due_at: Date | null;
  last_recheck: Date | null;
  last_interview: Date | null;
}

const SELECT = `SELECT s.id, s.role, s.status, s.has_student_access, COALESCE(s.started_at, s.activated_at) AS started,
    i.kind, s.recheck_due_at, s.interview_due_at,
    CASE WHEN s.status = 'ACTIVE' THEN (SELECT max(vc.checked_at) FROM vetting_check vc
      WHERE vc.staff_id = s.id AND vc."check" = 'IN_SERVICE_RECHECK' AND vc.checked_at <= $1) END AS last_recheck,
    CASE WHEN s.status = 'ACTIVE' THEN (SELECT max(ri.interviewed_at) FROM reminder_interview ri
      WHERE ri.staff_id = s.id AND ri.interviewed_at <= $1) END AS last_interview
  FROM staff_member s JOIN institution i ON i.id = s.institution_id`;

const same = (a: Date | null, b: Date | null) => (a?.getTime() ?? null) === (b?.getTime() ?? null);

/** The domain's due dates of one member; none unless ACTIVE with a start (VET-9, VET-10). */
function dueDatesOfRow(row: Row, now: Date, policy: DistrictPolicy) {
  if (row.status !== 'ACTIVE' || !row.started) return { recheck: null, interview: null };
  const due = inServiceDueDates(
    {
      role: row.role,
      institutionKind: row.kind,
      startedAt: row.started,
      hasStudentAccess: row.has_student_access,
    },
    {
      rechecks: row.last_recheck ? [row.last_recheck] : [],
      reminderInterviews: row.last_interview ? [row.last_interview] : [],
    },
    now,
    policy,
  );
  return { recheck: due.recheck?.dueAt ?? null, interview: due.reminderInterview?.dueAt ?? null };
}

async function refreshRows(manager: EntityManager, rows: Row[], now: Date, policy: DistrictPolicy) {
  const ids: string[] = [];
  const rechecks: (string | null)[] = [];
  const interviews: (string | null)[] = [];
  for (const row of rows) {
    const due = dueDatesOfRow(row, now, policy);
    if (same(due.recheck, row.recheck_due_at) && same(due.interview, row.interview_due_at)) continue;
    ids.push(row.id);
    rechecks.push(due.recheck?.toISOString() ?? null);
    interviews.push(due.interview?.toISOString() ?? null);
  }
  if (ids.length === 0) return 0;
  await manager.query(
    `UPDATE staff_member s SET recheck_due_at = v.recheck, interview_due_at = v.interview
     FROM unnest($1::uuid[], $2::timestamptz[], $3::timestamptz[]) AS v(id, recheck, interview)
     WHERE s.id = v.id`,
    [ids, rechecks, interviews],
  );
  return ids.length;
}

/**
 * Recomputes the stored due dates of the given staff members (all when `ids` is omitted), in batches of
 * 5,000 with one read and at most one write each. Returns how many rows changed. Callers writing staff,
 * checks or interviews around the API (seeds, bulk SQL) call it afterwards, in the same transaction.
 */
export async function refreshStaffDueDates(
  manager: EntityManager,
  ids?: readonly string[],
  options: { now?: Date; policy?: DistrictPolicy } = {},
): Promise<number> {
  const now = options.now ?? systemClock.now();
  const policy = options.policy ?? DEFAULT_POLICY;
  let changed = 0;
  if (ids) {
    for (let start = 0; start < ids.length; start += BATCH) {
      const batch = ids.slice(start, start + BATCH);
      const rows = (await manager.query(`${SELECT} WHERE s.id = ANY($2::uuid[])`, [now, batch])) as Row[];
      changed += await refreshRows(manager, rows, now, policy);
    }
    return changed;
  }
  let after = '00000000-0000-0000-0000-000000000000';
  for (;;) {
    const rows = (await manager.query(`${SELECT} WHERE s.id > $2 ORDER BY s.id LIMIT ${BATCH}`, [
      now,
      after,
    ])) as Row[];
    if (rows.length === 0) return changed;
    changed += await refreshRows(manager, rows, now, policy);
    after = rows[rows.length - 1].id;
  }
}

/** What the stored dates depend on besides each member's facts. */
export function dueDatesBasis(policy: DistrictPolicy): string {
  return JSON.stringify({
    rules: RULE_VERSION,
    recheckMonths: policy.inServiceRecheckMonths,
    interviewMonths: policy.reminderInterviewMonths,
    timeZone: policy.timeZone,
    recheckKinds: INSTITUTION_KINDS.filter(
      (kind) => responsibleUnits('IN_SERVICE_STAFF_CHECKS', kind, policy).length > 0,
    ),
  });
}

/**
 * At start-up (after migrations and seed): when the stored dates were computed under other settings (or
 * never, right after the migration), recomputes every member and records the settings. One transaction
 * under an advisory lock, so two replicas starting together do it once.
 */
export async function reconcileStaffDueDates(
  manager: EntityManager,
  policy: DistrictPolicy,
  now: Date,
): Promise<number | null> {
  const basis = dueDatesBasis(policy);
  return manager.transaction(async (transaction) => {
    await transaction.query("SELECT pg_advisory_xact_lock(hashtext('staff_due_dates_basis'))");
    const repository = transaction.getRepository(StaffDueDatesBasisEntity);
    const stored = await repository.findOneBy({ id: 1 });
    if (stored?.basis === basis) return null;
    const changed = await refreshStaffDueDates(transaction, undefined, { now, policy });
    await repository.save({ id: 1, basis, computedAt: now });
    return changed;
  });
}
