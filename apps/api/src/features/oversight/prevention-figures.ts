import {
  FULL_ONE_TO_ONE_MONITORING_KINDS,
  hazardListFilter,
  inspectionCampaignsAccess,
  readsMonitoredPlaces,
  riskSubjectsAccess,
} from '@xiaohu/domain';
import type { EntityManager } from 'typeorm';
import { bind, institutionConditions, type OversightQuery, type Parameters } from './oversight-scope';

// The prevention figures of issue 11 (PRV-1 to PRV-3), one statement over the institutions in the
// viewer's scope and the dashboard's filters. A figure whose list the viewer does not read is null, so
// that a figure never counts rows its link would not show.

/** The prevention figures over the scope, null where the viewer does not read the list behind one. */
export interface PreventionTotals {
  hazardsOpen: number | null;
  hazardsOverdue: number | null;
  /** Hazards verified as rectified in the period, and those of them rectified by their due date. */
  rectified: number | null;
  rectifiedOnTime: number | null;
  /** Institutions covered by campaigns running now, and those whose self-inspection is submitted. */
  campaignCovered: number | null;
  campaignDone: number | null;
  oneToOneUnmonitored: number | null;
  surroundingsOpen: number | null;
}

/** Which of the lists behind the prevention figures the viewer reads (their own policies decide). */
export function preventionListsOf(q: Pick<OversightQuery, 'actor' | 'policy'>) {
  return {
    hazards: hazardListFilter(q.actor, q.policy).institutions !== null,
    campaigns: inspectionCampaignsAccess(q.actor).scope !== null,
    places: readsMonitoredPlaces(q.actor),
    surroundings: riskSubjectsAccess(q.actor, q.policy).scope !== null,
  };
}

const UNRECTIFIED = 'h.rectified_at IS NULL';

/** The per-institution prevention columns for a CTE over `inst` (ids in scope): the table's part. */
export function preventionColumnsByInstitution(): string {
  return `SELECT h.institution_id, count(*) FILTER (WHERE ${UNRECTIFIED} AND h.due_at < :ovNow)::int AS hazards_overdue
    FROM hazard h WHERE h.institution_id IN (SELECT id FROM inst) GROUP BY h.institution_id`;
}

/** PRV-1, PRV-2, PRV-3: the prevention figures over the scope and filters (q.institutionId for one card). */
export async function preventionTotals(manager: EntityManager, q: OversightQuery): Promise<PreventionTotals> {
  const lists = preventionListsOf(q);
  const parameters: Parameters = {
    ovNow: q.now,
    ovStart: q.range.start,
    ovEnd: q.range.end,
    ovFullMonitoring: [...FULL_ONE_TO_ONE_MONITORING_KINDS],
  };
  const conditions = institutionConditions(q, 'i', parameters);
  const [sql, values] = bind(
    manager,
    `WITH inst AS (SELECT i.id, i.kind FROM institution i ${conditions.length ? `WHERE ${conditions.join(' AND ')}` : ''}),
     h AS (SELECT count(*) FILTER (WHERE ${UNRECTIFIED})::int AS open,
             count(*) FILTER (WHERE ${UNRECTIFIED} AND h.due_at < :ovNow)::int AS overdue,
             count(*) FILTER (WHERE h.rectified_at >= :ovStart AND h.rectified_at < :ovEnd)::int AS rectified,
             count(*) FILTER (WHERE h.rectified_at >= :ovStart AND h.rectified_at < :ovEnd
                              AND h.rectified_at <= h.due_at)::int AS on_time
           FROM hazard h WHERE h.institution_id IN (SELECT id FROM inst)),
     c AS (SELECT count(*)::int AS covered,
             count(*) FILTER (WHERE EXISTS (SELECT 1 FROM inspection x WHERE x.campaign_id = ci.campaign_id
               AND x.institution_id = ci.institution_id AND x.kind = 'SELF' AND x.submitted_at IS NOT NULL))::int AS done
           FROM inspection_campaign_institution ci JOIN inspection_campaign cc ON cc.id = ci.campaign_id
           WHERE ci.institution_id IN (SELECT id FROM inst) AND cc.starts_at <= :ovNow AND cc.ends_at > :ovNow)
     SELECT h.open, h.overdue, h.rectified, h.on_time, c.covered, c.done,
       (SELECT count(*)::int FROM monitored_place p JOIN inst ON inst.id = p.institution_id
         WHERE p.kind = 'ONE_TO_ONE_ROOM' AND NOT p.is_monitored AND inst.kind IN (:...ovFullMonitoring)) AS unmonitored,
       (SELECT count(*)::int FROM risk_subject r WHERE r.institution_id IN (SELECT id FROM inst)
         AND r.status <> 'CLOSED') AS surroundings
     FROM h, c`,
    parameters,
  );
  const [row]: Record<string, number>[] = await manager.query(sql, values);
  const when = (allowed: boolean, value: number | undefined) => (allowed ? Number(value ?? 0) : null);
  return {
    hazardsOpen: when(lists.hazards, row?.open),
    hazardsOverdue: when(lists.hazards, row?.overdue),
    rectified: when(lists.hazards, row?.rectified),
    rectifiedOnTime: when(lists.hazards, row?.on_time),
    campaignCovered: when(lists.campaigns, row?.covered),
    campaignDone: when(lists.campaigns, row?.done),
    oneToOneUnmonitored: when(lists.places, row?.unmonitored),
    surroundingsOpen: when(lists.surroundings, row?.surroundings),
  };
}
