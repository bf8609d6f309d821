import 'reflect-metadata';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { findRepoRoot, loadConfig } from '../../config';
import { totpCode, totpStep } from '../../features/auth/totp';
import { DEMO_PASSWORD, DEMO_TOTP_SECRET } from '../../seed/demo-district.data';
import { appConnection } from '../../shared/db/app-role';
import { openDatabaseServer } from '../../shared/db/embedded-postgres';
import { findFreePort } from '../../shared/db/free-port';
import { BENCH_OPERATIONS, SAMPLE_QUERIES, sampleIdsFrom, type SampleIds } from './bench-operations';
import { buildReport, formatTable, toCellResult, type CellResult, type PlanEntry } from './bench-report';
import { parseRssMiB, type SideSamples } from './bench-stats';
import { parseOptions, USAGE } from './bench-options';

// Usage: npm run bench [-- --quick] [-- --requests 200 --warmup 20 --roles head.primary,basic
//   --only cases --page-sizes 10,50 --concurrency 1,8 --api-url http://127.0.0.1:4000 --api-pid <pid>
//   --out <file> --no-explain]
// Issue 15: every read operation, as four roles, against the API and, interleaved in the same run, against a
// raw node:http + pg baseline with the same SQL scope and JSON (raw-server.ts); prints p50/p95/req/s of
// both and their ratio and writes a JSON report with the raw queries' plans. See README "Benchmark".

/** A child process started by the bench, and the line it prints when ready. */
async function startChild(
  name: string,
  script: string,
  env: NodeJS.ProcessEnv,
  ready: RegExp,
  timeoutMs: number,
): Promise<{ child: ChildProcess; match: RegExpMatchArray }> {
  const child = spawn(process.execPath, [script], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGTERM');
      reject(new Error(`${name} was not ready within ${timeoutMs / 1000} s:\n${log.slice(-2000)}`));
    }, timeoutMs);
    const onData = (chunk: Buffer) => {
      log += chunk.toString('utf8');
      const match = ready.exec(log);
      if (match) {
        clearTimeout(timer);
        resolve({ child, match });
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (chunk: Buffer) => (log += chunk.toString('utf8')));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${name} exited (${code}) before it was ready:\n${log.slice(-2000)}`));
    });
  });
}

function stopChild(child: ChildProcess | null): Promise<void> {
  if (!child || child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 15_000);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

/** A live embedded PostgreSQL on the data folder means XiaoHu runs there: starting another API would stop it. */
function isEmbeddedRunning(dataDir: string): boolean {
  const pidFile = path.join(dataDir, 'postgres', 'postmaster.pid');
  if (!existsSync(pidFile)) return false;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(path.join(dataDir, 'postgres'));
  } catch {
    return false;
  }
}

class Cookies {
  private readonly jar = new Map<string, string>();
  take(response: Response): void {
    for (const header of response.headers.getSetCookie()) {
      const [pair] = header.split(';');
      const at = pair.indexOf('=');
      this.jar.set(pair.slice(0, at), pair.slice(at + 1));
    }
  }
  header(): string {
    return [...this.jar].map(([name, value]) => `${name}=${value}`).join('; ');
  }
}

async function graphql(url: string, cookies: Cookies, query: string, variables: unknown) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: cookies.header() },
    body: JSON.stringify({ query, variables }),
  });
  cookies.take(response);
  return (await response.json()) as { data?: Record<string, unknown> | null; errors?: unknown[] };
}

/** Signs a demo account in through the API, with the demo TOTP secret where MFA is required. */
async function signIn(apiUrl: string, username: string): Promise<string> {
  const cookies = new Cookies();
  const answer = await graphql(
    apiUrl,
    cookies,
    `
      mutation ($input: SignInInput!) {
        signIn(input: $input) {
          __typename
          ... on MfaRequired {
            challenge
          }
        }
      }
    `,
    { input: { username, password: DEMO_PASSWORD } },
  );
  const signedIn = answer.data?.signIn as { __typename: string; challenge?: string } | undefined;
  if (signedIn?.__typename === 'MfaRequired') {
    // A code is accepted once per account and step; a run within the same 30 s uses the next step's.
    const step = totpStep(new Date());
    for (const candidate of [step, step + 1]) {
      const verified = await graphql(
        apiUrl,
        cookies,
        'mutation($input: MfaCodeInput!) { verifyMfa(input: $input) { __typename } }',
        { input: { challenge: signedIn.challenge, code: totpCode(DEMO_TOTP_SECRET, candidate) } },
      );
      if ((verified.data?.verifyMfa as { __typename?: string } | undefined)?.__typename === 'Viewer')
        return cookies.header();
    }
    throw new Error(`MFA for ${username} was refused`);
  }
  if (signedIn?.__typename !== 'Viewer')
    throw new Error(`Sign-in as ${username} failed: ${JSON.stringify(answer)}`);
  return cookies.header();
}

/** `total` requests with `concurrency` in flight; latencies in ms and the batch's wall time. */
async function runBatch(
  url: string,
  cookie: string,
  body: string,
  total: number,
  concurrency: number,
  into: SideSamples | null,
  acceptEncoding: 'gzip' | 'identity',
): Promise<void> {
  let started = 0;
  const began = performance.now();
  const worker = async () => {
    while (started < total) {
      started += 1;
      const t = performance.now();
      let ok = false;
      try {
        const response = await fetch(`${url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'accept-encoding': acceptEncoding, cookie },
          body,
        });
        const text = await response.text();
        ok = response.status === 200 && !text.includes('"errors"');
      } catch {
        ok = false;
      }
      const elapsed = performance.now() - t;
      if (into) {
        into.latenciesMs.push(elapsed);
        if (!ok) into.errors += 1;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, total) }, worker));
  if (into) into.busyMs += performance.now() - began;
}

