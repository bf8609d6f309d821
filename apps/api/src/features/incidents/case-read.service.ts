import { isConfidential, type IncidentActor } from '@xiaohu/domain';
import type { RequestContext } from '../../context';
import { recordAudit } from '../../shared/audit/audit-log';
import { decodeCursor, encodeCursor, pageSize } from '../../shared/graphql/connection';
import type { CaseFilter } from './case.inputs';
import type { Case, CaseConnection } from './case.type';
import { accessOf, institutionsOf, toCases } from './case-view';
import { IncidentEntity } from './incident.entity';
import { toIncidentActor, toIncidentFacts } from './incident-facts';
import { signedIn } from './incidents.service';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** One case, with the child for the need-to-know group. A confidential case's view is audited (REP-7). */
export async function readCase(context: RequestContext, id: string): Promise<Case | null> {
  const signedInActor = signedIn(context);
  return context.dataSource.transaction(async (manager) => {
    const incident = UUID.test(id) ? await manager.getRepository(IncidentEntity).findOneBy({ id }) : null;
    const actor = await toIncidentActor(manager, signedInActor);
    const institution = incident ? (await institutionsOf(manager, [incident])).get(incident.institutionId)! : null;
    const access = incident && institution ? accessOf(incident, institution.kind, actor, context.policy) : 'NONE';
    const confidential = incident && institution ? isConfidential(toIncidentFacts(incident, institution.kind)) : false;
    if (!incident || confidential || access === 'NONE') {
      await recordAudit(manager, signedInActor, context.clock.now(), {
        action: 'incident.read',
        outcome: access === 'NONE' ? 'NOT_FOUND' : 'OK',
        targetType: 'incident',
        targetId: id.slice(0, 64),
        details: access === 'NONE' ? null : { access, isConfidential: confidential },
      });
    }
    if (!incident || access === 'NONE') return null;
    const [view] = await toCases(manager, [incident], actor, context.clock.now(), context.policy, true);
    return view;
  });
}

/**
 * Cases the viewer may see, newest first. The domain decides visibility per case, so the candidates
 * (a light query) are filtered in memory before the page is loaded.
 */
export async function listCases(
  context: RequestContext,
  filter: CaseFilter | null | undefined,
  first: number | null | undefined,
  after: string | null | undefined,
): Promise<CaseConnection> {
  const signedInActor = signedIn(context);
  const size = pageSize(first, 20);
  const cursor = after ? decodeCursor(after, 2) : null;
  const manager = context.dataSource.manager;
  const actor: IncidentActor = await toIncidentActor(manager, signedInActor);
  const query = manager.getRepository(IncidentEntity).createQueryBuilder('incident');
  if (signedInActor.institutionId) query.andWhere('incident.institution_id = :own', { own: signedInActor.institutionId });
  if (filter?.institutionId) query.andWhere('incident.institution_id = :institutionId', { institutionId: UUID.test(filter.institutionId) ? filter.institutionId : null });
  if (filter?.states?.length) query.andWhere('incident.state IN (:...states)', { states: filter.states });
  if (filter?.hasBreach !== undefined && filter?.hasBreach !== null) {
    const exists = `EXISTS (SELECT 1 FROM incident_breach b WHERE b.incident_id = incident.id)`;
    query.andWhere(filter.hasBreach ? exists : `NOT ${exists}`);
  }
  const candidates = await query.orderBy('incident.recorded_at', 'DESC').addOrderBy('incident.id', 'DESC').getMany();
  const institutions = await institutionsOf(manager, candidates);
  let visible = candidates.filter((i) => accessOf(i, institutions.get(i.institutionId)!.kind, actor, context.policy) !== 'NONE');
  let views: Case[] | null = null;
  if (filter?.status) {
    // The status is the domain's assessment at now: computed on the views.
    views = await toCases(manager, visible, actor, context.clock.now(), context.policy, false);
    const keep = new Set(views.filter((v) => v.reporting.status === filter.status).map((v) => v.id));
    visible = visible.filter((i) => keep.has(i.id));
  }
  const totalCount = visible.length;
  const start = cursor
    ? visible.findIndex((i) => i.recordedAt.toISOString() < String(cursor[0]) || (i.recordedAt.toISOString() === String(cursor[0]) && i.id < String(cursor[1])))
    : 0;
  const page = start < 0 ? [] : visible.slice(start, start + size);
  const hasNextPage = start >= 0 && start + size < visible.length;
  const byId = new Map((views ?? []).map((v) => [v.id, v]));
  const nodes = views ? page.map((i) => byId.get(i.id)!) : await toCases(manager, page, actor, context.clock.now(), context.policy, false);
  const edges = page.map((incident, index) => ({ cursor: encodeCursor([incident.recordedAt.toISOString(), incident.id]), node: nodes[index] }));
  return { edges, pageInfo: { hasNextPage, endCursor: edges.at(-1)?.cursor ?? null }, totalCount };
}

