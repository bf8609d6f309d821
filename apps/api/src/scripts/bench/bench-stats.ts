// Pure parts of `npm run bench` (issue 15): percentiles, the cells' summaries and the targets they are held
// to. No I/O here, so a unit test can hold the arithmetic.

/** Nearest-rank percentile (q in 0..1) of samples in any order; NaN for none. */
export function percentile(samples: readonly number[], q: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.ceil(q * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))];
}

/** Latencies (ms) of one side of a cell and the busy time (ms) they took, batches added up. */
export interface SideSamples {
  latenciesMs: number[];
  busyMs: number;
  errors: number;
}

export interface SideSummary {
  requests: number;
  errors: number;
  p50Ms: number;
  p95Ms: number;
  maxMs: number;
  requestsPerSecond: number;
}

export function summarise(side: SideSamples): SideSummary {
  const requests = side.latenciesMs.length;
  return {
    requests,
    errors: side.errors,
    p50Ms: round(percentile(side.latenciesMs, 0.5)),
    p95Ms: round(percentile(side.latenciesMs, 0.95)),
    maxMs: round(percentile(side.latenciesMs, 1)),
    requestsPerSecond: side.busyMs > 0 ? round((requests * 1000) / side.busyMs) : 0,
  };
}

function round(value: number): number {
  return Number.isFinite(value) ? Math.round(value * 100) / 100 : value;
}

/** How an operation is held to the targets: a page of a list, a read by id, or the staff name search. */
export type OperationKind = 'LIST' | 'BY_ID' | 'NAME_SEARCH';

/** The targets of issue 15, measured by this benchmark. */
export const TARGETS = {
  listP50Ratio: 2,
  listP95Ratio: 2.5,
  byIdRatio: 2,
  p95AtC8Ms: 150,
  nameSearchP95Ms: 20,
  rssMiB: 400,
} as const;

export interface CellVerdict {
  /** Which targets the cell misses, in words; empty when it meets them all (or has no baseline). */
  misses: string[];
  p50Ratio: number | null;
  p95Ratio: number | null;
}

/** The API's figures against the raw baseline's for one cell (operation × role × page size × concurrency). */
export function judgeCell(
  kind: OperationKind,
  concurrency: number,
  api: SideSummary,
  raw: SideSummary | null,
): CellVerdict {
  const misses: string[] = [];
  const p50Ratio = raw && raw.p50Ms > 0 ? round(api.p50Ms / raw.p50Ms) : null;
  const p95Ratio = raw && raw.p95Ms > 0 ? round(api.p95Ms / raw.p95Ms) : null;
  if (api.errors > 0) misses.push(`${api.errors} API errors`);
  if (kind === 'BY_ID') {
    if (p50Ratio !== null && p50Ratio > TARGETS.byIdRatio)
      misses.push(`p50 ${p50Ratio}× > ${TARGETS.byIdRatio}×`);
    if (p95Ratio !== null && p95Ratio > TARGETS.byIdRatio)
      misses.push(`p95 ${p95Ratio}× > ${TARGETS.byIdRatio}×`);
  } else {
    if (p50Ratio !== null && p50Ratio > TARGETS.listP50Ratio)
      misses.push(`p50 ${p50Ratio}× > ${TARGETS.listP50Ratio}×`);
    if (p95Ratio !== null && p95Ratio > TARGETS.listP95Ratio)
      misses.push(`p95 ${p95Ratio}× > ${TARGETS.listP95Ratio}×`);
  }
  if (kind === 'NAME_SEARCH' && api.p95Ms > TARGETS.nameSearchP95Ms)
    misses.push(`name search p95 ${api.p95Ms} ms > ${TARGETS.nameSearchP95Ms} ms`);
  if (concurrency >= 8 && api.p95Ms > TARGETS.p95AtC8Ms)
    misses.push(`p95 ${api.p95Ms} ms > ${TARGETS.p95AtC8Ms} ms at c=${concurrency}`);
  return { misses, p50Ratio, p95Ratio };
}

/** VmRSS of /proc/<pid>/status in MiB, or null when the line is missing. */
export function parseRssMiB(procStatus: string): number | null {
  const match = /^VmRSS:\s+(\d+)\s+kB$/m.exec(procStatus);
  return match ? round(Number(match[1]) / 1024) : null;
}

export interface PlanFinding {
  table: string;
  estimatedRows: number;
}

/**
 * Tables read by a sequential scan in an EXPLAIN text that hold at least `minRows` rows (by the
 * planner's statistics): small tables are scanned whole on purpose, large ones must not be.
 */
export function largeSeqScans(
  planText: string,
  tableRows: ReadonlyMap<string, number>,
  minRows: number,
): PlanFinding[] {
  const found = new Map<string, number>();
  for (const match of planText.matchAll(/Seq Scan on (?:public\.)?"?([a-z_][a-z0-9_]*)"?/g)) {
    const rows = tableRows.get(match[1]) ?? 0;
    if (rows >= minRows) found.set(match[1], rows);
  }
  return [...found].map(([table, estimatedRows]) => ({ table, estimatedRows }));
}

/** Seq-scanned table names in an EXPLAIN text (to look up their sizes). */
export function seqScannedTables(planText: string): string[] {
  return [
    ...new Set([...planText.matchAll(/Seq Scan on (?:public\.)?"?([a-z_][a-z0-9_]*)"?/g)].map((m) => m[1])),
  ];
}
