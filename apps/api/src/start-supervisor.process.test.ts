import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

// scripts/supervise.mjs, which `npm start` runs the API under, with a stand-in for the API that
// crashes twice, is then killed by SIGKILL, and stays up on its fourth start.
const SUPERVISE = pathToFileURL(path.resolve(__dirname, '../../../scripts/supervise.mjs')).href;

const FLAKY_API = `
const fs = require('node:fs');
const file = process.env.COUNTER_FILE;
const runs = fs.existsSync(file) ? Number(fs.readFileSync(file, 'utf8')) : 0;
fs.writeFileSync(file, String(runs + 1));
if (runs < 2) process.exit(3);
if (runs === 2) process.kill(process.pid, 'SIGKILL');
console.log('api up on run ' + (runs + 1));
process.on('SIGTERM', () => { console.log('api stopping'); process.exit(0); });
setInterval(() => undefined, 1000);
`;

const SUPERVISOR = `
import { supervise } from ${JSON.stringify(SUPERVISE)};
const code = await supervise({
  command: process.execPath,
  args: ['-e', ${JSON.stringify(FLAKY_API)}],
  backoffMs: [20, 40, 80],
});
process.exit(code);
`;

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'xiaohu-supervise-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function until(output: () => string, pattern: RegExp, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!pattern.test(output())) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${pattern}:\n${output()}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

it('npm start restarts a crashed API with a growing back-off, says so, and passes SIGTERM on', async () => {
  const supervisor = spawn(process.execPath, ['--input-type=module', '-e', SUPERVISOR], {
    env: { ...process.env, COUNTER_FILE: path.join(dir, 'runs') },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  supervisor.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  supervisor.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  const exited = new Promise<number | null>((resolve) => supervisor.once('exit', (code) => resolve(code)));
  try {
    await until(() => output, /api up on run 4/);
    const restarts = output.split('\n').filter((line) => line.startsWith('[xiaohu] '));
    expect(restarts.map((line) => line.replace(/after [\d.]+ s/, 'after N s'))).toEqual([
      '[xiaohu] the API exited with code 3 after N s; restarting in 0.02 s (restart 1)',
      '[xiaohu] the API exited with code 3 after N s; restarting in 0.04 s (restart 2)',
      '[xiaohu] the API was killed by SIGKILL after N s; restarting in 0.08 s (restart 3)',
    ]);
    supervisor.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(output).toContain('api stopping');
  } finally {
    supervisor.kill('SIGKILL');
  }
});
