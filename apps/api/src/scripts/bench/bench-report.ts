import {
  judgeCell,
  summarise,
  TARGETS,
  type OperationKind,
  type SideSamples,
  type SideSummary,
} from './bench-stats';

// The JSON report and the printed table of `npm run bench` (issue 15). Pure: bench.ts gathers the samples.

export interface CellInput {
  role: string;
  operation: string;
  kind: OperationKind;
  /** Null for reads by id. */
  pageSize: number | null;
  concurrency: number;
  api: SideSamples;
  /** Null when the raw baseline has no answer for the operation. */
  raw: SideSamples | null;
  /** Whether the raw server's answer equals the API's (checked once per cell, before measuring). */
  isSameAnswer: boolean | null;
  /** Peak RSS of the API process during the cell, MiB. */
  apiRssPeakMiB: number | null;
}

export interface CellResult {
  role: string;
  operation: string;
  kind: OperationKind;
  pageSize: number | null;
  concurrency: number;
  api: SideSummary;
  raw: SideSummary | null;
  p50Ratio: number | null;
  p95Ratio: number | null;
  isSameAnswer: boolean | null;
  apiRssPeakMiB: number | null;
  misses: string[];
}

export interface PlanEntry {
  role: string;
  operation: string;
  pageSize: number | null;
  statements: { sql: string; plan: string; largeSeqScans: { table: string; estimatedRows: number }[] }[];
}

export interface BenchReport {
  version: 1;
  startedAt: string;
  finishedAt: string;
  options: Record<string, unknown>;
  machine: {
    cpus: number;
    node: string;
    platform: string;
    /** One-minute load averages: above the CPU count, other work skewed the figures. */
    loadAverageAtStart: number;
    loadAverageAtEnd: number;
  };
  targets: typeof TARGETS;
  api: { url: string; pid: number | null; rssPeakMiB: number | null; rssSamples: number };
  raw: { url: string };
  cells: CellResult[];
  plans: PlanEntry[];
  summary: {
    cells: number;
    cellsMissingTargets: number;
    answersDiffering: string[];
    plansWithLargeSeqScan: string[];
    isRssWithinTarget: boolean | null;
  };
}

const cellName = (c: { role: string; operation: string; pageSize: number | null; concurrency?: number }) =>
  `${c.role} ${c.operation}${c.pageSize ? ` first ${c.pageSize}` : ''}${c.concurrency ? ` c=${c.concurrency}` : ''}`;

export function toCellResult(input: CellInput): CellResult {
  const api = summarise(input.api);
  const raw = input.raw ? summarise(input.raw) : null;
  const verdict = judgeCell(input.kind, input.concurrency, api, raw);
  const misses = [...verdict.misses];
  if (input.isSameAnswer === false) misses.push('raw answer differs from the API');
  return {
    role: input.role,
    operation: input.operation,
    kind: input.kind,
    pageSize: input.pageSize,
    concurrency: input.concurrency,
    api,
    raw,
    p50Ratio: verdict.p50Ratio,
    p95Ratio: verdict.p95Ratio,
    isSameAnswer: input.isSameAnswer,
    apiRssPeakMiB: input.apiRssPeakMiB,
    misses,
  };
}

export function buildReport(input: {
  startedAt: Date;
  finishedAt: Date;
  options: Record<string, unknown>;
  machine: BenchReport['machine'];
  api: { url: string; pid: number | null; rssPeakMiB: number | null; rssSamples: number };
  raw: { url: string };
  cells: CellResult[];
  plans: PlanEntry[];
}): BenchReport {
  const rss = input.api.rssPeakMiB;
  return {
    version: 1,
    startedAt: input.startedAt.toISOString(),
    finishedAt: input.finishedAt.toISOString(),
    options: input.options,
    machine: input.machine,
    targets: TARGETS,
    api: input.api,
    raw: input.raw,
    cells: input.cells,
    plans: input.plans,
    summary: {
      cells: input.cells.length,
      cellsMissingTargets: input.cells.filter((c) => c.misses.length > 0).length,
      answersDiffering: input.cells.filter((c) => c.isSameAnswer === false).map(cellName),
      plansWithLargeSeqScan: input.plans
        .filter((p) => p.statements.some((s) => s.largeSeqScans.length > 0))
        .map(
          (p) =>
            `${cellName(p)}: ${[...new Set(p.statements.flatMap((s) => s.largeSeqScans.map((f) => f.table)))].join(', ')}`,
        ),
      isRssWithinTarget: rss === null ? null : rss < TARGETS.rssMiB,
    },
  };
}

const fixed = (value: number | null | undefined, digits = 1) =>
  value === null || value === undefined || !Number.isFinite(value) ? '—' : value.toFixed(digits);

/** The printed table: one line per cell, `!` before a cell that misses a target, then the misses. */
export function formatTable(cells: readonly CellResult[]): string {
  const header = [
    ' ',
    'role',
    'operation',
    'first',
    'c',
    'API p50',
    'API p95',
    'API r/s',
    'raw p50',
    'raw p95',
    'raw r/s',
    '×p50',
    '×p95',
  ];
  const rows = cells.map((c) => [
    c.misses.length > 0 ? '!' : ' ',
    c.role,
    c.operation,
    c.pageSize === null ? '—' : String(c.pageSize),
    String(c.concurrency),
    fixed(c.api.p50Ms),
    fixed(c.api.p95Ms),
    fixed(c.api.requestsPerSecond, 0),
    fixed(c.raw?.p50Ms),
    fixed(c.raw?.p95Ms),
    fixed(c.raw?.requestsPerSecond, 0),
    fixed(c.p50Ratio, 2),
    fixed(c.p95Ratio, 2),
  ]);
  const widths = header.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i]))));
  const line = (r: string[]) =>
    r
      .map((cell, i) => (i <= 2 ? padEnd(cell, widths[i]) : padStart(cell, widths[i])))
      .join('  ')
      .trimEnd();
  const misses = cells
    .filter((c) => c.misses.length > 0)
    .map((c) => `! ${cellName(c)}: ${c.misses.join('; ')}`);
  return [line(header), ...rows.map(line), ...(misses.length ? ['', ...misses] : [])].join('\n');
}

// CJK characters take two columns in a terminal.
const width = (text: string) =>
  [...text].reduce((sum, ch) => sum + (/[\u3000-\u9fff\uff00-\uffef]/.test(ch) ? 2 : 1), 0);
const padEnd = (text: string, to: number) => text + ' '.repeat(Math.max(0, to - width(text)));
const padStart = (text: string, to: number) => ' '.repeat(Math.max(0, to - width(text))) + text;
