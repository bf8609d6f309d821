import {
  INSTITUTION_KINDS,
  responsibleUnits,
  supervisingSection,
  type InstitutionKind,
  type StaffRole,
} from '@xiaohu/domain';
import type { RequestContext } from '../../context';
import { scopeOfActor } from '../../shared/auth/actor';
import { decodeCursor, encodeCursor } from '../../shared/graphql/connection';
import { badUserInputError } from '../../shared/graphql/errors';
import type { DueCheck, DueCheckFilter, DueCheckList } from './due-check.type';
import { DUE_CHECK_KINDS, type DueCheckKind } from './staff.enums';
import { signedIn, staffInScope, UUID } from './staff-scope';

interface Row {
  id: string;
  name: string;
  masked: string;
  role: StaffRole;
  institution_id: string;
  institution_name: string;
  institution_kind: InstitutionKind;
  due_at: Date;
  last_at: Date | null;
}

// Per kind: the stored due column (refreshStaffDueDates keeps it equal to inServiceDueDates) and the
// last event it was computed from, looked up only for the rows of the page.
const KINDS = {
  RECHECK: {
    column: 'staff.recheck_due_at',
    ruleId: 'VET-9',
    lastAt:
      "(SELECT max(vc.checked_at) FROM vetting_check vc WHERE vc.staff_id = staff.id AND vc.check = 'IN_SERVICE_RECHECK' AND vc.checked_at <= :dueNow)",
  },
  REMINDER_INTERVIEW: {
    column: 'staff.interview_due_at',
    ruleId: 'VET-10',
    lastAt:
      '(SELECT max(ri.interviewed_at) FROM reminder_interview ri WHERE ri.staff_id = staff.id AND ri.interviewed_at <= :dueNow)',
  },
} as const;

/** Where a page of the merged list starts: after this (due, staff id, kind). */
interface DuePosition {
  dueAt: string;
  staffId: string;
  kind: DueCheckKind;
}

const STREET_MAX_LENGTH = 40;

const kindRank = (kind: DueCheckKind) => DUE_CHECK_KINDS.indexOf(kind);

function encodeDueCursor(item: DueCheck): string {
  return encodeCursor([item.dueAt.toISOString(), item.staffId, item.kind]);
}

function decodeDueCursor(cursor: string): DuePosition {
  const [dueAt, staffId, kind] = decodeCursor(cursor, ['instant', 'uuid', 'text']);
  if (!(DUE_CHECK_KINDS as readonly string[]).includes(kind)) throw badUserInputError('Invalid cursor');
  return { dueAt, staffId, kind: kind as DueCheckKind };
}

/**
 * VET-9, VET-10: re-checks and reminder interviews due for active staff in scope, soonest first (ties by
 * staff id, then kind), as keyset pages. Per kind, one statement pages on the stored due date's index
 * (ORDER BY due, id LIMIT n + 1, after the cursor) and one counts on the same index; the two pages are
 * merged here. Four statements at most, any page size.
 */
