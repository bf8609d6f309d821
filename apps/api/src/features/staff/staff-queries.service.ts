import { isValidResidentId } from '@xiaohu/domain';
import type { SelectQueryBuilder } from 'typeorm';
import type { RequestContext } from '../../context';
import { recordAudit } from '../../shared/audit/audit-log';
import { decodeCursor, encodeCursor, pageSize } from '../../shared/graphql/connection';
import { idNumberCipher } from './id-number';
import type { StaffMemberEntity } from './staff-member.entity';
import type { StaffFilter } from './staff.inputs';
import { staffLoaders } from './staff.loaders';
import { findStaffInScope, signedIn, staffInScope, toStaffMember, UUID } from './staff-scope';
import type { StaffConnection, StaffMember, VettingDecision } from './staff.type';
import { decide, toVettingDecision } from './vetting-facts';
import { staffAccessOf } from './staff-policy';

const MASKED = /^\d{4}\*{10}\d{3}[\dX]$/i;
const LAST_FOUR = /^\d{3}[\dX]$/i;
/** Digits, X and asterisks with at least one digit or asterisk: the start of a masked number. */
const ID_PART = /^(?=.*[\d*])[\dX*]+$/i;

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * A name search that an index answers. Two characters or more: the name's bigrams (GIN,
 * staff_member_name_bigrams_idx) contain the query's, then LIKE confirms the substring on those rows;
 * the same SQL function makes both sets of bigrams, so Latin letters match in any case. One character:
 * names starting with it (btree), what a user typing one surname character means.
 */
function whereNameMatches(query: SelectQueryBuilder<StaffMemberEntity>, search: string): void {
  if ([...search].length === 1) {
    const prefixes = [...new Set([search, search.toLowerCase(), search.toUpperCase()])];
    query.andWhere(`(${prefixes.map((_, i) => `staff.name LIKE :namePrefix${i}`).join(' OR ')})`);
    prefixes.forEach((prefix, i) => query.setParameter(`namePrefix${i}`, `${escapeLike(prefix)}%`));
    return;
  }
  query
    .andWhere('staff.name_bigrams @> staff_name_bigrams(:nameSearch)', { nameSearch: search })
    .andWhere('lower(staff.name) LIKE lower(:namePattern)', { namePattern: `%${escapeLike(search)}%` });
}

function applyFilter(
  query: SelectQueryBuilder<StaffMemberEntity>,
  filter: StaffFilter | null | undefined,
  context: RequestContext,
): SelectQueryBuilder<StaffMemberEntity> {
  if (filter?.institutionId) {
    if (!UUID.test(filter.institutionId)) query.andWhere('FALSE');
    else query.andWhere('staff.institution_id = :institutionId', { institutionId: filter.institutionId });
  }
  if (filter?.status) query.andWhere('staff.status = :status', { status: filter.status });
  if (filter?.role) query.andWhere('staff.role = :role', { role: filter.role });
  const search = filter?.search?.replace(/\s+/g, '') ?? '';
  if (search) {
    if (isValidResidentId(search)) {
      // A full number is matched by its keyed hash: never stored or compared in clear.
      query.andWhere('staff.id_number_hash = :hash', { hash: idNumberCipher(context.config).hash(search) });
    } else if (MASKED.test(search)) {
      query.andWhere('staff.id_number_masked = :masked', { masked: search.toUpperCase() });
    } else if (LAST_FOUR.test(search)) {
      query.andWhere('right(staff.id_number_masked, 4) = :lastFour', { lastFour: search.toUpperCase() });
    } else if (ID_PART.test(search)) {
      query.andWhere('staff.id_number_masked LIKE :maskedPrefix', {
        maskedPrefix: `${escapeLike(search.toUpperCase())}%`,
      });
    } else {
      whereNameMatches(query, search);
    }
  }
  return query;
}

/** A page of the staff the actor may see, in name order (keyset on name, id). */
export async function listStaff(
  context: RequestContext,
  filter: StaffFilter | null | undefined,
  first: number | null | undefined,
  after: string | null | undefined,
): Promise<StaffConnection> {
  const actor = signedIn(context);
  const size = pageSize(first, 20);
  const cursor = after ? decodeCursor(after, ['text', 'uuid']) : null;
  const base = () =>
    applyFilter(staffInScope(context.dataSource.manager, actor, context.policy), filter, context);
  const pageQuery = base();
  // The page brings its institutions (already limited to the scope): the institution field needs no query.
  if (!pageQuery.expressionMap.joinAttributes.length) pageQuery.innerJoin('staff.institution', 'institution');
  pageQuery
    .addSelect('institution')
    .orderBy('staff.name', 'ASC')
    .addOrderBy('staff.id', 'ASC')
    .limit(size + 1);
  if (cursor) {
    pageQuery.andWhere('(staff.name, staff.id) > (:afterName, :afterId)', {
      afterName: String(cursor[0]),
      afterId: String(cursor[1]),
    });
  }
  // One after the other: both run on the request's transaction, i.e. one connection.
  const rows = await pageQuery.getMany();
  // count(*), not getCount's COUNT(DISTINCT id): the join is many-to-one, rows cannot repeat.
  const counted = await base().select('count(*)::int', 'n').getRawOne<{ n: number }>();
  const totalCount = counted?.n ?? 0;
  for (const row of rows) {
    if (row.institution) context.loaders.institutionById.prime(row.institutionId, row.institution);
  }
  const page = rows.slice(0, size);
  const edges = page.map((row) => ({ cursor: encodeCursor([row.name, row.id]), node: toStaffMember(row) }));
  return {
    edges,
    pageInfo: { hasNextPage: rows.length > size, endCursor: edges.at(-1)?.cursor ?? null },
    totalCount,
  };
}

/** One staff member, audited as a sensitive read; out of scope answers like missing. */
export async function readStaffMember(context: RequestContext, id: string): Promise<StaffMember | null> {
  const actor = signedIn(context);
  return context.dataSource.transaction(async (manager) => {
    const found = await findStaffInScope(manager, actor, context.policy, id);
    await recordAudit(manager, actor, context.clock.now(), {
      action: 'staff.read',
      targetType: 'staff',
      targetId: id.slice(0, 64),
      outcome: found ? 'OK' : 'NOT_FOUND',
    });
    return found ? toStaffMember(found) : null;
  });
}

/** The vetting decision of one staff member in scope, or null. */
export async function readVettingDecision(
  context: RequestContext,
  staffId: string,
): Promise<VettingDecision | null> {
  const actor = signedIn(context);
  const staff = await findStaffInScope(context.dataSource.manager, actor, context.policy, staffId);
  if (!staff) return null;
  const facts = await staffLoaders(context).factsByStaffId.load(staff.id);
  if (!facts) return null;
  const now = context.clock.now();
  return toVettingDecision(
    decide(staff, facts, now, context.policy),
    staffAccessOf(staff, facts, actor, now, context.policy).recordableChecks,
  );
}
