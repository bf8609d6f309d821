import path from 'node:path';
import { BENCH_ROLES } from './bench-operations';

// The bench's command line (README "Benchmark").

export interface Options {
  requests: number;
  warmup: number;
  roles: string[];
  only: string | null;
  pageSizes: number[];
  concurrency: number[];
  apiUrl: string | null;
  apiPid: number | null;
  out: string;
  isExplain: boolean;
  isQuick: boolean;
  /** Ask for gzip as a browser does (the API compresses, the raw baseline never does). */
  isGzip: boolean;
}

export const USAGE = `npm run bench [-- options]
  --quick               page size 50 only, 20 requests a side per cell, 3 warm-up (a few minutes)
  --requests N          requests per side per cell (default 200)
  --warmup N            warm-up requests per side per cell, not counted (default 20)
  --roles a,b           demo accounts (default ${BENCH_ROLES.join(',')})
  --only TEXT           only the operation of that label, else those whose label contains TEXT
  --page-sizes 10,50    page sizes of lists
  --concurrency 1,8     requests in flight
  --api-url URL         measure an API already running (its database: DATABASE_URL or the data folder)
  --api-pid PID         its process id, to sample its RSS
  --out FILE            report file (default .bench/bench-report.json)
  --no-explain          skip EXPLAIN (ANALYZE, BUFFERS) of the raw queries
  --gzip                ask for gzip as a browser does (by default both sides answer uncompressed, so
                        the comparison is of the work per request, not of the transport's encoding)`;

export function parseOptions(argv: string[], root: string): Options {
  const value = (name: string) => {
    const index = argv.indexOf(name);
    if (index < 0) return null;
    const found = argv[index + 1];
    if (found === undefined || found.startsWith('--')) throw new Error(`${name} needs a value`);
    return found;
  };
  const numbers = (text: string) =>
    text.split(',').map((part) => {
      const n = Number(part);
      if (!Number.isInteger(n) || n < 1) throw new Error(`Not a positive integer: ${part}`);
      return n;
    });
  const known = new Set([
    '--quick',
    '--no-explain',
    '--gzip',
    '--help',
    '--requests',
    '--warmup',
    '--roles',
    '--only',
    '--page-sizes',
    '--concurrency',
    '--api-url',
    '--api-pid',
    '--out',
  ]);
  for (const arg of argv)
    if (arg.startsWith('--') && !known.has(arg)) throw new Error(`Unknown option ${arg}`);
  const isQuick = argv.includes('--quick');
  return {
    isQuick,
    requests: numbers(value('--requests') ?? (isQuick ? '20' : '200'))[0],
    warmup: Number(value('--warmup') ?? (isQuick ? 3 : 20)),
    roles: (value('--roles') ?? BENCH_ROLES.join(',')).split(','),
    only: value('--only'),
    pageSizes: numbers(value('--page-sizes') ?? (isQuick ? '50' : '10,50')),
    concurrency: numbers(value('--concurrency') ?? '1,8'),
    apiUrl: value('--api-url'),
    apiPid: value('--api-pid') ? Number(value('--api-pid')) : null,
    out: path.resolve(value('--out') ?? path.join(root, '.bench', 'bench-report.json')),
    isExplain: !argv.includes('--no-explain'),
    isGzip: argv.includes('--gzip'),
  };
}
