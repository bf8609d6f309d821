#!/usr/bin/env node
// Maintenance commands of the README (npm run backup, restore, audit:verify, bench, seed:district): runs the API's script of
// that name, building the API first when its sources are newer than its build. The workspace must be
// installed (`npm start` or `npm test` does it once).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const TASKS = {
  backup: 'backup.js',
  restore: 'restore.js',
  'audit:verify': 'audit-verify.js',
  bench: 'bench/bench.js',
  'seed:district': 'seed-district.js',
};
const PNPM = path.join(ROOT, '.tools', 'node_modules', 'pnpm', 'bin', 'pnpm.cjs');

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

// The same stamps as scripts/run.mjs, so neither rebuilds what the other built.
function buildIfStale(name, dir, inputs) {
  const stamp = path.join(ROOT, dir, 'dist', '.xiaohu-built');
  const newest = Math.max(...inputs.map((input) => newestMtime(path.join(ROOT, dir, input))));
  if (fs.existsSync(stamp) && fs.statSync(stamp).mtimeMs >= newest) return;
  process.stdout.write(`[xiaohu] building ${name}\n`);
  const { status } = spawnSync(process.execPath, [PNPM, '--filter', name, 'build'], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  if (status !== 0) process.exit(status ?? 1);
  fs.mkdirSync(path.dirname(stamp), { recursive: true });
  fs.writeFileSync(stamp, new Date().toISOString());
}

const [task, ...args] = process.argv.slice(2);
if (!TASKS[task]) {
  process.stderr.write(`usage: node scripts/api-task.mjs ${Object.keys(TASKS).join('|')} [arguments]\n`);
  process.exit(2);
}
if (!fs.existsSync(PNPM) || !fs.existsSync(path.join(ROOT, 'node_modules'))) {
  process.stderr.write('[xiaohu] the workspace is not installed yet: run `npm start` or `npm test` once\n');
  process.exit(2);
}
buildIfStale('@xiaohu/domain', 'packages/domain', ['src', 'package.json', 'tsconfig.json']);
buildIfStale('@xiaohu/api', 'apps/api', [
  'src',
  'package.json',
  'tsconfig.json',
  '../../packages/domain/src',
]);
// npm runs scripts from the repository root; a file argument is meant from where the command was typed.
// Generating a district makes millions of short-lived values: a larger young generation halves its GC time.
const nodeOptions = task === 'seed:district' ? ['--max-semi-space-size=64'] : [];
const { status } = spawnSync(
  process.execPath,
  [...nodeOptions, path.join(ROOT, 'apps/api/dist/scripts', TASKS[task]), ...args],
  {
    cwd: process.env.INIT_CWD ?? process.cwd(),
    stdio: 'inherit',
  },
);
process.exit(status ?? 1);
