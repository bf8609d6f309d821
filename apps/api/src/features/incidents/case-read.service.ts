import { isCaseConfidential } from '@xiaohu/domain';
import type { RequestContext } from '../../context';
import { recordAudit } from '../../shared/audit/audit-log';
import { pageSize } from '../../shared/graphql/connection';
import type { CaseFilter } from './case.inputs';
import type { Case, CaseConnection } from './case.type';
import {
  assertCaseFilter,
  decodeCaseCursor,
  encodeCaseCursor,
  matchingCases,
  orderedAfter,
  type CasePosition,
} from './case-list-query';
import type { CaseOrder } from './incident.enums';
import { institutionsOf, toCases } from './case-view';
import { IncidentEntity } from './incident.entity';
import { accessOf, toCaseFacts } from './incident-facts';
import type { InstitutionEntity } from '../institutions/institution.entity';
import { signedIn } from '../../shared/auth/signed-in';
import { toAccessActor } from '../../shared/auth/actor';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** One case, with the child for the need-to-know group. A confidential case's view is audited (REP-7). */
export async function readCase(context: RequestContext, id: string): Promise<Case | null> {
  const signedInActor = signedIn(context);
  return context.dataSource.transaction(async (manager) => {
    const incident = UUID.test(id) ? await manager.getRepository(IncidentEntity).findOneBy({ id }) : null;
    const actor = toAccessActor(signedInActor);
    const institution = incident
      ? (await institutionsOf(manager, [incident])).get(incident.institutionId)!
      : null;
    const access =
      incident && institution ? accessOf(incident, institution.kind, actor, context.policy).level : 'NONE';
    const confidential =
      incident && institution ? isCaseConfidential(toCaseFacts(incident, institution.kind)) : false;
    const view =
      incident && access !== 'NONE'
        ? (await toCases(manager, [incident], actor, context.clock.now(), context.policy, true))[0]
        : null;
    // Every read of a case is audited, refusals included (REP-7): never the child, only who and how much.
    // Written last in the transaction: the audit chain's head row stays locked only until the commit.
    await recordAudit(manager, signedInActor, context.clock.now(), {
      action: 'incident.read',
      outcome: access === 'NONE' ? 'NOT_FOUND' : 'OK',
      targetType: 'incident',
      targetId: id.slice(0, 64),
      details: access === 'NONE' ? null : { access, isConfidential: confidential },
    });
    return view;
  });
}

/**
 * Cases the viewer may see, in `order` (newest first by default), as a keyset connection: who may see
 * what (REP-7, REP-11, REP-8, ORG-1) and every filter (caseFilterCondition, the reporting status on the
 * stored columns) are SQL conditions, so only the page is loaded. The domain still decides FULL or
 * SUMMARY for each row of the page, and drops any row it would hide. Statements per request do not grow
 * with the page size.
 */
export async function listCases(
  context: RequestContext,
  filter: CaseFilter | null | undefined,
  first: number | null | undefined,
  after: string | null | undefined,
  selected?: ReadonlySet<string>,
  order: CaseOrder = 'RECORDED_AT_DESC',
): Promise<CaseConnection> {
  const signedInActor = signedIn(context);
  const size = pageSize(first, 20);
  assertCaseFilter(filter);
  const cursor = after ? decodeCaseCursor(order, after) : null;
  const manager = context.dataSource.manager;
  const actor = toAccessActor(signedInActor);
  const now = context.clock.now();
  const base = () => matchingCases(manager, actor, filter, now, context.policy);
  // A plain count(*) (getCount would emit COUNT(DISTINCT id)) of at most the limit plus one row, on another
  // connection beside the page: an exact count of a district's 200,000 cases on every page would cost more
  // than the page itself, so beyond the limit the answer is "more than" it.
  const limit = context.config.caseCountLimit;
  const [matching, parameters] = base()
    .select('1')
    .limit(limit + 1)
    .getQueryAndParameters();
  const [count, { rows, hasNextPage, nodes }] = await Promise.all([
    manager.query(`SELECT count(*)::int AS count FROM (${matching}) matching`, parameters) as Promise<
      { count: number }[]
    >,
    loadPage(),
  ]);
  const edges = rows.map((row, index) => ({
    cursor: encodeCaseCursor(order, { at: row.at, id: row.incident.id }),
    node: nodes[index],
  }));
  const counted = count[0]?.count ?? 0;
  return {
    edges,
    pageInfo: { hasNextPage, endCursor: edges.at(-1)?.cursor ?? null },
    totalCount: Math.min(counted, limit),
    isTotalCountCapped: counted > limit,
  };

  async function loadPage() {
    // Keyset: rows strictly after the cursor, in order; the cursor keeps the database's microseconds.
    const institutions = new Map<string, InstitutionEntity>();
    const page: { incident: IncidentEntity; at: string | null }[] = [];
    let position: CasePosition | null = cursor;
    let isExhausted = false;
    while (page.length <= size && !isExhausted) {
      const query = orderedAfter(base(), order, position).limit(size + 1 - page.length);
      const { entities, raw } = await query.getRawAndEntities<{ cursor_at: string | null }>();
      isExhausted = entities.length < size + 1 - page.length;
      if (entities.length === 0) break;
      // The page's institutions, once: for the policy's answer here and for the views below.
      const missing = entities.filter((i) => !institutions.has(i.institutionId));
      for (const [id, institution] of await institutionsOf(manager, missing))
        institutions.set(id, institution);
      entities.forEach((incident, index) => {
        const kind = institutions.get(incident.institutionId)!.kind;
        if (accessOf(incident, kind, actor, context.policy).level !== 'NONE')
          page.push({ incident, at: raw[index].cursor_at });
      });
      position = { at: raw[entities.length - 1].cursor_at, id: entities[entities.length - 1].id };
    }
    const hasNextPage = page.length > size;
    const rows = page.slice(0, size);
    const nodes = await toCases(
      manager,
      rows.map((r) => r.incident),
      actor,
      now,
      context.policy,
      false,
      institutions,
      selected,
    );
    return { rows, hasNextPage, nodes };
  }
}
