import { Worker } from 'node:worker_threads';
import { DEMO_PASSWORD } from '../seed/demo-district.data';
import { SESSION_COOKIE } from '../shared/auth/session-cookie';
import { buildXlsxBomb } from './xlsx-bomb';

// Usage: start the server (npm start), then
//   node apps/api/dist/scripts/measure-import-bomb.js [http://127.0.0.1:4000]
// Figure of issue 9: waves of six concurrent uploads of an .xlsx holding one 450 MB cell (signed in as the
// demo head `head.kg`) are refused with 422, the server stays up, and /healthz p99 stays under 200 ms
// during the attack. A second round sends six bombs whose directory lies (declares 4 KB), which only
// the worker thread's bounded inflation can catch.

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const CELL_BYTES = 450 * 1024 * 1024;

async function signIn(baseUrl: string, username: string): Promise<string> {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation($input: SignInInput!) { signIn(input: $input) { __typename } }',
      variables: { input: { username, password: DEMO_PASSWORD } },
    }),
  });
  const cookie = response.headers
    .getSetCookie()
    .find((c) => c.startsWith(`${SESSION_COOKIE}=`))
    ?.split(';')[0];
  if (!cookie) throw new Error(`Sign-in as ${username} failed: ${await response.text()}`);
  return cookie;
}

const percentile = (sorted: number[], p: number) =>
  sorted.length === 0 ? NaN : sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

// /healthz is polled from worker threads, so the uploads' own client-side work cannot delay the probe.
const POLLER = `
const { parentPort, workerData } = require('node:worker_threads');
let running = true;
parentPort.on('message', () => (running = false));
(async () => {
  const ms = [];
  let failed = 0;
  // Warm-up (connection, fetch's own loading) is not counted.
  for (let i = 0; i < 5; i += 1) await (await fetch(workerData.url)).text();
  parentPort.postMessage('warm');
  while (running) {
    const started = performance.now();
    try {
      const response = await fetch(workerData.url);
      await response.text();
      if (response.status !== 200) failed += 1;
    } catch {
      failed += 1;
    }
    ms.push(performance.now() - started);
  }
  parentPort.postMessage({ ms, failed });
})();
`;

interface Health {
  ms: number[];
  failed: number;
}

/** Four loops of one /healthz request after the other, for `durationOf` (a promise); returns the latencies. */
async function pollHealth(baseUrl: string, durationOf: () => Promise<unknown>): Promise<Health> {
  const workers = Array.from(
    { length: 4 },
    () =>
      new Worker(POLLER, {
        eval: true,
        workerData: { url: `${baseUrl}/healthz` },
      }),
  );
  const warm = workers.map((worker) => new Promise((resolve) => worker.once('message', resolve)));
  await Promise.all(warm);
  const results = workers.map(
    (worker) => new Promise<Health>((resolve) => worker.once('message', (value: Health) => resolve(value))),
  );
  await durationOf();
  for (const worker of workers) worker.postMessage('stop');
  const all = await Promise.all(results);
  await Promise.all(workers.map((worker) => worker.terminate()));
  return { ms: all.flatMap((h) => h.ms), failed: all.reduce((n, h) => n + h.failed, 0) };
}

const fmt = (n: number) => n.toFixed(1);
const describe = (health: Health) => {
  const sorted = [...health.ms].sort((a, b) => a - b);
  return {
    p99: percentile(sorted, 99),
    text:
      `${health.ms.length} requests, ${health.failed} failed, p50 ${fmt(percentile(sorted, 50))} ms, ` +
      `p99 ${fmt(percentile(sorted, 99))} ms, max ${fmt(sorted[sorted.length - 1] ?? NaN)} ms`,
  };
};

const WAVES = 10;

async function attack(
  baseUrl: string,
  cookie: string,
  label: string,
  bomb: Buffer,
  isRefusal: (status: number) => boolean,
): Promise<boolean> {
  const answers: { status: number; code: string }[] = [];
  const started = performance.now();
  const health = await pollHealth(baseUrl, async () => {
    for (let wave = 0; wave < WAVES; wave += 1) {
      answers.push(
        ...(await Promise.all(
          Array.from({ length: 6 }, async () => {
            const response = await fetch(`${baseUrl}/api/staff/import`, {
              method: 'POST',
              headers: { 'content-type': XLSX, cookie },
              body: bomb,
            });
            const body = (await response.json()) as { errors?: { code: string }[] };
            return { status: response.status, code: body.errors?.[0]?.code ?? '' };
          }),
        )),
      );
    }
  });
  const elapsed = performance.now() - started;
  const stillUp = (await fetch(`${baseUrl}/healthz`)).status === 200;
  const counts = new Map<string, number>();
  for (const a of answers)
    counts.set(`${a.status} ${a.code}`, (counts.get(`${a.status} ${a.code}`) ?? 0) + 1);
  const during = describe(health);
  console.log(label);
  console.log(
    `  file ${(bomb.length / 1024 / 1024).toFixed(2)} MB, one cell of ${CELL_BYTES / 1024 / 1024} MB`,
  );
  console.log(
    `  ${WAVES} waves of six concurrent uploads in ${fmt(elapsed)} ms: ` +
      [...counts].map(([answer, n]) => `${n} × ${answer}`).join(', '),
  );
  console.log(`  /healthz during the attack: ${during.text}`);
  console.log(`  server up afterwards: ${stillUp ? 'yes' : 'NO'}`);
  return stillUp && health.failed === 0 && answers.every((a) => isRefusal(a.status)) && during.p99 < 200;
}

async function main(): Promise<void> {
  const baseUrl = (process.argv[2] ?? process.env.XIAOHU_URL ?? 'http://127.0.0.1:4000').replace(/\/$/, '');
  const cookie = await signIn(baseUrl, 'head.kg');
  const idle = describe(await pollHealth(baseUrl, () => new Promise((resolve) => setTimeout(resolve, 2000))));
  console.log(`/healthz without an attack (2 s): ${idle.text}`);
  // The attack: every upload refused with 422 from the archive's directory.
  const honest = await attack(
    baseUrl,
    cookie,
    'Bombs that declare their size',
    buildXlsxBomb(CELL_BYTES),
    (status) => status === 422,
  );
  // These reach the queue: one at a time per institution, two waiting, the rest told to retry (429).
  const lying = await attack(
    baseUrl,
    cookie,
    'Bombs whose directory declares 4 KB',
    buildXlsxBomb(CELL_BYTES, { declaredBytes: 4096 }),
    (status) => status === 422 || status === 429,
  );
  const passed = honest && lying;
  console.log(passed ? 'figure met' : 'figure NOT met');
  process.exit(passed ? 0 : 1);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
