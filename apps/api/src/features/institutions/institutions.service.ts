import { INSTITUTION_KINDS, supervisingSection, type DistrictPolicy } from '@xiaohu/domain';
import type { RequestContext } from '../../context';
import { recordAudit } from '../../shared/audit/audit-log';
import { scopeOfActor, type SignedInActor } from '../../shared/auth/actor';
import { scopeCondition, SqlParameters } from '../../shared/auth/institution-scope';
import { decodeCursor, encodeCursor, pageSize } from '../../shared/graphql/connection';
import { INSTITUTION_COLUMNS, institutionFacts, type InstitutionRow } from './institution.sql';
import type { InstitutionConnection, InstitutionFilter } from './institution-connection.type';
import { toInstitution, type Institution } from './institution.type';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function signedIn(context: RequestContext): SignedInActor {
  // The access guard runs first; reaching here without an actor is a bug.
  if (!context.auth.actor) throw new Error('Service called without a signed-in actor');
  return context.auth.actor;
}

/** The filter's conditions on the alias `i`, added to `conditions`. */
function filterConditions(
  filter: InstitutionFilter | null | undefined,
  policy: DistrictPolicy,
  parameters: SqlParameters,
  conditions: string[],
): void {
  const search = filter?.search?.trim();
  if (search) {
    const pattern = parameters.add(`%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
    conditions.push(`(i.name ILIKE ${pattern} OR i.address ILIKE ${pattern})`);
  }
  if (filter?.kind) conditions.push(`i.kind = ${parameters.add(filter.kind)}`);
  if (filter?.section) {
    const section = filter.section;
    const kinds = INSTITUTION_KINDS.filter((kind) => supervisingSection(kind, policy).unit === section);
    conditions.push(kinds.length === 0 ? 'FALSE' : `i.kind = ANY(${parameters.add(kinds)}::varchar[])`);
  }
}

/** A page of the institutions the actor may see, in name order (keyset on name, id). */
export async function listInstitutions(
  context: RequestContext,
  filter: InstitutionFilter | null | undefined,
  first: number | null | undefined,
  after: string | null | undefined,
): Promise<InstitutionConnection> {
  const actor = signedIn(context);
  const size = pageSize(first, 20);
  const cursor = after ? decodeCursor(after, ['text', 'uuid']) : null;

  const parameters = new SqlParameters();
  const conditions: string[] = [];
  const inScope = scopeCondition(scopeOfActor(actor, context.policy), 'i', parameters);
  if (inScope) conditions.push(inScope);
  filterConditions(filter, context.policy, parameters, conditions);
  const where = conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : '';
  const countValues = [...parameters.values];
  const afterKey = cursor
    ? `${where ? `${where} AND` : 'WHERE'} (i.name, i.id) > (${parameters.add(String(cursor[0]))}, ${parameters.add(String(cursor[1]))}::uuid)`
    : where;

  // One after the other: a request holds one pooled connection at a time.
  const rows: InstitutionRow[] = await context.dataSource.query(
    `SELECT ${INSTITUTION_COLUMNS} FROM institution i ${afterKey} ORDER BY i.name, i.id LIMIT ${size + 1}`,
    parameters.values,
  );
  const [{ total }] = (await context.dataSource.query(
    `SELECT count(*)::int AS total FROM institution i ${where}`,
    countValues,
  )) as [{ total: number }];
  const page = rows.slice(0, size);
  const edges = page.map((row) => ({
    cursor: encodeCursor([row.name, row.id]),
    node: toInstitution(institutionFacts(row), context.policy),
  }));
  return {
    edges,
    pageInfo: { hasNextPage: rows.length > size, endCursor: edges.at(-1)?.cursor ?? null },
    totalCount: total,
  };
}

/**
 * One institution's detail, audited as a sensitive read. Out of scope answers exactly like
 * "does not exist" (null), and both are audited as NOT_FOUND.
 */
export async function readInstitution(context: RequestContext, id: string): Promise<Institution | null> {
  const actor = signedIn(context);
  return context.dataSource.transaction(async (manager) => {
    let found: InstitutionRow | undefined;
    if (UUID.test(id)) {
      const parameters = new SqlParameters();
      const conditions = [`i.id = ${parameters.add(id)}::uuid`];
      const inScope = scopeCondition(scopeOfActor(actor, context.policy), 'i', parameters);
      if (inScope) conditions.push(inScope);
      const rows: InstitutionRow[] = await manager.query(
        `SELECT ${INSTITUTION_COLUMNS} FROM institution i WHERE ${conditions.join(' AND ')}`,
        parameters.values,
      );
      found = rows[0];
    }
    await recordAudit(manager, actor, context.clock.now(), {
      action: 'institution.read',
      targetType: 'institution',
      targetId: id.slice(0, 64),
      outcome: found ? 'OK' : 'NOT_FOUND',
    });
    return found ? toInstitution(institutionFacts(found), context.policy) : null;
  });
}
