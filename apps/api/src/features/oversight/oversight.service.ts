import {
  INDICATORS,
  addCalendarMonths,
  breachIndicatorId,
  institutionRecordAccess,
  monthsOf,
  oversightAccess,
  parseCalendarDate,
  periodRange,
  rag,
  BREACH_CODES,
  type IndicatorDefinition,
  type PeriodKind,
  type PeriodRange,
} from '@xiaohu/domain';
import type { RequestContext } from '../../context';
import { recordAudit } from '../../shared/audit/audit-log';
import { toAccessActor } from '../../shared/auth/actor';
import { signedIn } from '../../shared/auth/signed-in';
import { badUserInputError, forbiddenError } from '../../shared/graphql/errors';
import { toInstitution } from '../institutions/institution.type';
import type { OversightFilter, OversightTablePage } from './oversight.inputs';
import {
  breachesBySection,
  caseTotals,
  monthlyTrend,
  openMisconduct,
  staffByKind,
  timeToPolice,
  type CaseTotals,
  type StaffKindRow,
} from './oversight-figures';
import { institutionTable } from './oversight-table';
import { preventionTotals, type PreventionTotals } from './prevention-figures';
import { institutionMonths } from './institution-months';
import { careGapTotals } from './care-gap-figures';
import type { GapTotals } from '../care-gaps/gap-figures';
import type { OversightQuery } from './oversight-scope';
import type { IndicatorDrill, InstitutionRecord, Oversight, OversightIndicator } from './oversight.type';

// A dashboard's statements read tens of thousands of rows each: starting parallel workers costs more than
// it saves, and on a loaded machine a Gather waited 130 ms for workers doing 22 ms of work (district seed).
export const NO_PARALLEL_WORKERS = 'SET LOCAL max_parallel_workers_per_gather = 0';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function rangeOf(context: RequestContext, filter: OversightFilter | null | undefined): PeriodRange {
  const kind: PeriodKind = filter?.period ?? 'MONTH';
  const from = filter?.from ? parseCalendarDate(filter.from) : null;
  const to = filter?.to ? parseCalendarDate(filter.to) : null;
  const range = periodRange(kind, context.clock.now(), context.policy, from && to ? { from, to } : undefined);
  if (!range.ok) throw badUserInputError(range.error.message);
  return range.value;
}

const drillOf = (definition: IndicatorDefinition): IndicatorDrill => {
  const d = definition.drill;
  return {
    list: d.list,
    state: d.list === 'CASES' || d.list === 'SURROUNDINGS' ? (d.state ?? null) : null,
    breach: d.list === 'CASES' ? (d.breach ?? null) : null,
    overdue: d.list === 'CASES' ? (d.overdue ?? false) : d.list === 'DUE_CHECKS',
    hazardStatuses: d.list === 'HAZARDS' ? [...d.statuses] : [],
    dueKind: d.list === 'DUE_CHECKS' ? d.kind : null,
  };
};

const percent = (part: number, whole: number): number | null => (whole > 0 ? (100 * part) / whole : null);

/** Every registered indicator with its figure (null for one nobody computes yet) and its colour. */
export function indicatorsOf(
  context: RequestContext,
  cases: CaseTotals,
  staff: StaffKindRow[],
  misconduct: number,
  prevention: PreventionTotals,
  gaps: GapTotals,
): OversightIndicator[] {
  const sum = (key: keyof Omit<StaffKindRow, 'kind'>) => staff.reduce((total, row) => total + row[key], 0);
  const values: Record<string, number | null> = {
    OPEN_CASES: cases.open_cases,
    POLICE_DEADLINE_PASSED: cases.deadline_passed,
    TIME_TO_POLICE_MEDIAN: cases.median,
    TIME_TO_POLICE_P90: cases.p90,
    TIME_TO_POLICE_WITHIN_DEADLINE: percent(cases.within, cases.reported),
    BREACHES: cases.breaches,
    ...Object.fromEntries(BREACH_CODES.map((code) => [breachIndicatorId(code), cases.by_code[code]])),
    VETTING_COVERAGE: percent(sum('current'), sum('active')),
    OVERDUE_RECHECKS: sum('overdue_rechecks'),
    OVERDUE_INTERVIEWS: sum('overdue_interviews'),
    OPEN_MISCONDUCT: misconduct,
    HAZARDS_OPEN: prevention.hazardsOpen,
    HAZARDS_OVERDUE: prevention.hazardsOverdue,
    RECTIFIED_ON_TIME:
      prevention.rectified === null ? null : percent(prevention.rectifiedOnTime ?? 0, prevention.rectified),
    CAMPAIGN_COMPLETION:
      prevention.campaignCovered === null
        ? null
        : percent(prevention.campaignDone ?? 0, prevention.campaignCovered),
    ONE_TO_ONE_UNMONITORED: prevention.oneToOneUnmonitored,
    SURROUNDINGS_OPEN: prevention.surroundingsOpen,
    PREVENTION_GAPS: gaps.total,
    WELFARE_TALKS_OVERDUE: gaps.welfareTalksOverdue,
    BULLYING_STEPS_OVERDUE: gaps.bullyingStepsOverdue,
  };
  return INDICATORS.all(context.policy).map((definition) => {
    const value = values[definition.id] ?? null;
    return {
      id: definition.id,
      ruleIds: [...definition.ruleIds],
      unit: definition.unit,
      value,
      rag: rag(definition.thresholds, value),
      isPeriodic: definition.isPeriodic,
      drill: drillOf(definition),
    };
  });
}