export async function listDueChecks(
  context: RequestContext,
  filter: DueCheckFilter | null | undefined,
  first: number | null | undefined,
  after?: string | null,
): Promise<DueCheckList> {
  const actor = signedIn(context);
  const limit = first ?? 100;
  if (!Number.isInteger(limit) || limit < 1 || limit > 200)
    throw badUserInputError('first must be between 1 and 200');
  const position = after ? decodeDueCursor(after) : null;
  const { policy } = context;
  const now = context.clock.now();
  const street = filter?.street ?? null;
  if (street !== null && (street.trim() === '' || street.length > STREET_MAX_LENGTH))
    throw badUserInputError(`street must be 1 to ${STREET_MAX_LENGTH} characters`);
  const sectionKinds = filter?.section
    ? INSTITUTION_KINDS.filter((kind) => supervisingSection(kind, policy).unit === filter.section)
    : null;
  const institutionKind = filter?.institutionKind ?? null;
  // The same institution conditions as the dashboard's staff figures (oversight institutionConditions).
  const filtersInstitution = sectionKinds !== null || institutionKind !== null || street !== null;

  // The page reads the institution; a count joins it only when the scope or a filter needs it.
  const inScope = (kind: DueCheckKind, readsInstitution: boolean) => {
    const due = KINDS[kind].column;
    const query = staffInScope(context.dataSource.manager, actor, policy);
    if (!query.expressionMap.joinAttributes.length && (readsInstitution || filtersInstitution))
      query.innerJoin('staff.institution', 'institution');
    // Both conditions name the partial index's predicate: the planner may use it.
    query.andWhere("staff.status = 'ACTIVE'").andWhere(`${due} IS NOT NULL`);
    query.setParameter('dueNow', now);
    if (filter?.institutionId) {
      if (!UUID.test(filter.institutionId)) query.andWhere('FALSE');
      else query.andWhere('staff.institution_id = :institutionId', { institutionId: filter.institutionId });
    }
    if (sectionKinds) {
      if (sectionKinds.length === 0) query.andWhere('FALSE');
      else query.andWhere('institution.kind IN (:...sectionKinds)', { sectionKinds });
    }
    if (institutionKind) query.andWhere('institution.kind = :institutionKind', { institutionKind });
    if (street !== null) query.andWhere('institution.street = :street', { street });
    if (filter?.dueBefore) query.andWhere(`${due} < :dueBefore`, { dueBefore: filter.dueBefore });
    // Overdue means now is past the due instant, as inServiceDueDates says.
    if (filter?.isOverdue === true) query.andWhere(`${due} < :dueNow`);
    if (filter?.isOverdue === false) query.andWhere(`${due} >= :dueNow`);
    return query;
  };

  // A kind no institution in view can have is not asked for (e.g. re-checks for 基教科's schools): its
  // index would be walked to the end for nothing.
  const scope = scopeOfActor(actor, policy);
  const kindsInView = INSTITUTION_KINDS.filter(
    (kind) =>
      (scope.type !== 'KINDS' || scope.kinds.includes(kind)) &&
      (!sectionKinds || sectionKinds.includes(kind)) &&
      (!institutionKind || institutionKind === kind),
  );
  const kinds = (['RECHECK', 'REMINDER_INTERVIEW'] as const).filter(
    (k) =>
      (!filter?.kind || filter.kind === k) &&
      kindsInView.some(
        (kind) => k !== 'RECHECK' || responsibleUnits('IN_SERVICE_STAFF_CHECKS', kind, policy).length > 0,
      ),
  );
  const items: DueCheck[] = [];
  let totalCount = 0;
  let overdueCount = 0;
  // One after the other: they share the request's connection.
  for (const kind of kinds) {
    const { column, lastAt, ruleId } = KINDS[kind];
    const page = inScope(kind, true);
    if (position) {
      // Same due and staff as the cursor: this kind comes after the cursor's only if it ranks after it.
      const comparison = kindRank(kind) > kindRank(position.kind) ? '>=' : '>';
      page.andWhere(`(${column}, staff.id) ${comparison} (:afterDue::timestamptz, :afterStaff::uuid)`, {
        afterDue: position.dueAt,
        afterStaff: position.staffId,
      });
    }
    const rows = await page
      .select('staff.id', 'id')
      .addSelect('staff.name', 'name')
      .addSelect('staff.id_number_masked', 'masked')
      .addSelect('staff.role', 'role')
      .addSelect('staff.institution_id', 'institution_id')
      .addSelect('institution.name', 'institution_name')
      .addSelect('institution.kind', 'institution_kind')
      .addSelect(column, 'due_at')
      .addSelect(lastAt, 'last_at')
      .orderBy(column, 'ASC')
      .addOrderBy('staff.id', 'ASC')
      .limit(limit + 1)
      .getRawMany<Row>();
    const counts = await inScope(kind, false)
      .select('count(*)::int', 'total')
      .addSelect(`(count(*) FILTER (WHERE ${column} < :dueNow))::int`, 'overdue')
      .getRawOne<{ total: number; overdue: number }>();
    totalCount += counts?.total ?? 0;
    overdueCount += counts?.overdue ?? 0;
    for (const row of rows) {
      items.push({
        kind,
        staffId: row.id,
        staffName: row.name,
        idNumberMasked: row.masked,
        role: row.role,
        institutionId: row.institution_id,
        institutionName: row.institution_name,
        lastAt: row.last_at,
        dueAt: row.due_at,
        isOverdue: now.getTime() > row.due_at.getTime(),
        ruleId,
        supervisedBy:
          kind === 'RECHECK'
            ? responsibleUnits('IN_SERVICE_STAFF_CHECKS', row.institution_kind, policy).map((r) => r.unit)
            : [],
      });
    }
  }
  // uuid order in PostgreSQL is the order of the lower-case text.
  items.sort(
    (a, b) =>
      a.dueAt.getTime() - b.dueAt.getTime() ||
      (a.staffId < b.staffId ? -1 : a.staffId > b.staffId ? 1 : 0) ||
      kindRank(a.kind) - kindRank(b.kind),
  );
  const page = items.slice(0, limit);
  return {
    items: page,
    totalCount,
    overdueCount,
    pageInfo: {
      hasNextPage: items.length > limit,
      endCursor: page.length > 0 ? encodeDueCursor(page[page.length - 1]) : null,
    },
  };
}
