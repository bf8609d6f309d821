import { supervisingSection, timeToPoliceBuckets, INSTITUTION_KINDS, BREACH_CODES } from '@xiaohu/domain';
import type { BreachCode, IncidentCategory, InstitutionKind, SupervisingSection } from '@xiaohu/domain';
import type { EntityManager } from 'typeorm';
import { IncidentBreachEntity } from '../incidents/incident-breach.entity';
import { InstitutionEntity } from '../institutions/institution.entity';
import {
  MINUTES_TO_POLICE,
  bind,
  caseConditions,
  institutionConditions,
  misconductConditions,
  visibleCases,
  type OversightQuery,
  type Parameters,
} from './oversight-scope';

// Every figure is one SQL aggregate over the rows the viewer's lists show: no row is loaded into Node.

/** Police reports of cases recorded in the period. */
const reportedInPeriod = (c: { inPeriod: string }) =>
  `${c.inPeriod} AND incident.police_reported_at IS NOT NULL`;

/** The case figures of the dashboard (REP-3, REP-4), per the whole scope. */
export interface CaseTotals {
  open_cases: number;
  deadline_passed: number;
  breaches: number;
  median: number | null;
  p90: number | null;
  reported: number;
  within: number;
  by_code: Record<BreachCode, number>;
}

/** The case figures over the scope: now's (open, past the deadline) and the period's. */
export async function caseTotals(manager: EntityManager, q: OversightQuery): Promise<CaseTotals> {
  const c = caseConditions(q);
  const REPORTED_IN_PERIOD = reportedInPeriod(c);
  const query = visibleCases(manager, q)
    .select(`count(*) FILTER (WHERE ${c.isOpen})::int`, 'open_cases')
    .addSelect(`count(*) FILTER (WHERE ${c.deadlinePassed})::int`, 'deadline_passed')
    .addSelect(`count(*) FILTER (WHERE ${c.inPeriod} AND ${c.hasBreach})::int`, 'breaches')
    .addSelect(
      `(percentile_cont(0.5) WITHIN GROUP (ORDER BY ${MINUTES_TO_POLICE}) FILTER (WHERE ${REPORTED_IN_PERIOD}))::float8`,
      'median',
    )
    .addSelect(
      `(percentile_cont(0.9) WITHIN GROUP (ORDER BY ${MINUTES_TO_POLICE}) FILTER (WHERE ${REPORTED_IN_PERIOD}))::float8`,
      'p90',
    )
    .addSelect(`count(*) FILTER (WHERE ${REPORTED_IN_PERIOD})::int`, 'reported')
    .addSelect(
      `count(*) FILTER (WHERE ${REPORTED_IN_PERIOD} AND ${MINUTES_TO_POLICE} <= :ovDeadline)::int`,
      'within',
    );
  for (const code of BREACH_CODES)
    query.addSelect(`count(*) FILTER (WHERE ${c.inPeriod} AND ${c.breachOf[code]})::int`, `code_${code}`);
  const row = await query
    .andWhere(`(${c.inPeriod} OR ${c.isOpen} OR ${c.deadlinePassed})`)
    .setParameters({ ...c.parameters, ovDeadline: q.policy.policeReportMinutes })
    .getRawOne<Record<string, number | null>>();
  const value = (key: string) => Number(row?.[key] ?? 0);
  return {
    open_cases: value('open_cases'),
    deadline_passed: value('deadline_passed'),
    breaches: value('breaches'),
    median: row?.median ?? null,
    p90: row?.p90 ?? null,
    reported: value('reported'),
    within: value('within'),
    by_code: Object.fromEntries(BREACH_CODES.map((c) => [c, value(`code_${c}`)])) as Record<
      BreachCode,
      number
    >,
  };
}

/** Cases recorded per month (Asia/Shanghai) and category over the period. */
export async function monthlyTrend(manager: EntityManager, q: OversightQuery) {
  const c = caseConditions(q);
  return visibleCases(manager, q)
    .select(`to_char(incident.recorded_at AT TIME ZONE :ovZone, 'YYYY-MM')`, 'month')
    .addSelect('incident.category', 'category')
    .addSelect('count(*)::int', 'count')
    .andWhere(c.inPeriod)
    .setParameters({ ...c.parameters, ovZone: q.policy.timeZone })
    .groupBy('month')
    .addGroupBy('incident.category')
    .orderBy('month')
    .addOrderBy('incident.category')
    .getRawMany<{ month: string; category: IncidentCategory; count: number }>();
}

