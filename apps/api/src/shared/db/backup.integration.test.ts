import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { createTestDatabase, databaseUrl, type TestDatabase } from '../../test-support/test-database';
import { verifyAuditChain } from '../audit/audit-chain';
import { recordAudit } from '../audit/audit-log';
import { createDataCipher } from '../crypto/data-cipher';
import { columnCipher } from '../crypto/encrypted-column';
import { sendJobInTransaction } from '../jobs/job-queue';
import { JOB_QUEUES } from '../jobs/job-queues';
import { readBackupHeader, restoreBackup, writeBackup } from './backup';
import { createDataSource } from './data-source';

// Issue 9, backups: the drill. Back up, wipe, restore; every row comes back, the chain still holds.
jest.setTimeout(180_000);

let database: TestDatabase;
let folder: string;
const log = () => undefined;

async function withClient<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Each table's row count and, for the copied ones, a digest of every row's content. */
async function contents(url: string): Promise<Record<string, string>> {
  return withClient(url, async (client) => {
    const { rows: tables } = await client.query<{ name: string }>(
      `SELECT format('%I.%I', n.nspname, c.relname) AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE n.nspname IN ('public', 'pgboss') AND c.relkind IN ('r', 'p') AND NOT c.relispartition ORDER BY 1`,
    );
    const result: Record<string, string> = {};
    for (const { name } of tables) {
      const { rows } = await client.query<{ n: string; digest: string | null }>(
        `SELECT count(*) AS n, md5(string_agg(row_to_json(t)::text, '|' ORDER BY row_to_json(t)::text)) AS digest
         FROM ${name} t`,
      );
      // pgboss.version carries the time of pg-boss's last maintenance run, which a restore re-creates.
      result[name] = name === 'pgboss.version' ? rows[0].n : `${rows[0].n} ${rows[0].digest ?? ''}`;
    }
    return result;
  });
}

beforeAll(async () => {
  database = await createTestDatabase();
  folder = mkdtempSync(path.join(tmpdir(), 'xiaohu-backup-'));
  // Values a logical copy could bend: JSON null against SQL NULL, floats, big numbers, non-BMP text.
  const app = createDataSource(database.appUrl, 'app');
  await app.initialize();
  await app.transaction(async (manager) => {
    await recordAudit(manager, null, new Date('2026-03-01T08:00:00.123Z'), {
      action: 'test.backup',
      outcome: 'OK',
      details: { text: '校护 𠀀 "quoted" \\ back', float: 0.1, big: 2 ** 53, nested: [null, { a: [] }] },
    });
    await sendJobInTransaction(manager, JOB_QUEUES.mailDelivery.name, { mailId: 'backup-drill' });
  });
  await app.destroy();
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

it('drill: back up, wipe, restore; every table holds the same rows and the audit chain is unbroken', async () => {
  const before = await contents(database.url);
  expect(Number(before['public.audit_event'].split(' ')[0])).toBeGreaterThan(0);
  expect(Number(before['pgboss.job'].split(' ')[0])).toBeGreaterThan(0);
  const file = path.join(folder, 'drill.backup.gz');

  const header = await writeBackup(database.url, file, columnCipher());
  expect(statSync(file).mode & 0o777).toBe(0o600);
  expect(await readBackupHeader(file)).toEqual(header);

  await withClient(databaseUrl('postgres'), (admin) =>
    admin.query(`DROP DATABASE ${database.name} WITH (FORCE)`),
  );
  const restored = await restoreBackup(database.url, file, columnCipher(), log);
  expect(restored.replacedBy).toBeNull();

  expect(await contents(database.url)).toEqual(before);
  const owner = createDataSource(database.url, 'owner');
  await owner.initialize();
  const app = createDataSource(database.appUrl, 'app');
  await app.initialize();
  try {
    expect(await verifyAuditChain((sql, params) => owner.query(sql, params))).toEqual({
      rows: restored.auditRows,
      broken: null,
    });
    // The app's role works on the restored database, and ids continue where they were.
    await app.transaction((manager) =>
      recordAudit(manager, null, new Date(), { action: 'test.after', outcome: 'OK' }),
    );
    expect((await verifyAuditChain((sql, params) => app.query(sql, params))).rows).toBe(
      restored.auditRows + 1,
    );
  } finally {
    await app.destroy();
    await owner.destroy();
  }
});

it('a restore keeps the database it replaces, and refuses while XiaoHu is connected or with another data key', async () => {
  const file = path.join(folder, 'again.backup.gz');
  await writeBackup(database.url, file, columnCipher());
  const before = await contents(database.url);

  const otherKey = createDataCipher(Buffer.alloc(32, 7));
  await expect(restoreBackup(database.url, file, otherKey, log)).rejects.toThrow(/another data key/);

  const app = createDataSource(database.appUrl, 'app');
  await app.initialize();
  await expect(restoreBackup(database.url, file, columnCipher(), log)).rejects.toThrow(/stop XiaoHu/);
  await app.destroy();

  const restored = await restoreBackup(
    database.url,
    file,
    columnCipher(),
    log,
    new Date('2026-03-01T08:09:10Z'),
  );
  expect(restored.replacedBy).toBe(`${database.name}_pre_20260301080910`);
  expect(await contents(database.url)).toEqual(before);
  expect(await contents(databaseUrl(restored.replacedBy!))).toEqual(before);
});
