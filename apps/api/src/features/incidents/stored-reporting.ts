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
  /** The row version read; the UPDATE skips a row changed since (its command recomputed it). */
  version: string;
}

const INSTANTS = [
  'receivedAt',
  'recordedAt',
  'acknowledgedAt',
  'policeReportedAt',
  'reportedToDistrictAt',
  'closedAt',
  'policeReportDueAt',
] as const;
// Instants travel as epoch milliseconds (float8): parsing timestamptz text into Dates row by row costs
// more than the assessment itself at district scale.
const epochMs = (column: string) => `(extract(epoch FROM ${column}) * 1000)::float8`;
const FACTS_SELECT = `SELECT incident.id, incident.xmin::text AS version, incident.category,
  incident.suspect_type AS "suspectType", incident.origin, incident.reporter_account_id AS "reporterAccountId",
  incident.head_account_id AS "headAccountId", ${epochMs('incident.received_at')} AS "receivedAt",
  ${epochMs('incident.recorded_at')} AS "recordedAt", ${epochMs('incident.acknowledged_at')} AS "acknowledgedAt",
  ${epochMs('incident.police_reported_at')} AS "policeReportedAt",
  ${epochMs('incident.reported_to_district_at')} AS "reportedToDistrictAt",
  ${epochMs('incident.closed_at')} AS "closedAt", incident.reporting_status AS "reportingStatus",
  ${epochMs('incident.police_report_due_at')} AS "policeReportDueAt", incident.has_breach AS "hasBreach"
  FROM incident`;

const toDate = (ms: number | null): Date | null => (ms === null ? null : new Date(ms));

function toFactsRow(raw: Record<string, unknown>): FactsRow {
  const row = { ...raw } as Record<string, unknown>;
  for (const key of INSTANTS) row[key] = toDate(raw[key] as number | null);
  return row as unknown as FactsRow;
}

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
  const changed: { id: string; version: string; stored: StoredReporting }[] = [];
  for (const row of rows) {
    const stored = storedReportingOf(row, sources.get(row.id) ?? [], breaches.get(row.id) ?? [], now, policy);
    if (
      stored.reportingStatus !== row.reportingStatus ||
      stored.hasBreach !== row.hasBreach ||
      stored.policeReportDueAt?.getTime() !== row.policeReportDueAt?.getTime()
    ) {
      changed.push({ id: row.id, version: row.version, stored });
    }
  }
  if (changed.length === 0) return 0;
  // Optimistic: a row written since it was read (xmin) is left to the command that wrote it, which
  // recomputes it in its own transaction; no row locks are taken while reading a batch.
  await manager.query(
    `UPDATE incident SET reporting_status = v.status, police_report_due_at = v.due_at, has_breach = v.has_breach
     FROM unnest($1::uuid[], $2::text[], $3::varchar[], $4::timestamptz[], $5::boolean[])
       AS v(id, version, status, due_at, has_breach)
     WHERE incident.id = v.id AND incident.xmin = v.version::xid`,
    [
      changed.map((c) => c.id),
      changed.map((c) => c.version),
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
 * changed). Returns how many cases it changed. Commands call it for their case in their transaction
 * (the row is theirs, locked); bulk inserts (the district seed) call it once after.
 */
export async function refreshStoredReporting(
  manager: EntityManager,
  { now, policy, ids, batchSize = 5000 }: RefreshOptions,
): Promise<number> {
  // Every case: ids in the table's physical order, so each batch reads neighbouring pages.
  const all =
    ids ?? ((await manager.query('SELECT id FROM incident')) as { id: string }[]).map((row) => row.id);
  const batches: string[][] = [];
  for (let start = 0; start < all.length; start += batchSize)
    batches.push(all.slice(start, start + batchSize));
  const refresh = (slice: readonly string[]) =>
    inTransaction(manager, async (m) =>
      storeBatch(
        m,
        (
          (await m.query(`${FACTS_SELECT} WHERE incident.id = ANY($1::uuid[])`, [slice])) as Record<
            string,
            unknown
          >[]
        ).map(toFactsRow),
        now,
        policy,
      ),
    );
  let changed = 0;
  if (manager.queryRunner?.isTransactionActive) {
    for (const slice of batches) changed += await refresh(slice);
    return changed;
  }
  // Outside a transaction, two batches at a time (one computes while the other waits on the database).
  let next = 0;
  const worker = async () => {
    while (next < batches.length) changed += await refresh(batches[next++]);
  };
  await Promise.all([worker(), worker()]);
  return changed;
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
