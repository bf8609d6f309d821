import {
  assessReporting,
  reportingDeadlines,
  requiresPoliceReport,
  type BreachCode,
  type DistrictPolicy,
  type ReportingStatus,
} from '@xiaohu/domain';
import type { EntityManager } from 'typeorm';
import type { IncidentExternalSourceEntity } from './incident-external-source.entity';
import { toTimeline, type ReportingFactsOf } from './incident-facts';

/**
 * Stored reporting state (issue 15): `incident.reporting_status`, `police_report_due_at` and
 * `has_breach`, so the cases list filters in SQL instead of assessing every visible case.
 *
 * Invariant: the stored columns are the domain's assessment (reportingOf) at the instant of the
 * case's last write. refreshStoredReporting runs in the transaction of every command that changes a
 * case and in the POLICE_DEADLINE_MISSED job (incident-alerts.ts) at the police deadline. Between two
 * writes only one thing changes with `now`: REP-3's LATE_REPORT, which assessReporting finds once
 * `now` is strictly after the police deadline for a required report not yet made. So at any `now`
 * the status is the stored one, except that AWAITING_POLICE_REPORT with `police_report_due_at < now`
 * is IN_BREACH (the job flips the stored value within seconds; until then the SQL reads it so).
 * Nothing else in the assessment depends on `now`; a change of the district's deadlines needs a
 * refreshStoredReporting of every case.
 */
export interface StoredReporting {
  reportingStatus: ReportingStatus;
  policeReportDueAt: Date | null;
  hasBreach: boolean;
}

/** A breach on record, as far as the reporting assessment reads it. */
export interface RecordedBreach {
  code: BreachCode;
  occurredAt: Date;
}

/**
 * REP-2 to REP-4: a case's reporting at `now` as the API shows and stores it: the domain's
 * assessment, and IN_BREACH once a breach is on record.
 */
export function reportingOf(
  incident: ReportingFactsOf,
  sources: readonly Pick<IncidentExternalSourceEntity, 'source' | 'learnedAt'>[],
  recorded: readonly RecordedBreach[],
  now: Date,
  policy: DistrictPolicy,
) {
  const settlement = recorded.find((b) => b.code === 'PRIVATE_SETTLEMENT')?.occurredAt;
  const timeline = toTimeline(incident, sources, settlement);
  const assessed = assessReporting(timeline, now, policy);
  // A clock set before a recorded event (tests, skew) cannot assess: fall back to the deadlines.
  const fallback = reportingDeadlines({ receipts: timeline.receipts }, policy);
  if (!fallback.ok) throw new Error('A stored incident has no valid receipt');
  const deadlines = assessed.ok ? assessed.value.deadlines : fallback.value;
  const assessedStatus = assessed.ok ? assessed.value.status : 'AWAITING_POLICE_REPORT';
  return {
    status: (recorded.length > 0 ? 'IN_BREACH' : assessedStatus) as ReportingStatus,
    isPoliceReportRequired: requiresPoliceReport(incident.category, incident.suspectType, policy).isRequired,
    headNotificationDueAt: deadlines.headNotificationDueAt,
    policeReportDueAt: deadlines.policeReportDueAt,
    isHeadNotificationLate: assessed.ok ? assessed.value.isHeadNotificationLate : false,
  };
}

/** The three stored columns of a case at `now`. */
export function storedReportingOf(
  incident: ReportingFactsOf,
  sources: readonly Pick<IncidentExternalSourceEntity, 'source' | 'learnedAt'>[],
  recorded: readonly RecordedBreach[],
  now: Date,
  policy: DistrictPolicy,
): StoredReporting {
  const reporting = reportingOf(incident, sources, recorded, now, policy);
  return {
    reportingStatus: reporting.status,
    policeReportDueAt: reporting.isPoliceReportRequired ? reporting.policeReportDueAt : null,
    hasBreach: recorded.length > 0,
  };
}

const STATUS_SQL: Record<ReportingStatus, string> = {
  COMPLIANT: `incident.reporting_status = 'COMPLIANT'`,
  // Literals, not parameters: the planner proves the partial index's predicate from them.
  AWAITING_POLICE_REPORT: `(incident.reporting_status = 'AWAITING_POLICE_REPORT' AND (incident.police_report_due_at IS NULL OR incident.police_report_due_at >= :reportingNow))`,
  IN_BREACH: `(incident.reporting_status = 'IN_BREACH' OR (incident.reporting_status = 'AWAITING_POLICE_REPORT' AND incident.police_report_due_at < :reportingNow))`,
};

/** The cases whose reporting status at `now` is `status`, on the stored columns (see the invariant above). */
export function reportingStatusCondition(
  status: ReportingStatus,
  now: Date,
): { sql: string; parameters: Record<string, unknown> } {
  return { sql: STATUS_SQL[status], parameters: { reportingNow: now } };
}

/** The same reading of the stored columns as a SQL expression (tests compare it with the view). */
export const REPORTING_STATUS_AT_SQL = `CASE WHEN incident.reporting_status = 'AWAITING_POLICE_REPORT' AND incident.police_report_due_at < $1 THEN 'IN_BREACH' ELSE incident.reporting_status END`;

interface FactsRow extends ReportingFactsOf, StoredReporting {
  id: string;
}