/** REP-3: police reports of the period by minutes from first knowledge, in the domain's buckets. */
export async function timeToPolice(manager: EntityManager, q: OversightQuery) {
  const edges = timeToPoliceBuckets(q.policy);
  const c = caseConditions(q);
  const rows = await visibleCases(manager, q)
    .select(`width_bucket(${MINUTES_TO_POLICE}, ARRAY[${edges.map(Number).join(',')}]::float8[])`, 'bucket')
    .addSelect('count(*)::int', 'count')
    .andWhere(reportedInPeriod(c))
    .setParameters(c.parameters)
    .groupBy('bucket')
    .getRawMany<{ bucket: number; count: number }>();
  const counts = new Map(rows.map((r) => [Number(r.bucket), r.count]));
  return edges.map((from, index) => ({
    fromMinutes: from,
    toMinutes: edges[index + 1] ?? null,
    // width_bucket answers 1 for [edges[0], edges[1]); a report before first knowledge (0) counts in the first.
    count: (counts.get(index + 1) ?? 0) + (index === 0 ? (counts.get(0) ?? 0) : 0),
    isWithinDeadline: (edges[index + 1] ?? Infinity) <= q.policy.policeReportMinutes,
  }));
}

/** ORG-1 as SQL: each kind's supervising section, from the domain's matrix. */
function sectionOfKind(alias: string, q: OversightQuery): string {
  const whens = INSTITUTION_KINDS.map((k) => `WHEN '${k}' THEN '${supervisingSection(k, q.policy).unit}'`);
  return `CASE ${alias}.kind ${whens.join(' ')} END`;
}

/** REP-4: cases of the period with a breach, by the section supervising their institution and by kind. */
export async function breachesBySection(manager: EntityManager, q: OversightQuery) {
  const c = caseConditions(q);
  return visibleCases(manager, q)
    .innerJoin(InstitutionEntity, 'ov_bi', 'ov_bi.id = incident.institution_id')
    .innerJoin(IncidentBreachEntity, 'ov_bb', 'ov_bb.incident_id = incident.id')
    .select(sectionOfKind('ov_bi', q), 'section')
    .addSelect('ov_bb.code', 'breach')
    .addSelect('count(DISTINCT incident.id)::int', 'count')
    .andWhere(`${c.inPeriod} AND ${c.hasBreach}`)
    .setParameters(c.parameters)
    .groupBy('section')
    .addGroupBy('ov_bb.code')
    .orderBy('section')
    .addOrderBy('ov_bb.code')
    .getRawMany<{ section: SupervisingSection; breach: BreachCode; count: number }>();
}

const CURRENT_STAFF =
  '(staff.recheck_due_at IS NULL OR staff.recheck_due_at >= :ovNow) AND (staff.interview_due_at IS NULL OR staff.interview_due_at >= :ovNow)';

/** The staff figures as SELECT columns over `staff` (active only), as the due-checks list counts them. */
export const STAFF_COLUMNS = `count(*)::int AS active,
  count(*) FILTER (WHERE ${CURRENT_STAFF})::int AS current,
  count(*) FILTER (WHERE staff.recheck_due_at < :ovNow)::int AS overdue_rechecks,
  count(*) FILTER (WHERE staff.interview_due_at < :ovNow)::int AS overdue_interviews`;

export interface StaffKindRow {
  kind: InstitutionKind;
  active: number;
  current: number;
  overdue_rechecks: number;
  overdue_interviews: number;
}

/** VET-1, VET-9, VET-10: active staff by institution kind, in the scope and filters. */
export async function staffByKind(manager: EntityManager, q: OversightQuery): Promise<StaffKindRow[]> {
  const parameters: Parameters = { ovNow: q.now };
  const conditions = ["staff.status = 'ACTIVE'", ...institutionConditions(q, 'i', parameters)];
  const [sql, values] = bind(
    manager,
    `SELECT i.kind, ${STAFF_COLUMNS} FROM staff_member staff JOIN institution i ON i.id = staff.institution_id
     WHERE ${conditions.join(' AND ')} GROUP BY i.kind ORDER BY i.kind`,
    parameters,
  );
  return manager.query(sql, values);
}

/** VET-11: open misconduct cases the viewer could open. */
export async function openMisconduct(manager: EntityManager, q: OversightQuery): Promise<number> {
  const parameters: Parameters = {};
  const conditions = misconductConditions(q, parameters);
  const [sql, values] = bind(
    manager,
    `SELECT count(*)::int AS count FROM misconduct_case mc JOIN staff_member ms ON ms.id = mc.staff_id
     JOIN institution mi ON mi.id = mc.institution_id WHERE ${conditions.join(' AND ')}`,
    parameters,
  );
  const rows: { count: number }[] = await manager.query(sql, values);
  return rows[0]?.count ?? 0;
}
