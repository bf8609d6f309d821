import type { AccessActor, DistrictPolicy } from '@xiaohu/domain';
import type { EntityManager, SelectQueryBuilder } from 'typeorm';
import { decodeCursor, encodeCursor, isValidCursorPart } from '../../shared/graphql/connection';
import { badUserInputError } from '../../shared/graphql/errors';
import { caseFilterCondition, caseFilterProblem, type CaseFilterValues } from './case-filter-conditions';
import { whereCaseVisible } from './case-scope';
import type { CaseOrder } from './incident.enums';
import { IncidentEntity } from './incident.entity';

/** Where a keyset page starts: after this sort key (null for a case without a police deadline) and id. */
export interface CasePosition {
  at: string | null;
  id: string;
}

interface OrderSpec {
  column: string;
  direction: 'ASC' | 'DESC';
  /** The column may be null; nulls sort last. */
  isNullable: boolean;
}

const ORDERS: Record<CaseOrder, OrderSpec> = {
  RECORDED_AT_DESC: { column: 'incident.recorded_at', direction: 'DESC', isNullable: false },
  RECORDED_AT_ASC: { column: 'incident.recorded_at', direction: 'ASC', isNullable: false },
  POLICE_DUE_ASC: { column: 'incident.police_report_due_at', direction: 'ASC', isNullable: true },
};

const NO_KEY = '-';

/** A cursor names its order, so that a cursor of one order is refused by another. */
export function encodeCaseCursor(order: CaseOrder, position: CasePosition): string {
  return encodeCursor([order, position.at ?? NO_KEY, position.id]);
}

/** The position of a cursor this API made for `order`, or BAD_USER_INPUT. */
export function decodeCaseCursor(order: CaseOrder, cursor: string): CasePosition {
  const [cursorOrder, at, id] = decodeCursor(cursor, ['text', 'text', 'uuid']);
  const isNullKey = at === NO_KEY && ORDERS[order].isNullable;
  if (cursorOrder !== order || (!isNullKey && !isValidCursorPart(at, 'instant')))
    throw badUserInputError('Invalid cursor');
  return { at: isNullKey ? null : at, id };
}

/** Refuses a filter that cannot be asked (BAD_USER_INPUT with the reason). */
export function assertCaseFilter(filter: CaseFilterValues | null | undefined): void {
  const problem = caseFilterProblem(filter);
  if (problem) throw badUserInputError(problem);
}

/**
 * The cases `actor` may see that match `filter` (caseFilterCondition and whereCaseVisible), with no
 * order: the page, the count and the export start from it.
 */
export function matchingCases(
  manager: EntityManager,
  actor: AccessActor,
  filter: CaseFilterValues | null | undefined,
  now: Date,
  policy: DistrictPolicy,
): SelectQueryBuilder<IncidentEntity> {
  const query = manager.getRepository(IncidentEntity).createQueryBuilder('incident');
  const condition = caseFilterCondition(filter, now, policy);
  if (condition.sql !== 'TRUE') query.andWhere(condition.sql, condition.parameters);
  return whereCaseVisible(query, actor, policy);
}

/**
 * Orders `query` by `order` (ties by id in the same direction) and keeps the rows strictly after
 * `position`; selects the sort key as `cursor_at` with the database's microseconds.
 */
export function orderedAfter(
  query: SelectQueryBuilder<IncidentEntity>,
  order: CaseOrder,
  position: CasePosition | null,
): SelectQueryBuilder<IncidentEntity> {
  const { column, direction, isNullable } = ORDERS[order];
  query
    .addSelect(`to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`, 'cursor_at')
    .orderBy(column, direction, isNullable ? 'NULLS LAST' : undefined)
    .addOrderBy('incident.id', direction);
  if (!position) return query;
  const after = { afterAt: position.at, afterId: position.id };
  const comparison = direction === 'DESC' ? '<' : '>';
  if (position.at === null) {
    // Past the last dated row: only the undated rows after this id remain (nulls last).
    return query.andWhere(`(${column} IS NULL AND incident.id > :afterId::uuid)`, after);
  }
  const keyset = `(${column}, incident.id) ${comparison} (:afterAt::timestamptz, :afterId::uuid)`;
  return query.andWhere(isNullable ? `(${keyset} OR ${column} IS NULL)` : keyset, after);
}
