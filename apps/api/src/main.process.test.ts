import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { findFreePort } from './shared/db/free-port';
import { createTestDatabase } from './test-support/test-database';
import {
  buildApiForChildProcess,
  killApiProcess,
  startApiProcess,
  type ApiBuild,
  type ApiProcess,
} from './features/incidents/api-process.test-support';

// The real server (main.ts) in a child process, stopped the way systemd and docker stop it.
jest.setTimeout(180_000);

const STOP_LIMIT_MS = 10_000;

let build: ApiBuild;
const processes: ApiProcess[] = [];
const dataDirs: string[] = [];

beforeAll(() => {
  build = buildApiForChildProcess();
});

afterAll(async () => {
  for (const api of processes) await killApiProcess(api);
  for (const dir of dataDirs) rmSync(dir, { recursive: true, force: true });
  build?.remove();
});

function baseEnv(): NodeJS.ProcessEnv {
  const { SMTP_HOST: _smtp, DATABASE_URL: _url, ...rest } = process.env;
  return { ...rest, NODE_ENV: 'test', HOST: '127.0.0.1' };
}

async function stopWithSigterm(api: ApiProcess): Promise<{ code: number | null; ms: number }> {
  const exit = new Promise<number | null>((resolve) => api.child.once('exit', (code) => resolve(code)));
  const began = Date.now();
  api.child.kill('SIGTERM');
  const limit = new Promise<'timeout'>((resolve) =>
    setTimeout(() => resolve('timeout'), STOP_LIMIT_MS + 5_000).unref(),
  );
  const code = await Promise.race([exit, limit]);
  if (code === 'timeout') throw new Error(`The API ignored SIGTERM:\n${api.output()}`);
  return { code, ms: Date.now() - began };
}

describe('supervision: SIGTERM', () => {
  it('stops the API on its embedded PostgreSQL within 10 s, exit code 0, without "terminating connection" errors', async () => {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'xiaohu-stop-'));
    chmodSync(dataDir, 0o755); // the embedded server runs as the postgres user when we are root
    dataDirs.push(dataDir);
    const api = await startApiProcess(build.mainFile, {
      ...baseEnv(),
      XIAOHU_DATA_DIR: dataDir,
      PORT: String(await findFreePort()),
    });
    processes.push(api);
    expect((await fetch(`${api.baseUrl}/healthz`)).status).toBe(200);
    const { code, ms } = await stopWithSigterm(api);
    expect({ code, withinLimit: ms < STOP_LIMIT_MS }).toEqual({ code: 0, withinLimit: true });
    expect(api.output()).not.toMatch(/terminating connection|Job queue error/);
    expect(api.output()).toMatch(/Stopped in \d+ ms/);
  });

  it('stops the API on DATABASE_URL within 10 s, exit code 0', async () => {
    const database = await createTestDatabase();
    const api = await startApiProcess(build.mainFile, {
      ...baseEnv(),
      DATABASE_URL: database.url,
      PORT: String(await findFreePort()),
    });
    processes.push(api);
    const { code, ms } = await stopWithSigterm(api);
    expect({ code, withinLimit: ms < STOP_LIMIT_MS }).toEqual({ code: 0, withinLimit: true });
    expect(api.output()).not.toMatch(/terminating connection|Job queue error/);
  });
});