const FACTS_SELECT = `SELECT incident.id, incident.category, incident.suspect_type AS "suspectType",
  incident.origin, incident.reporter_account_id AS "reporterAccountId",
  incident.head_account_id AS "headAccountId", incident.received_at AS "receivedAt",
  incident.recorded_at AS "recordedAt", incident.acknowledged_at AS "acknowledgedAt",
  incident.police_reported_at AS "policeReportedAt",
  incident.reported_to_district_at AS "reportedToDistrictAt", incident.closed_at AS "closedAt",
  incident.reporting_status AS "reportingStatus", incident.police_report_due_at AS "policeReportDueAt",
  incident.has_breach AS "hasBreach"
  FROM incident`;

const groupBy = <T extends { incidentId: string }>(rows: readonly T[]) => {
  const map = new Map<string, T[]>();
  for (const row of rows) {
    const list = map.get(row.incidentId);
    if (list) list.push(row);
    else map.set(row.incidentId, [row]);
  }
  return map;
};

/** Recomputes one batch: the rows' sources and breaches in two queries, then one UPDATE of what changed. */
async function storeBatch(
  manager: EntityManager,
  rows: readonly FactsRow[],
  now: Date,
  policy: DistrictPolicy,
): Promise<number> {
  if (rows.length === 0) return 0;
  const ids = rows.map((r) => r.id);
  const sources = groupBy(
    (await manager.query(
      `SELECT incident_id AS "incidentId", source, learned_at AS "learnedAt"
       FROM incident_external_source WHERE incident_id = ANY($1::uuid[])`,
      [ids],
    )) as (Pick<IncidentExternalSourceEntity, 'source' | 'learnedAt'> & { incidentId: string })[],
  );
  const breaches = groupBy(
    (await manager.query(
      `SELECT incident_id AS "incidentId", code, occurred_at AS "occurredAt"
       FROM incident_breach WHERE incident_id = ANY($1::uuid[])`,
      [ids],
    )) as (RecordedBreach & { incidentId: string })[],
  );
  const changed: { id: string; stored: StoredReporting }[] = [];
  for (const row of rows) {
    const stored = storedReportingOf(row, sources.get(row.id) ?? [], breaches.get(row.id) ?? [], now, policy);
    if (
      stored.reportingStatus !== row.reportingStatus ||
      stored.hasBreach !== row.hasBreach ||
      stored.policeReportDueAt?.getTime() !== row.policeReportDueAt?.getTime()
    ) {
      changed.push({ id: row.id, stored });
    }
  }
  if (changed.length === 0) return 0;
  await manager.query(
    `UPDATE incident SET reporting_status = v.status, police_report_due_at = v.due_at, has_breach = v.has_breach
     FROM unnest($1::uuid[], $2::varchar[], $3::timestamptz[], $4::boolean[]) AS v(id, status, due_at, has_breach)
     WHERE incident.id = v.id`,
    [
      changed.map((c) => c.id),
      changed.map((c) => c.stored.reportingStatus),
      changed.map((c) => c.stored.policeReportDueAt?.toISOString() ?? null),
      changed.map((c) => c.stored.hasBreach),
    ],
  );
  return changed.length;
}

/** Runs `work` in the caller's transaction, or in one of its own. */
function inTransaction<T>(manager: EntityManager, work: (m: EntityManager) => Promise<T>): Promise<T> {
  return manager.queryRunner?.isTransactionActive ? work(manager) : manager.transaction(work);
}

export interface RefreshOptions {
  now: Date;
  policy: DistrictPolicy;
  /** Only these cases; every case when absent. */
  ids?: readonly string[];
  /** Cases per batch (four statements each). */
  batchSize?: number;
}

/**
 * Recomputes the stored reporting state (see the invariant above) from the domain, in batches of a
 * few thousand cases with four statements each (facts, sources, breaches, one UPDATE of what
 * changed); each batch's rows are locked while it runs. Returns how many cases changed. Commands
 * call it for their case in their transaction; bulk inserts (the district seed) call it once after.
 */
export async function refreshStoredReporting(
  manager: EntityManager,
  { now, policy, ids, batchSize = 5000 }: RefreshOptions,
): Promise<number> {
  let changed = 0;
  if (ids) {
    for (let start = 0; start < ids.length; start += batchSize) {
      const slice = ids.slice(start, start + batchSize);
      changed += await inTransaction(manager, async (m) =>
        storeBatch(
          m,
          (await m.query(`${FACTS_SELECT} WHERE incident.id = ANY($1::uuid[]) FOR UPDATE`, [
            slice,
          ])) as FactsRow[],
          now,
          policy,
        ),
      );
    }
    return changed;
  }
  let after: string | null = null;
  for (;;) {
    const rows = await inTransaction(manager, async (m) => {
      const batch = (
        after === null
          ? await m.query(`${FACTS_SELECT} ORDER BY incident.id LIMIT $1 FOR UPDATE`, [batchSize])
          : await m.query(
              `${FACTS_SELECT} WHERE incident.id > $1::uuid ORDER BY incident.id LIMIT $2 FOR UPDATE`,
              [after, batchSize],
            )
      ) as FactsRow[];
      changed += await storeBatch(m, batch, now, policy);
      return batch;
    });
    if (rows.length < batchSize) return changed;
    after = rows[rows.length - 1].id;
  }
}

/** The stored reporting state of one case, recomputed in the caller's transaction. */
export async function storeReportingOf(
  manager: EntityManager,
  incidentId: string,
  now: Date,
  policy: DistrictPolicy,
): Promise<void> {
  await refreshStoredReporting(manager, { now, policy, ids: [incidentId] });
}
