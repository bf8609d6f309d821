import {
  addCalendarMonths,
  INSTITUTION_KINDS,
  inServiceDueDates,
  responsibleUnits,
  supervisingSection,
  type DistrictPolicy,
  type InServiceDueDates,
  type InstitutionKind,
  type StaffRole,
} from '@xiaohu/domain';
import type { RequestContext } from '../../context';
import { badUserInputError } from '../../shared/graphql/errors';
import type { DueCheck, DueCheckFilter, DueCheckList } from './due-check.type';
import type { DueCheckKind } from './staff.enums';
import { signedIn, staffInScope, UUID } from './staff-scope';

const DAY = 86_400_000;
// Calendar-month arithmetic moves a date by at most 3 days against plain offsets (31 → 28):
// an anchor further than this from a threshold is on a known side of it.
const MARGIN = 7 * DAY;

interface Row {
  id: string;
  role: StaffRole;
  has_student_access: boolean;
  institution_kind: InstitutionKind;
  started: number;
  last_recheck: number | null;
  last_interview: number | null;
}

interface Pair {
  row: Row;
  kind: DueCheckKind;
  anchor: number;
}

/** A threshold "due before X" for one kind, as anchor bounds: below `low` certainly, from `high` certainly not. */
function bounds(at: Date, months: number, policy: DistrictPolicy) {
  const back = addCalendarMonths(at, -months, policy.timeZone).getTime();
  return { low: back - MARGIN, high: back + MARGIN };
}

/**
 * VET-9, VET-10: re-checks and reminder interviews due for active staff in scope, soonest first.
 * The next due date grows with the last event (or the start), so SQL loads one small row per member and
 * the domain's inServiceDueDates decides only the rows that can be on the page or near a threshold.
 */
