import {
  BREACH_CODES,
  FULL_ONE_TO_ONE_MONITORING_KINDS,
  INDICATORS,
  INSTITUTION_KINDS,
  breachIndicatorId,
  hazardListFilter,
  inspectionCampaignsAccess,
  misconductCountFilter,
  oversightAccess,
  periodRange,
  rag,
  readsMonitoredPlaces,
  riskSubjectsAccess,
  supervisingSection,
  timeToPoliceBuckets,
  type InstitutionKind,
  type PeriodKind,
} from '@xiaohu/domain';
import { countGaps, gapTotalsOf } from '../../features/care-gaps/gap-figures';
import { toAccessActor } from '../../shared/auth/actor';
import { caseVisible } from './raw-case-visible';
import { Parameters, scopeCondition, type RawOperation, type RawRequest } from './raw-sql';

// The raw baseline of `oversight` (issue 10): the same aggregates written by hand as positional SQL, one
// statement per figure group, on one connection. Pure code only (the domain's rules and registry).

const MINUTES = 'extract(epoch FROM (i.police_reported_at - i.received_at)) / 60.0';

interface Filter {
  period?: PeriodKind;
  section?: string | null;
  institutionKind?: string | null;
  street?: string | null;
}

/** The institutions in scope and filters, as a condition on `inst`. */
function institutionWhere(
  request: RawRequest,
  filter: Filter,
  params: Parameters,
  withScope: boolean,
): string {
  const clauses: string[] = [];
  const scope = oversightAccess(toAccessActor(request.actor), request.policy).scope!;
  if (withScope) clauses.push(scopeCondition(scope, params, 'inst.id', 'inst.kind'));
  if (filter.section) {
    const kinds = INSTITUTION_KINDS.filter(
      (k) => supervisingSection(k, request.policy).unit === filter.section,
    );
    clauses.push(`inst.kind = ANY(${params.add(kinds)}::text[])`);
  }
  if (filter.institutionKind) clauses.push(`inst.kind = ${params.add(filter.institutionKind)}`);
  if (filter.street) clauses.push(`inst.street = ${params.add(filter.street)}`);
  return clauses.length ? clauses.join(' AND ') : 'TRUE';
}

const pct = (part: number, whole: number) => (whole > 0 ? (100 * part) / whole : null);

// As the API: one transaction, no parallel workers (see NO_PARALLEL_WORKERS in oversight.service.ts).
export const oversight: RawOperation = (request, variables) =>
  request.transaction(async (sql) => {
    await sql.query('SET LOCAL max_parallel_workers_per_gather = 0');
    return figures({ ...request, sql }, variables);
  });

