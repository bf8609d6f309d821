import type { InstitutionKind } from '@xiaohu/domain';
import type { EntityManager } from 'typeorm';
import { countGaps, gapTotalsOf, type GapTotals } from '../care-gaps/gap-figures';
import { bind, institutionConditions, type OversightQuery, type Parameters } from './oversight-scope';

/**
 * PRV-2, PRV-5 to PRV-10 (issue 12): the gaps found from the records of the institutions in the viewer's
 * scope and the dashboard's filters, counted where careRecordsAccess lets the viewer count them. The rules
 * are the domain's (preventionGapsFromRecords), so the figure is computed over the loaded records, one
 * statement per table, not as one SQL aggregate.
 */
export async function careGapTotals(manager: EntityManager, q: OversightQuery): Promise<GapTotals> {
  const parameters: Parameters = {};
  const conditions = institutionConditions(q, 'i', parameters);
  const [sql, values] = bind(
    manager,
    `SELECT i.id, i.kind FROM institution i ${conditions.length ? `WHERE ${conditions.join(' AND ')}` : ''} ORDER BY i.id`,
    parameters,
  );
  const institutions: { id: string; kind: InstitutionKind }[] = await manager.query(sql, values);
  const counts = await countGaps((text, p) => manager.query(text, p), institutions, q.actor, q.now, q.policy);
  return gapTotalsOf(counts, institutions.length);
}