export async function listDueChecks(
  context: RequestContext,
  filter: DueCheckFilter | null | undefined,
  first: number | null | undefined,
): Promise<DueCheckList> {
  const actor = signedIn(context);
  const limit = first ?? 100;
  if (!Number.isInteger(limit) || limit < 1 || limit > 200)
    throw badUserInputError('first must be between 1 and 200');
  const { policy } = context;
  const now = context.clock.now();
  const recheckKinds = INSTITUTION_KINDS.filter(
    (kind) => responsibleUnits('IN_SERVICE_STAFF_CHECKS', kind, policy).length > 0,
  );
  const wantsRecheck = !filter?.kind || filter.kind === 'RECHECK';
  const wantsInterview = !filter?.kind || filter.kind === 'REMINDER_INTERVIEW';

  const query = staffInScope(context.dataSource.manager, actor, policy);
  if (!query.expressionMap.joinAttributes.length) query.innerJoin('staff.institution', 'institution');
  const epoch = (sql: string) => `(extract(epoch FROM ${sql}) * 1000)::float8`;
  query
    .select('staff.id', 'id')
    .addSelect('staff.role', 'role')
    .addSelect('staff.has_student_access', 'has_student_access')
    .addSelect('institution.kind', 'institution_kind')
    .addSelect(epoch('COALESCE(staff.started_at, staff.activated_at)'), 'started')
    .addSelect(
      epoch(
        "(SELECT max(vc.checked_at) FROM vetting_check vc WHERE vc.staff_id = staff.id AND vc.check = 'IN_SERVICE_RECHECK' AND vc.checked_at <= :dueNow)",
      ),
      'last_recheck',
    )
    .addSelect(
      epoch(
        '(SELECT max(ri.interviewed_at) FROM reminder_interview ri WHERE ri.staff_id = staff.id AND ri.interviewed_at <= :dueNow)',
      ),
      'last_interview',
    )
    .setParameter('dueNow', now)
    .andWhere("staff.status = 'ACTIVE'")
    .andWhere('COALESCE(staff.started_at, staff.activated_at) IS NOT NULL');
  // Only members something is due for: a re-check where a section supervises it, an interview with student access.
  const applies = [
    ...(wantsRecheck && recheckKinds.length > 0 ? ['institution.kind IN (:...dueRecheckKinds)'] : []),
    ...(wantsInterview ? ['staff.has_student_access'] : []),
  ];
  query.andWhere(applies.length > 0 ? `(${applies.join(' OR ')})` : 'FALSE', {
    dueRecheckKinds: recheckKinds,
  });
  if (filter?.institutionId) {
    if (!UUID.test(filter.institutionId)) query.andWhere('FALSE');
    else query.andWhere('staff.institution_id = :institutionId', { institutionId: filter.institutionId });
  }
  if (filter?.section) {
    const kinds = INSTITUTION_KINDS.filter(
      (kind) => supervisingSection(kind, policy).unit === filter.section,
    );
    if (kinds.length === 0) query.andWhere('FALSE');
    else query.andWhere('institution.kind IN (:...sectionKinds)', { sectionKinds: kinds });
  }
  const rows = await query.getRawMany<Row>();

  const months: Record<DueCheckKind, number> = {
    RECHECK: policy.inServiceRecheckMonths,
    REMINDER_INTERVIEW: policy.reminderInterviewMonths,
  };
  const overdueBounds = {
    RECHECK: bounds(now, months.RECHECK, policy),
    REMINDER_INTERVIEW: bounds(now, months.REMINDER_INTERVIEW, policy),
  };
  const beforeBounds = filter?.dueBefore
    ? {
        RECHECK: bounds(filter.dueBefore, months.RECHECK, policy),
        REMINDER_INTERVIEW: bounds(filter.dueBefore, months.REMINDER_INTERVIEW, policy),
      }
    : null;
  const pairs: Pair[] = [];
  for (const row of rows) {
    if (wantsRecheck && recheckKinds.includes(row.institution_kind)) {
      pairs.push({ row, kind: 'RECHECK', anchor: row.last_recheck ?? row.started });
    }
    if (wantsInterview && row.has_student_access) {
      pairs.push({ row, kind: 'REMINDER_INTERVIEW', anchor: row.last_interview ?? row.started });
    }
  }

  // The domain's answer for one pair, computed at most once.
  const decided = new Map<Pair, DueCheck | null>();
  const decide = (pair: Pair): DueCheck | null => {
    if (decided.has(pair)) return decided.get(pair)!;
    const due: InServiceDueDates = inServiceDueDates(
      {
        role: pair.row.role,
        institutionKind: pair.row.institution_kind,
        startedAt: new Date(pair.row.started),
        hasStudentAccess: pair.row.has_student_access,
      },
      {
        rechecks: pair.row.last_recheck === null ? [] : [new Date(pair.row.last_recheck)],
        reminderInterviews: pair.row.last_interview === null ? [] : [new Date(pair.row.last_interview)],
      },
      now,
      policy,
    );
    const date = pair.kind === 'RECHECK' ? due.recheck : due.reminderInterview;
    const matches =
      date !== null &&
      (filter?.isOverdue == null || filter.isOverdue === date.isOverdue) &&
      (!filter?.dueBefore || date.dueAt.getTime() < filter.dueBefore.getTime());
    const item: DueCheck | null = matches
      ? {
          kind: pair.kind,
          staffId: pair.row.id,
          staffName: '',
          idNumberMasked: '',
          role: pair.row.role,
          institutionId: '',
          institutionName: '',
          lastAt: date.lastAt,
          dueAt: date.dueAt,
          isOverdue: date.isOverdue,
          ruleId: date.ruleId,
          supervisedBy: date.supervisedBy,
        }
      : null;
    decided.set(pair, item);
    return item;
  };
  // Where an anchor stands against a threshold: true/false when certain, null near it (the domain decides).
  const side = (anchor: number, b: { low: number; high: number }) =>
    anchor < b.low ? true : anchor >= b.high ? false : null;

  let totalCount = 0;
  let overdueCount = 0;
  const candidates: Pair[] = [];
  for (const pair of pairs) {
    const isOverdue = side(pair.anchor, overdueBounds[pair.kind]);
    const isBefore = beforeBounds ? side(pair.anchor, beforeBounds[pair.kind]) : true;
    if (isOverdue === null || isBefore === null) {
      const item = decide(pair);
      if (item) {
        totalCount += 1;
        if (item.isOverdue) overdueCount += 1;
        candidates.push(pair);
      }
      continue;
    }
    if (!isBefore || (filter?.isOverdue != null && filter.isOverdue !== isOverdue)) continue;
    totalCount += 1;
    if (isOverdue) overdueCount += 1;
    candidates.push(pair);
  }

  // Soonest first: per kind, the order of anchors is the order of due dates (ties within the margin aside).
  const page: DueCheck[] = [];
  for (const kind of ['RECHECK', 'REMINDER_INTERVIEW'] as const) {
    const ofKind = candidates.filter((p) => p.kind === kind).sort((a, b) => a.anchor - b.anchor);
    let cutoff = Infinity;
    for (const [index, pair] of ofKind.entries()) {
      if (pair.anchor > cutoff) break;
      const item = decide(pair);
      if (item) page.push(item);
      if (index === limit - 1) cutoff = pair.anchor + MARGIN;
    }
  }
  page.sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime());
  const ids = [...new Set(page.map((item) => item.staffId))];
  const details = ids.length
    ? await context.dataSource.manager
        .createQueryBuilder()
        .select('staff.id', 'id')
        .addSelect('staff.name', 'name')
        .addSelect('staff.id_number_masked', 'masked')
        .addSelect('staff.institution_id', 'institution_id')
        .addSelect('institution.name', 'institution_name')
        .from('staff_member', 'staff')
        .innerJoin('institution', 'institution', 'institution.id = staff.institution_id')
        .where('staff.id IN (:...ids)', { ids })
        .getRawMany<{
          id: string;
          name: string;
          masked: string;
          institution_id: string;
          institution_name: string;
        }>()
    : [];
  const byId = new Map(details.map((d) => [d.id, d]));
  const items = page.map((item) => {
    const detail = byId.get(item.staffId)!;
    return {
      ...item,
      staffName: detail.name,
      idNumberMasked: detail.masked,
      institutionId: detail.institution_id,
      institutionName: detail.institution_name,
    };
  });
  items.sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime() || a.staffName.localeCompare(b.staffName));
  return { items: items.slice(0, limit), totalCount, overdueCount };
}
