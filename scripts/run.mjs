#!/usr/bin/env node
// The two commands of the README. On a machine that has only Node 20 and npm, `npm start` and
// `npm test` install what is missing (pnpm into .tools/, the workspace, Chromium for the browser
// tier), build what is stale, then start the product or run every test tier and print the total.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { supervise } from './supervise.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const PNPM_VERSION = '10.34.9';
const RESULTS_DIR = path.join(ROOT, '.test-results');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

function log(message) {
  process.stdout.write(`[xiaohu] ${message}\n`);
}

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: ROOT, stdio: 'inherit', ...options });
  return result.status ?? 1;
}

function mustRun(command, args, options) {
  const status = run(command, args, options);
  if (status !== 0) {
    log(`failed: ${command} ${args.join(' ')} (exit ${status})`);
    process.exit(status);
  }
}

// pnpm is installed into the repo rather than globally: no root or npm prefix rights needed.
function pnpmArgs() {
  const cli = path.join(ROOT, '.tools', 'node_modules', 'pnpm', 'bin', 'pnpm.cjs');
  if (!fs.existsSync(cli)) {
    log(`installing pnpm ${PNPM_VERSION} into .tools/`);
    fs.mkdirSync(path.join(ROOT, '.tools'), { recursive: true });
    mustRun('npm', [
      'install',
      '--prefix',
      path.join(ROOT, '.tools'),
      '--no-save',
      '--no-audit',
      '--no-fund',
      '--loglevel=error',
      `pnpm@${PNPM_VERSION}`,
    ]);
  }
  return [cli];
}

function pnpm(args, options) {
  return run(process.execPath, [...pnpmArgs(), ...args], options);
}

function mustPnpm(args, options) {
  const status = pnpm(args, options);
  if (status !== 0) {
    log(`failed: pnpm ${args.join(' ')} (exit ${status})`);
    process.exit(status);
  }
}

function newestMtime(target) {
  if (!fs.existsSync(target)) return 0;
  const stat = fs.statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const entry of fs.readdirSync(target)) {
    if (entry === 'node_modules' || entry === 'dist') continue;
    newest = Math.max(newest, newestMtime(path.join(target, entry)));
  }
  return newest;
}

// As root, embedded PostgreSQL runs its server as a 'postgres' user, which must reach the
// binaries and the data folder inside this repo. A clone under a private folder (mktemp -d
// makes 0700) is out of that user's reach: grant traverse-only (o+x) where it is missing.
function ensureReachableByPostgresUser() {
  if (process.getuid?.() !== 0 || process.env.DATABASE_URL) return;
  for (let dir = ROOT; ; dir = path.dirname(dir)) {
    const { mode } = fs.statSync(dir);
    if ((mode & 0o001) === 0) {
      fs.chmodSync(dir, (mode & 0o7777) | 0o001);
      log(`granted traverse permission on ${dir} for the embedded PostgreSQL user`);
    }
    if (path.dirname(dir) === dir) break;
  }
}

function installWorkspace() {
  ensureReachableByPostgresUser();
  const lockfile = path.join(ROOT, 'pnpm-lock.yaml');
  const stamp = path.join(ROOT, 'node_modules', '.xiaohu-installed');
  if (fs.existsSync(stamp) && fs.statSync(stamp).mtimeMs >= newestMtime(lockfile)) return;
  log('installing the workspace (pnpm install --frozen-lockfile)');
  mustPnpm(['install', '--frozen-lockfile', '--reporter=append-only']);
  fs.writeFileSync(stamp, new Date().toISOString());
}

// Builds a package only when a source file is newer than its last build.
function buildIfStale(name, dir, inputs) {
  const stamp = path.join(ROOT, dir, 'dist', '.xiaohu-built');
  const newest = Math.max(...inputs.map((input) => newestMtime(path.join(ROOT, dir, input))));
  if (fs.existsSync(stamp) && fs.statSync(stamp).mtimeMs >= newest) return;
  log(`building ${name}`);
  mustPnpm(['--filter', name, 'build']);
  fs.mkdirSync(path.dirname(stamp), { recursive: true });
  fs.writeFileSync(stamp, new Date().toISOString());
}

function buildAll() {
  buildIfStale('@xiaohu/domain', 'packages/domain', ['src', 'package.json', 'tsconfig.json']);
  buildApiIfStale();
  buildWebIfStale();
}

function buildApiIfStale() {
  buildIfStale('@xiaohu/api', 'apps/api', [
    'src',
    'package.json',
    'tsconfig.json',
    '../../packages/domain/src',
  ]);
}

function buildWebIfStale() {
  buildIfStale('@xiaohu/web', 'apps/web', [
    'src',
    'build',
    'index.html',
    'package.json',
    'vite.config.ts',
    'public',
    '../../packages/domain/src',
  ]);
}

async function start() {
  installWorkspace();
  buildAll();
  const code = await supervise({
    command: process.execPath,
    args: [path.join(ROOT, 'apps/api/dist/main.js')],
    spawnOptions: {
      cwd: ROOT,
      env: { ...process.env, WEB_DIST_DIR: process.env.WEB_DIST_DIR ?? path.join(ROOT, 'apps/web/dist') },
    },
    log,
  });
  process.exit(code);
}

function ensureChromium() {
  if (fs.existsSync(CHROMIUM)) return true;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot) {
    log(`${CHROMIUM} is missing: run "sudo apt-get install -y chromium" for the browser tests`);
    return false;
  }
  log('installing Debian chromium for the browser tests');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  run('apt-get', ['update', '-qq'], { env });
  run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium'], { env });
  return fs.existsSync(CHROMIUM);
}