async function figures(request: RawRequest, variables: Record<string, unknown>) {
  const { sql, policy, now } = request;
  const filter = (variables.filter ?? {}) as Filter;
  const first = Number(variables.first);
  const range = periodRange(filter.period ?? 'MONTH', now, policy);
  if (!range.ok) throw new Error(range.error.message);
  const { start, end } = range.value;

  // Cases: the list's visibility (caseVisible) and the filters, over `i` joined to `inst`; each statement
  // has its own positional parameters (PostgreSQL refuses a value a statement does not use).
  const casesOf = (needs: { now?: boolean }) => {
    const p = new Parameters();
    const where = `${caseVisible(request, p)} AND ${institutionWhere(request, filter, p, false)}`;
    const inPeriod = `(i.recorded_at >= ${p.add(start)} AND i.recorded_at < ${p.add(end)})`;
    const passed = needs.now
      ? `(i.police_report_due_at < ${p.add(now)} AND i.police_reported_at IS NULL)`
      : '';
    return { p, where, inPeriod, passed, reported: `${inPeriod} AND i.police_reported_at IS NOT NULL` };
  };
  const open = "i.state <> 'CLOSED'";
  const from = 'FROM incident i JOIN institution inst ON inst.id = i.institution_id';
  const t = casesOf({ now: true });
  const codes = BREACH_CODES.map(
    (c) =>
      `count(*) FILTER (WHERE ${t.inPeriod} AND i.has_breach AND EXISTS (SELECT 1 FROM incident_breach b WHERE b.incident_id = i.id AND b.code = '${c}'))::int AS "${c}"`,
  );
  const [totals] = await sql.query<Record<string, number | null>>(
    `SELECT count(*) FILTER (WHERE ${open})::int AS open, count(*) FILTER (WHERE ${t.passed})::int AS passed,
       count(*) FILTER (WHERE ${t.inPeriod} AND i.has_breach)::int AS breaches,
       (percentile_cont(0.5) WITHIN GROUP (ORDER BY ${MINUTES}) FILTER (WHERE ${t.reported}))::float8 AS median,
       (percentile_cont(0.9) WITHIN GROUP (ORDER BY ${MINUTES}) FILTER (WHERE ${t.reported}))::float8 AS p90,
       count(*) FILTER (WHERE ${t.reported})::int AS reported,
       count(*) FILTER (WHERE ${t.reported} AND ${MINUTES} <= ${policy.policeReportMinutes})::int AS within,
       ${codes.join(', ')}
     ${from} WHERE ${t.where} AND (${t.inPeriod} OR ${open} OR ${t.passed})`,
    t.p.values,
  );
  const m = casesOf({});
  const trend = await sql.query(
    `SELECT to_char(i.recorded_at AT TIME ZONE '${policy.timeZone}', 'YYYY-MM') AS month, i.category, count(*)::int AS count
     ${from} WHERE ${m.where} AND ${m.inPeriod} GROUP BY 1, 2 ORDER BY 1, 2`,
    m.p.values,
  );
  const edges = timeToPoliceBuckets(policy);
  const bucketRows = await sql.query<{ bucket: number; count: number }>(
    `SELECT width_bucket(${MINUTES}, ARRAY[${edges.join(',')}]::float8[]) AS bucket, count(*)::int AS count
     ${from} WHERE ${m.where} AND ${m.reported} GROUP BY 1`,
    m.p.values,
  );
  const buckets = new Map(bucketRows.map((r) => [Number(r.bucket), r.count]));
  const section = `CASE inst.kind ${INSTITUTION_KINDS.map((k) => `WHEN '${k}' THEN '${supervisingSection(k, policy).unit}'`).join(' ')} END`;
  const sections = await sql.query(
    `SELECT ${section} AS section, b.code AS breach, count(DISTINCT i.id)::int AS count
     ${from} JOIN incident_breach b ON b.incident_id = i.id
     WHERE ${m.where} AND ${m.inPeriod} AND i.has_breach GROUP BY 1, 2 ORDER BY 1, 2`,
    m.p.values,
  );

  // Staff and misconduct: in scope and filters.
  const sp = new Parameters();
  const staffWhere = institutionWhere(request, filter, sp, true);
  const sn = sp.add(now);
  const staffColumns = (at: string) => `count(*)::int AS active,
    count(*) FILTER (WHERE (st.recheck_due_at IS NULL OR st.recheck_due_at >= ${at}) AND (st.interview_due_at IS NULL OR st.interview_due_at >= ${at}))::int AS current,
    count(*) FILTER (WHERE st.recheck_due_at < ${at})::int AS rechecks,
    count(*) FILTER (WHERE st.interview_due_at < ${at})::int AS interviews`;
  const staff = await sql.query<{
    kind: string;
    active: number;
    current: number;
    rechecks: number;
    interviews: number;
  }>(
    `SELECT inst.kind, ${staffColumns(sn)} FROM staff_member st JOIN institution inst ON inst.id = st.institution_id
     WHERE st.status = 'ACTIVE' AND ${staffWhere} GROUP BY inst.kind ORDER BY inst.kind`,
    sp.values,
  );
  const mf = misconductCountFilter(toAccessActor(request.actor), policy);
  const mp = new Parameters();
  const misconductWhere = [
    "mc.status = 'OPEN'",
    `((inst.kind = ANY(${mp.add(mf.headSubjectKinds)}::text[]) AND ms.role = 'SCHOOL_HEAD') OR (inst.kind = ANY(${mp.add(mf.otherSubjectKinds)}::text[]) AND ms.role <> 'SCHOOL_HEAD'))`,
    `mc.staff_id IS DISTINCT FROM ${mp.add(mf.excludedStaffId)}::uuid`,
    institutionWhere(request, filter, mp, true),
  ].join(' AND ');
  const misconductFrom = `FROM misconduct_case mc JOIN staff_member ms ON ms.id = mc.staff_id JOIN institution inst ON inst.id = mc.institution_id`;
  const [{ count: misconduct }] = await sql.query<{ count: number }>(
    `SELECT count(*)::int AS count ${misconductFrom} WHERE ${misconductWhere}`,
    mp.values,
  );

  // Prevention (issue 11): in scope and filters; a list the viewer does not read gives no figure.
  const viewer = toAccessActor(request.actor);
  const reads = {
    hazards: hazardListFilter(viewer, policy).institutions !== null,
    campaigns: inspectionCampaignsAccess(viewer).scope !== null,
    places: readsMonitoredPlaces(viewer),
    surroundings: riskSubjectsAccess(viewer, policy).scope !== null,
  };
  const pp = new Parameters();
  const pWhere = institutionWhere(request, filter, pp, true);
  const [pn, ps, pe] = [pp.add(now), pp.add(start), pp.add(end)];
  const hazardsWhere = `FROM hazard h JOIN institution inst ON inst.id = h.institution_id WHERE ${pWhere}`;
  const coveredWhere = `FROM inspection_campaign_institution ci JOIN inspection_campaign c ON c.id = ci.campaign_id
    JOIN institution inst ON inst.id = ci.institution_id WHERE ${pWhere} AND c.starts_at <= ${pn} AND c.ends_at > ${pn}`;
  const [prevention] = await sql.query<Record<string, number>>(
    `SELECT (SELECT count(*) ${hazardsWhere} AND h.rectified_at IS NULL)::int AS open,
       (SELECT count(*) ${hazardsWhere} AND h.rectified_at IS NULL AND h.due_at < ${pn})::int AS overdue,
       (SELECT count(*) ${hazardsWhere} AND h.rectified_at >= ${ps} AND h.rectified_at < ${pe})::int AS rectified,
       (SELECT count(*) ${hazardsWhere} AND h.rectified_at >= ${ps} AND h.rectified_at < ${pe}
          AND h.rectified_at <= h.due_at)::int AS on_time,
       (SELECT count(*) ${coveredWhere})::int AS covered,
       (SELECT count(*) ${coveredWhere} AND EXISTS (SELECT 1 FROM inspection x WHERE x.campaign_id = ci.campaign_id
          AND x.institution_id = ci.institution_id AND x.kind = 'SELF' AND x.submitted_at IS NOT NULL))::int AS done,
       (SELECT count(*) FROM monitored_place mp JOIN institution inst ON inst.id = mp.institution_id WHERE ${pWhere}
          AND mp.kind = 'ONE_TO_ONE_ROOM' AND NOT mp.is_monitored
          AND inst.kind = ANY(${pp.add([...FULL_ONE_TO_ONE_MONITORING_KINDS])}::text[]))::int AS unmonitored,
       (SELECT count(*) FROM risk_subject r JOIN institution inst ON inst.id = r.institution_id WHERE ${pWhere}
          AND r.status <> 'CLOSED')::int AS surroundings`,
    pp.values,
  );

  // Issue 12: the gaps found from records, by the domain's rules over the same loader (plain code over SQL).
  const gp = new Parameters();
  const gapInstitutions = await sql.query<{ id: string; kind: InstitutionKind }>(
    `SELECT inst.id, inst.kind FROM institution inst WHERE ${institutionWhere(request, filter, gp, true)} ORDER BY inst.id`,
    gp.values,
  );
  const gaps = gapTotalsOf(
    await countGaps((text, values) => sql.query(text, values), gapInstitutions, viewer, now, policy),
    gapInstitutions.length,
  );

  // The table: every institution in scope and filters, with its figures, worst police deadline first.
  const tp = new Parameters();
  const tCase = `${caseVisible(request, tp)} AND ${institutionWhere(request, filter, tp, false)}`;
  const ts = tp.add(start);
  const te = tp.add(end);
  const tn = tp.add(now);
  const tPeriod = `(i.recorded_at >= ${ts} AND i.recorded_at < ${te})`;
  const tPassed = `(i.police_report_due_at < ${tn} AND i.police_reported_at IS NULL)`;
  const tInst = institutionWhere(request, filter, tp, true);
  const tMis = [
    "mc.status = 'OPEN'",
    `((inst.kind = ANY(${tp.add(mf.headSubjectKinds)}::text[]) AND ms.role = 'SCHOOL_HEAD') OR (inst.kind = ANY(${tp.add(mf.otherSubjectKinds)}::text[]) AND ms.role <> 'SCHOOL_HEAD'))`,
    `mc.staff_id IS DISTINCT FROM ${tp.add(mf.excludedStaffId)}::uuid`,
    tInst,
  ].join(' AND ');
  const rows = await sql.query<Record<string, unknown>>(
    `WITH c AS (SELECT i.institution_id, count(*) FILTER (WHERE ${open})::int AS open,
         count(*) FILTER (WHERE ${tPassed})::int AS passed,
         count(*) FILTER (WHERE ${tPeriod} AND i.has_breach)::int AS breaches,
         (percentile_cont(0.5) WITHIN GROUP (ORDER BY ${MINUTES}) FILTER (WHERE ${tPeriod} AND i.police_reported_at IS NOT NULL))::float8 AS median
       ${from} WHERE ${tCase} AND (${tPeriod} OR ${open} OR ${tPassed}) GROUP BY i.institution_id),
     s AS (SELECT st.institution_id, ${staffColumns(tn)} FROM staff_member st JOIN institution inst ON inst.id = st.institution_id
       WHERE st.status = 'ACTIVE' AND ${tInst} GROUP BY st.institution_id),
     m AS (SELECT mc.institution_id, count(*)::int AS open ${misconductFrom} WHERE ${tMis} GROUP BY mc.institution_id),
     hz AS (SELECT h.institution_id, count(*)::int AS overdue FROM hazard h
       WHERE h.rectified_at IS NULL AND h.due_at < ${tn} GROUP BY h.institution_id)
     SELECT inst.id, inst.name, coalesce(c.open, 0) AS open, coalesce(c.passed, 0) AS passed,
       coalesce(c.breaches, 0) AS breaches, c.median,
       (CASE WHEN s.active > 0 THEN 100.0 * s.current / s.active END)::float8 AS coverage,
       coalesce(s.rechecks, 0) AS rechecks, coalesce(s.interviews, 0) AS interviews, coalesce(m.open, 0) AS misconduct,
       ${reads.hazards ? 'coalesce(hz.overdue, 0)' : 'NULL::int'} AS hazards_overdue,
       (count(*) OVER ())::int AS total
     FROM institution inst LEFT JOIN c ON c.institution_id = inst.id LEFT JOIN s ON s.institution_id = inst.id
     LEFT JOIN m ON m.institution_id = inst.id LEFT JOIN hz ON hz.institution_id = inst.id WHERE ${tInst}
     ORDER BY passed DESC, inst.name, inst.id LIMIT ${first}`,
    tp.values,
  );

  const sum = (key: 'active' | 'current' | 'rechecks' | 'interviews') =>
    staff.reduce((t, r) => t + r[key], 0);
  const num = (key: string) => Number(totals[key] ?? 0);
  const values: Record<string, number | null> = {
    OPEN_CASES: num('open'),
    POLICE_DEADLINE_PASSED: num('passed'),
    TIME_TO_POLICE_MEDIAN: totals.median,
    TIME_TO_POLICE_P90: totals.p90,
    TIME_TO_POLICE_WITHIN_DEADLINE: pct(num('within'), num('reported')),
    BREACHES: num('breaches'),
    ...Object.fromEntries(BREACH_CODES.map((c) => [breachIndicatorId(c), num(c)])),
    VETTING_COVERAGE: pct(sum('current'), sum('active')),
    OVERDUE_RECHECKS: sum('rechecks'),
    OVERDUE_INTERVIEWS: sum('interviews'),
    OPEN_MISCONDUCT: misconduct,
    HAZARDS_OPEN: reads.hazards ? prevention.open : null,
    HAZARDS_OVERDUE: reads.hazards ? prevention.overdue : null,
    RECTIFIED_ON_TIME: reads.hazards ? pct(prevention.on_time, prevention.rectified) : null,
    CAMPAIGN_COMPLETION: reads.campaigns ? pct(prevention.done, prevention.covered) : null,
    ONE_TO_ONE_UNMONITORED: reads.places ? prevention.unmonitored : null,
    SURROUNDINGS_OPEN: reads.surroundings ? prevention.surroundings : null,
    PREVENTION_GAPS: gaps.total,
    WELFARE_TALKS_OVERDUE: gaps.welfareTalksOverdue,
    BULLYING_STEPS_OVERDUE: gaps.bullyingStepsOverdue,
  };
  const judged = (id: string, value: number | null) => ({
    id,
    value,
    rag: rag(INDICATORS.find(id, policy)!.thresholds, value),
  });
  const columns = [
    ['OPEN_CASES', 'open'],
    ['POLICE_DEADLINE_PASSED', 'passed'],
    ['BREACHES', 'breaches'],
    ['TIME_TO_POLICE_MEDIAN', 'median'],
    ['VETTING_COVERAGE', 'coverage'],
    ['OVERDUE_RECHECKS', 'rechecks'],
    ['OVERDUE_INTERVIEWS', 'interviews'],
    ['OPEN_MISCONDUCT', 'misconduct'],
    ['HAZARDS_OVERDUE', 'hazards_overdue'],
  ] as const;
  return {
    oversight: {
      indicators: INDICATORS.all(policy).map((d) => judged(d.id, values[d.id] ?? null)),
      trend,
      timeToPolice: edges.map((fromMinutes, index) => ({
        fromMinutes,
        count: (buckets.get(index + 1) ?? 0) + (index === 0 ? (buckets.get(0) ?? 0) : 0),
      })),
      breachesBySection: sections,
      coverageByKind: staff.map((r) => ({ kind: r.kind, activeStaff: r.active, currentStaff: r.current })),
      table: {
        totalCount: rows[0]?.total ?? 0,
        rows: rows.map((r) => ({
          institution: { id: r.id, name: r.name },
          cells: columns.map(([id, key]) => judged(id, r[key] === null ? null : Number(r[key]))),
        })),
      },
    },
  };
}
