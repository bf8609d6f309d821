import { randomBytes } from 'node:crypto';
import { DEFAULT_POLICY } from '@xiaohu/domain';
import { Client } from 'pg';
import { appConnection, ensureAppLogin } from '../shared/db/app-role';
import { createDataSource } from '../shared/db/data-source';
import { seedDemoDistrict } from '../seed/demo-district.seed';
import { reconcileStaffDueDates } from '../features/staff/staff-due-dates';

const TEMPLATE = 'xiaohu_template';
const TEMPLATE_LOCK = 7_260_2026;

function serverUrl(): string {
  const url = process.env.XIAOHU_TEST_DATABASE_URL;
  if (!url) throw new Error('XIAOHU_TEST_DATABASE_URL is not set: run the tests through jest (globalSetup)');
  return url;
}

export function databaseUrl(name: string): string {
  const url = new URL(serverUrl());
  url.pathname = `/${name}`;
  return url.toString();
}

export interface TestDatabase {
  /** As the schema owner (the test server's superuser), like the migrations. */
  url: string;
  /** As the app's restricted role (xiaohu_app), like the server's pool. */
  appUrl: string;
  name: string;
}

/**
 * A fresh database for one test file, copied from a template that ran every migration and the
 * demo seed once for the whole run. Files run in parallel; the advisory lock builds the template once.
 */
export async function createTestDatabase(options: { seeded?: boolean } = {}): Promise<TestDatabase> {
  const admin = new Client({ connectionString: serverUrl() });
  await admin.connect();
  try {
    await admin.query('SELECT pg_advisory_lock($1)', [TEMPLATE_LOCK]);
    const name = `xiaohu_test_${randomBytes(5).toString('hex')}`;
    const url = databaseUrl(name);
    if (options.seeded === false) {
      await admin.query(`CREATE DATABASE ${name}`);
      return { url, appUrl: appConnection(url).url, name };
    }
    const exists = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [TEMPLATE]);
    if (exists.rowCount === 0) await buildTemplate(admin);
    await admin.query(`CREATE DATABASE ${name} TEMPLATE ${TEMPLATE}`);
    // The role is the cluster's (made by the template's migrations); its login is set once, as main.ts does.
    const app = appConnection(url);
    await ensureAppLogin(url, app);
    return { url, appUrl: app.url, name };
  } finally {
    await admin.query('SELECT pg_advisory_unlock($1)', [TEMPLATE_LOCK]).catch(() => undefined);
    await admin.end();
  }
}

async function buildTemplate(admin: Client): Promise<void> {
  const building = `${TEMPLATE}_building`;
  await admin.query(`DROP DATABASE IF EXISTS ${building}`);
  await admin.query(`CREATE DATABASE ${building}`);
  const owner = createDataSource(databaseUrl(building), 'owner');
  await owner.initialize();
  try {
    await owner.runMigrations({ transaction: 'each' });
    const now = new Date('2026-03-01T00:00:00Z');
    await seedDemoDistrict(owner, { isProduction: false, now });
    await reconcileStaffDueDates(owner.manager, DEFAULT_POLICY, now);
  } finally {
    await owner.destroy();
  }
  // Renamed only when complete, so a half-built template is never copied.
  await admin.query(`ALTER DATABASE ${building} RENAME TO ${TEMPLATE}`);
}
