import type { DataSource } from 'typeorm';
import { createTestDatabase } from '../../test-support/test-database';
import { recordAudit } from '../audit/audit-log';
import { APP_DB_ROLE, appConnection, assertRestrictedAppRole } from './app-role';
import { createDataSource } from './data-source';

// Issue 9, finding 4: the app's pool must not be able to become the owner or a superuser and rewrite
// the audit trail, whatever SQL it is made to run.
let app: DataSource;
let owner: DataSource;
beforeAll(async () => {
  const database = await createTestDatabase();
  app = createDataSource(database.appUrl, 'app');
  owner = createDataSource(database.url, 'owner');
  await app.initialize();
  await owner.initialize();
  await app.transaction((manager) =>
    recordAudit(manager, null, new Date(), { action: 'test.row', outcome: 'OK' }),
  );
});
afterAll(async () => {
  await app.destroy();
  await owner.destroy();
});

const asApp = (sql: string) => app.query(sql);

it('the pool logs in as xiaohu_app itself: there is no stronger login role behind it', async () => {
  expect(await asApp('SELECT session_user AS login, current_user AS role')).toEqual([
    { login: APP_DB_ROLE, role: APP_DB_ROLE },
  ]);
  await asApp('RESET ROLE');
  expect(await asApp('SELECT current_user AS role')).toEqual([{ role: APP_DB_ROLE }]);
});

it.each(['postgres', 'pg_write_all_data', 'pg_read_server_files'])(
  'SET ROLE %s is refused to the app',
  async (role) => {
    await expect(asApp(`SET ROLE ${role}`)).rejects.toThrow(/permission denied to set role/);
  },
);

it('SET ROLE to the owner of the audit trail is refused to the app', async () => {
  const [{ owner: tableOwner }] = await owner.query(
    `SELECT tableowner AS owner FROM pg_tables WHERE tablename = 'audit_event'`,
  );
  await expect(asApp(`SET ROLE "${tableOwner}"`)).rejects.toThrow(/permission denied to set role/);
});

it('the app cannot switch the audit trail’s triggers off, nor bypass them', async () => {
  await expect(
    asApp('ALTER TABLE audit_event DISABLE TRIGGER audit_event_no_update_or_delete'),
  ).rejects.toThrow(/must be owner/);
  await expect(asApp('ALTER TABLE audit_event DISABLE TRIGGER ALL')).rejects.toThrow(/must be owner/);
  await expect(asApp('SET session_replication_role = replica')).rejects.toThrow(/permission denied/);
  await expect(asApp('DROP TRIGGER audit_event_no_update_or_delete ON audit_event')).rejects.toThrow(
    /must be owner/,
  );
});

it.each([
  ['UPDATE', `UPDATE audit_event SET outcome = 'CHANGED'`],
  ['DELETE', 'DELETE FROM audit_event'],
  ['TRUNCATE', 'TRUNCATE audit_event'],
])('the app cannot %s audit rows', async (_operation, sql) => {
  const before = await owner.query('SELECT count(*)::int AS n FROM audit_event');
  await expect(asApp(sql)).rejects.toThrow(/permission denied/);
  expect(await owner.query('SELECT count(*)::int AS n FROM audit_event')).toEqual(before);
});

it('the app can neither create objects nor hand itself privileges', async () => {
  await expect(asApp('CREATE TABLE public.shadow (id int)')).rejects.toThrow(/permission denied/);
  await expect(asApp('CREATE TABLE pgboss.shadow (id int)')).rejects.toThrow(/permission denied/);
  // Granting without the grant option only warns "no privileges were granted": it changes nothing.
  await asApp(`GRANT UPDATE ON audit_event TO ${APP_DB_ROLE}`);
  await expect(asApp(`UPDATE audit_event SET outcome = 'CHANGED'`)).rejects.toThrow(/permission denied/);
  await expect(asApp(`ALTER ROLE ${APP_DB_ROLE} SUPERUSER`)).rejects.toThrow(/permission denied/);
});

it('the start-up guard accepts the app’s pool and refuses one that can act as the owner', async () => {
  await expect(assertRestrictedAppRole((sql) => app.query(sql))).resolves.toBeUndefined();
  await expect(assertRestrictedAppRole((sql) => owner.query(sql))).rejects.toThrow(/refusing/);
});

it('the app’s credentials are derived from the owner’s, never equal to them', () => {
  const ownerUrl = 'postgres://owner:s3cret@db.example:5432/xiaohu?sslmode=require';
  const derived = new URL(appConnection(ownerUrl).url);
  expect(derived.username).toBe(APP_DB_ROLE);
  expect(derived.password).not.toContain('s3cret');
  expect(derived.password.length).toBeGreaterThanOrEqual(40);
  expect(`${derived.host}${derived.pathname}${derived.search}`).toBe(
    'db.example:5432/xiaohu?sslmode=require',
  );
  expect(appConnection(ownerUrl).url).toBe(derived.toString());
  expect(appConnection(ownerUrl, 'postgres://web:other@db/xiaohu')).toEqual({
    url: 'postgres://web:other@db/xiaohu',
    isDerived: false,
  });
  expect(() => appConnection('postgres://owner@db/xiaohu')).toThrow(/DATABASE_APP_URL/);
});