async function main(): Promise<void> {
  const root = findRepoRoot();
  const options = parseOptions(process.argv.slice(2), root);
  if (process.argv.includes('--help')) {
    console.log(USAGE);
    return;
  }
  const config = loadConfig();
  const startedAt = new Date();
  const loadAtStart = os.loadavg()[0];
  // Other work on the machine makes both sides slow and the ratios noisy: say so before measuring.
  if (loadAtStart > os.cpus().length)
    console.log(
      `[bench] load average ${loadAtStart.toFixed(1)} on ${os.cpus().length} CPUs: figures will be noisy`,
    );
  const children: ChildProcess[] = [];
  const stopAll = () => Promise.all(children.map(stopChild));
  process.on('SIGINT', () => void stopAll().then(() => process.exit(130)));

  try {
    let apiUrl = options.apiUrl;
    let apiPid = options.apiPid;
    if (!apiUrl) {
      if (!config.databaseUrl && isEmbeddedRunning(config.dataDir))
        throw new Error(
          `XiaoHu is running on ${config.dataDir}: pass --api-url (and --api-pid) to measure it, or stop it first`,
        );
      const port = await findFreePort();
      console.log(`[bench] starting the API on port ${port}`);
      const { child } = await startChild(
        'The API',
        path.join(root, 'apps/api/dist/main.js'),
        { ...process.env, PORT: String(port), HOST: '127.0.0.1' },
        /is ready at/,
        180_000,
      );
      children.push(child);
      apiUrl = `http://127.0.0.1:${port}`;
      apiPid = child.pid ?? null;
    }
    const database = await openDatabaseServer({ ...config, log: () => undefined });
    const { child: rawChild, match } = await startChild(
      'The raw baseline',
      path.join(__dirname, 'raw-server-main.js'),
      {
        ...process.env,
        XIAOHU_BENCH_DATABASE_URL: appConnection(database.ownerUrl, config.databaseAppUrl).url,
        XIAOHU_BENCH_PORT: '0',
      },
      /raw baseline ready on (\d+)/,
      30_000,
    );
    children.push(rawChild);
    const rawUrl = `http://127.0.0.1:${match[1]}`;
    console.log(`[bench] API ${apiUrl} (pid ${apiPid ?? 'unknown'}), raw baseline ${rawUrl}`);

    // RSS of the API process, sampled all along.
    let rssPeak: number | null = null;
    let cellPeak: number | null = null;
    let rssSamples = 0;
    const sampler = setInterval(() => {
      if (!apiPid) return;
      try {
        const rss = parseRssMiB(readFileSync(`/proc/${apiPid}/status`, 'utf8'));
        if (rss === null) return;
        rssSamples += 1;
        rssPeak = Math.max(rssPeak ?? 0, rss);
        cellPeak = Math.max(cellPeak ?? 0, rss);
      } catch {
        // the process is gone; the report says so by its samples
      }
    }, 200);

    // `--only me` means `me`, not every label containing it; a text that is no label picks by substring.
    const only = options.only;
    const isLabel = BENCH_OPERATIONS.some((op) => op.label === only);
    const operations = BENCH_OPERATIONS.filter(
      (op) => !only || (isLabel ? op.label === only : op.label.includes(only)),
    );
    const encoding = options.isGzip ? 'gzip' : 'identity';
    const cells: CellResult[] = [];
    const plans: PlanEntry[] = [];
    const skipped: string[] = [];
    for (const role of options.roles) {
      const cookie = await signIn(apiUrl, role);
      const samples = await Promise.all(
        SAMPLE_QUERIES.map((query) => graphql(apiUrl, new CookiesFrom(cookie), query, {})),
      );
      const ids: SampleIds = sampleIdsFrom(Object.assign({}, ...samples.map((s) => s.data ?? {})));
      for (const op of operations) {
        for (const pageSize of op.isList ? options.pageSizes : [null]) {
          const body = JSON.stringify({
            operationName: op.operationName,
            query: op.query,
            variables: op.variables(ids, pageSize ?? 0),
          });
          const probe = await post(apiUrl, cookie, body);
          if (probe.errors) {
            skipped.push(`${role} ${op.label}: ${JSON.stringify(probe.errors).slice(0, 160)}`);
            continue;
          }
          const rawProbe = op.hasRaw ? await post(rawUrl, cookie, body) : null;
          const isSameAnswer = rawProbe ? isDeepStrictEqual(rawProbe, probe) : null;
          for (const concurrency of options.concurrency) {
            const api: SideSamples = { latenciesMs: [], busyMs: 0, errors: 0 };
            const raw: SideSamples | null = op.hasRaw ? { latenciesMs: [], busyMs: 0, errors: 0 } : null;
            const warm = Math.max(options.warmup, concurrency);
            await runBatch(apiUrl, cookie, body, warm, concurrency, null, encoding);
            if (raw) await runBatch(rawUrl, cookie, body, warm, concurrency, null, encoding);
            cellPeak = null;
            // Interleaved batches, alternating which goes first, so load noise falls on both sides.
            const batch = Math.max(10, concurrency * 5);
            for (let round = 0; api.latenciesMs.length < options.requests; round += 1) {
              const n = Math.min(batch, options.requests - api.latenciesMs.length);
              const sides: [string, SideSamples][] = raw
                ? [
                    [apiUrl, api],
                    [rawUrl, raw],
                  ]
                : [[apiUrl, api]];
              if (round % 2 === 1) sides.reverse();
              for (const [url, into] of sides)
                await runBatch(url, cookie, body, n, concurrency, into, encoding);
            }
            const cell = toCellResult({
              role,
              operation: op.label,
              kind: op.kind,
              pageSize,
              concurrency,
              api,
              raw,
              isSameAnswer,
              apiRssPeakMiB: cellPeak,
            });
            cells.push(cell);
            console.log(
              `[bench] ${cell.misses.length ? '!' : ' '} ${role} ${op.label}${pageSize ? ` first ${pageSize}` : ''} c=${concurrency}: API p50 ${cell.api.p50Ms} p95 ${cell.api.p95Ms} ms` +
                (cell.raw
                  ? `, raw p50 ${cell.raw.p50Ms} p95 ${cell.raw.p95Ms} ms, × ${cell.p50Ratio} / ${cell.p95Ratio}`
                  : ', no raw baseline') +
                (isSameAnswer === false ? ' (raw answer differs)' : ''),
            );
          }
          if (op.hasRaw && options.isExplain) {
            const explained = (await post(rawUrl, cookie, body, '/explain')) as unknown as {
              plans?: PlanEntry['statements'];
            };
            plans.push({ role, operation: op.label, pageSize, statements: explained.plans ?? [] });
          }
        }
      }
    }
    clearInterval(sampler);

    const report = buildReport({
      startedAt,
      finishedAt: new Date(),
      options: { ...options, skipped },
      machine: {
        cpus: os.cpus().length,
        node: process.version,
        platform: `${os.platform()} ${os.release()}`,
        loadAverageAtStart: loadAtStart,
        loadAverageAtEnd: os.loadavg()[0],
      },
      api: { url: apiUrl, pid: apiPid, rssPeakMiB: rssPeak, rssSamples },
      raw: { url: rawUrl },
      cells,
      plans,
    });
    mkdirSync(path.dirname(options.out), { recursive: true });
    writeFileSync(options.out, `${JSON.stringify(report, null, 2)}\n`);

    console.log(`\n${formatTable(cells)}\n`);
    if (skipped.length) console.log(`Not measured (the API refused the role):\n  ${skipped.join('\n  ')}\n`);
    console.log(
      `API RSS peak: ${rssPeak === null ? 'not sampled (pass --api-pid)' : `${rssPeak} MiB`}` +
        (report.summary.isRssWithinTarget === false ? ' ! over the 400 MiB target' : ''),
    );
    console.log(`Cells missing a target: ${report.summary.cellsMissingTargets} of ${report.summary.cells}`);
    if (report.summary.answersDiffering.length)
      console.log(`Raw answers differing from the API:\n  ${report.summary.answersDiffering.join('\n  ')}`);
    if (report.summary.plansWithLargeSeqScan.length)
      console.log(
        `Raw plans with a Seq Scan on a large table:\n  ${report.summary.plansWithLargeSeqScan.join('\n  ')}`,
      );
    const loadAtEnd = report.machine.loadAverageAtEnd;
    console.log(
      `Load average: ${loadAtStart.toFixed(1)} at start, ${loadAtEnd.toFixed(1)} at the end (${os.cpus().length} CPUs)`,
    );
    console.log(`Report: ${options.out}`);
    await database.stop();
  } finally {
    await stopAll();
  }
}

/** A cookie header already made (signIn's), as a jar for graphql(). */
class CookiesFrom extends Cookies {
  constructor(private readonly fixed: string) {
    super();
  }
  override header(): string {
    return this.fixed;
  }
}

async function post(url: string, cookie: string, body: string, route = '/graphql') {
  const response = await fetch(`${url}${route}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body,
  });
  return (await response.json()) as { data?: unknown; errors?: unknown[] };
}

main().catch((error: unknown) => {
  console.error('Bench failed:', error instanceof Error ? error.message : error);
  process.exit(1);
});