/**
 * ORG-1, ORG-3: the dashboard over the viewer's scope (oversightAccess). Not audited, like the lists it
 * sums: it names no child and no person, and every figure counts only rows the viewer's lists show.
 */
export async function readOversight(
  context: RequestContext,
  filter: OversightFilter | null | undefined,
  page: OversightTablePage | null | undefined,
): Promise<Oversight> {
  const actor = toAccessActor(signedIn(context));
  const access = oversightAccess(actor, context.policy);
  if (!access.canViewDashboard.allowed || !access.scope) throw forbiddenError();
  const first = page?.first ?? 20;
  const offset = page?.offset ?? 0;
  if (!Number.isInteger(first) || first < 1 || first > 100) throw badUserInputError('first must be 1 to 100');
  if (!Number.isInteger(offset) || offset < 0) throw badUserInputError('offset must not be negative');
  if (filter?.street && filter.street.length > 40) throw badUserInputError('street is at most 40 characters');
  const range = rangeOf(context, filter);
  const q: OversightQuery = {
    actor,
    scope: access.scope,
    policy: context.policy,
    now: context.clock.now(),
    range,
    section: filter?.section ?? null,
    institutionKind: filter?.institutionKind ?? null,
    street: filter?.street ?? null,
    institutionId: null,
  };
  // One connection, one snapshot: every figure counts the same rows, and a request holds one pooled
  // connection, not seven (measured: seven statements in parallel per request cost 1.7× the raw
  // baseline at 8 requests in flight on two cores).
  const figures = await context.dataSource.transaction('REPEATABLE READ', async (manager) => {
    await manager.query(NO_PARALLEL_WORKERS);
    const table = await institutionTable(manager, q, {
      orderBy: page?.orderBy ?? 'POLICE_DEADLINE_PASSED',
      offset,
      first,
    });
    return {
      table: { rows: table.rows, totalCount: table.totalCount },
      // The table's statement sums the staff by kind too, unless its page is empty.
      staff: table.staffByKind ?? (await staffByKind(manager, q)),
      cases: await caseTotals(manager, q),
      trend: await monthlyTrend(manager, q),
      buckets: await timeToPolice(manager, q),
      sections: await breachesBySection(manager, q),
      misconduct: await openMisconduct(manager, q),
      prevention: await preventionTotals(manager, q),
      gaps: await careGapTotals(manager, q),
    };
  });
  const { cases, trend, buckets, sections, staff, misconduct, prevention, gaps, table } = figures;
  const coverage = INDICATORS.find('VETTING_COVERAGE', context.policy)!.thresholds;
  return {
    period: { kind: filter?.period ?? 'MONTH', start: range.start, end: range.end },
    indicators: indicatorsOf(context, cases, staff, misconduct, prevention, gaps),
    trend,
    timeToPolice: buckets,
    policeDeadlineMinutes: context.policy.policeReportMinutes,
    breachesBySection: sections,
    coverageByKind: staff.map((row) => {
      const value = percent(row.current, row.active);
      return {
        kind: row.kind,
        activeStaff: row.active,
        currentStaff: row.current,
        coverage: value,
        rag: rag(coverage, value),
      };
    }),
    table,
  };
}

/**
 * ORG-3, ORG-1: an institution's card 校园保护档案 for its head and the committee members whose scope
 * holds it (institutionRecordAccess); null for any other institution, as for one that does not exist.
 * Audited like the institution's own detail (institution.read): who looked at which institution's record.
 */
export async function readInstitutionRecord(
  context: RequestContext,
  id: string,
): Promise<InstitutionRecord | null> {
  const signedInActor = signedIn(context);
  const actor = toAccessActor(signedInActor);
  const access = oversightAccess(actor, context.policy);
  if (!access.scope || access.home === 'OWN_CASES') throw forbiddenError();
  const now = context.clock.now();
  const institution = UUID.test(id) ? await context.loaders.institutionById.load(id) : null;
  const allowed = institution !== null && institutionRecordAccess(institution, actor, context.policy).allowed;
  return context.dataSource.transaction(async (manager) => {
    let record: InstitutionRecord | null = null;
    if (institution && allowed) {
      const year = periodRange('SCHOOL_YEAR', now, context.policy);
      const month = periodRange('MONTH', now, context.policy);
      if (!year.ok || !month.ok) throw new Error('A fixed period cannot be refused');
      const q: OversightQuery = {
        actor,
        scope: access.scope!,
        policy: context.policy,
        now,
        range: year.value,
        section: null,
        institutionKind: null,
        street: null,
        institutionId: institution.id,
      };
      const last12 = {
        start: addCalendarMonths(month.value.start, -11, context.policy.timeZone),
        end: month.value.end,
      };
      const cases = await caseTotals(manager, q);
      const staff = await staffByKind(manager, q);
      const misconduct = await openMisconduct(manager, q);
      const prevention = await preventionTotals(manager, q);
      const gaps = await careGapTotals(manager, q);
      const months = await institutionMonths(
        manager,
        { ...q, range: last12 },
        monthsOf(last12, context.policy.timeZone),
      );
      record = {
        institution: toInstitution(institution, context.policy),
        indicators: indicatorsOf(context, cases, staff, misconduct, prevention, gaps),
        period: { kind: 'SCHOOL_YEAR', start: year.value.start, end: year.value.end },
        months,
      };
    }
    await recordAudit(manager, signedInActor, now, {
      action: 'institution.recordRead',
      targetType: 'institution',
      targetId: id.slice(0, 64),
      outcome: record ? 'OK' : 'NOT_FOUND',
    });
    return record;
  });
}