function readJson(file) {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

// One tier = one command whose JSON report is counted; a tier that crashes before
// reporting counts as one failure, so a broken tier can never pass silently.
function jestTier(name, dir, extraArgs = []) {
  const output = path.join(RESULTS_DIR, `${name}.json`);
  fs.rmSync(output, { force: true });
  const status = pnpm([
    '--dir',
    dir,
    'exec',
    'jest',
    '--ci',
    '--json',
    `--outputFile=${output}`,
    ...extraArgs,
  ]);
  const report = readJson(output);
  if (!report) return { name, passed: 0, failed: 1 };
  const crashedSuites = report.numRuntimeErrorTestSuites ?? 0;
  const failed =
    report.numFailedTests +
    crashedSuites +
    (status !== 0 && report.numFailedTests + crashedSuites === 0 ? 1 : 0);
  return { name, passed: report.numPassedTests, failed };
}

// Runs pnpm without blocking, its output kept until it ends so that parallel checks do not interleave.
function pnpmAsync(args) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [...pnpmArgs(), ...args], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const output = [];
    child.stdout.on('data', (chunk) => output.push(chunk));
    child.stderr.on('data', (chunk) => output.push(chunk));
    child.on('close', (code) => resolve({ status: code ?? 1, output: Buffer.concat(output).toString() }));
    child.on('error', (error) => resolve({ status: 1, output: String(error) }));
  });
}

async function checksTier() {
  // The API resolves @xiaohu/domain through its built declarations.
  buildIfStale('@xiaohu/domain', 'packages/domain', ['src', 'package.json', 'tsconfig.json']);
  // Each check is single-threaded: they run side by side on the machine's cores.
  const checks = [
    ['typecheck', ['-r', '--workspace-concurrency=2', 'typecheck']],
    ['lint', ['exec', 'eslint', '.', '--max-warnings=0']],
    ['format', ['exec', 'prettier', '--check', '.', '--log-level=warn']],
    // Initial JS per route within its budget (apps/web/.size-limit.mjs), on a current build of the web.
    ['size', ['--dir', 'apps/web', 'exec', 'size-limit'], buildWebIfStale],
    // schema.graphql against main's: a breaking change fails unless CHANGELOG.md announces it (issue 13).
    ['schema', ['--filter', '@xiaohu/api', 'check-schema'], buildApiIfStale],
  ];
  // A check's preparation (building the web for its size) runs first, alone.
  for (const [, , prepare] of checks) prepare?.();
  const results = await Promise.all(
    checks.map(async ([label, args]) => {
      const started = Date.now();
      const { status, output } = await pnpmAsync(args);
      log(
        `check: ${label} ${status === 0 ? 'passed' : 'failed'} (${Math.round((Date.now() - started) / 1000)} s)`,
      );
      if (status !== 0) process.stdout.write(output);
      return status === 0;
    }),
  );
  const passed = results.filter(Boolean).length;
  return { name: 'checks', passed, failed: results.length - passed };
}

function e2eTier() {
  if (!ensureChromium()) return { name: 'e2e', passed: 0, failed: 1 };
  const output = path.join(RESULTS_DIR, 'e2e.json');
  fs.rmSync(output, { force: true });
  const status = pnpm(['--dir', 'e2e', 'exec', 'playwright', 'test', '--reporter=list,json'], {
    env: { ...process.env, PLAYWRIGHT_JSON_OUTPUT_NAME: output },
  });
  const report = readJson(output);
  if (!report?.stats) return { name: 'e2e', passed: 0, failed: 1 };
  const { expected = 0, unexpected = 0, flaky = 0 } = report.stats;
  const failed = unexpected + (status !== 0 && unexpected === 0 ? 1 : 0);
  return { name: 'e2e', passed: expected + flaky, failed };
}

async function test() {
  const started = Date.now();
  installWorkspace();
  fs.mkdirSync(RESULTS_DIR, { recursive: true });
  const only = process.env.XIAOHU_TIERS?.split(',');
  const tiers = [
    ['checks', checksTier],
    ['domain', () => jestTier('domain', 'packages/domain', ['--coverage'])],
    ['api', () => jestTier('api', 'apps/api', ['--maxWorkers=2'])],
    ['web', () => jestTier('web', 'apps/web', ['--maxWorkers=2'])],
    [
      'e2e',
      () => {
        buildAll();
        return e2eTier();
      },
    ],
  ];
  const results = [];
  for (const [name, runTier] of tiers) {
    if (only && !only.includes(name)) continue;
    log(`tier: ${name}`);
    const tierStarted = Date.now();
    const result = await runTier();
    result.seconds = Math.round((Date.now() - tierStarted) / 1000);
    results.push(result);
  }
  const passed = results.reduce((sum, r) => sum + r.passed, 0);
  const failed = results.reduce((sum, r) => sum + r.failed, 0);
  process.stdout.write('\n');
  for (const r of results) log(`${r.name}: ${r.passed} passed, ${r.failed} failed (${r.seconds} s)`);
  log(`total time ${Math.round((Date.now() - started) / 1000)} s`);
  process.stdout.write(`tests: ${passed} passed, ${failed} failed\n`);
  process.exit(failed === 0 ? 0 : 1);
}

const command = process.argv[2];
if (command === 'start') await start();
else if (command === 'build') {
  installWorkspace();
  buildAll();
} else if (command === 'test') await test();
else {
  log('usage: node scripts/run.mjs start|build|test');
  process.exit(2);
}
