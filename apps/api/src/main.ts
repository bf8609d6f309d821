import 'reflect-metadata';
import type { Server } from 'node:http';
import { DEFAULT_POLICY } from '@xiaohu/domain';
import { loadConfig } from './config';
import { seedDemoDistrict, seedReferenceData } from './seed/demo-district.seed';
import { DEMO_PASSWORD } from './seed/demo-district.data';
import { createAppServer } from './server';
import { systemClock } from './shared/clock/clock';
import { dataCipher } from './shared/crypto/data-cipher';
import { installColumnCipher } from './shared/crypto/encrypted-column';
import { appConnection, assertRestrictedAppRole, ensureAppLogin } from './shared/db/app-role';
import { createDataSource } from './shared/db/data-source';
import { ensureDatabaseServer } from './shared/db/embedded-postgres';
import { startJobQueue } from './shared/jobs/job-queue';
import { startIncidentWorkers } from './features/incidents/incident-alerts';
import { alertDependencies } from './features/incidents/commands/case-command.support';

const log = (message: string, error?: unknown) => {
  if (error === undefined) console.log(message);
  else console.error(message, error instanceof Error ? (error.stack ?? error.message) : error);
};

/** Start: database, migrations, seed (not in production), job queue, HTTP. */
async function main(): Promise<void> {
  const startedAt = Date.now();
  const config = loadConfig();
  // Before any database work: migrations and entities encrypt with it. Throws in production without the key.
  installColumnCipher(dataCipher(config));
  const database = await ensureDatabaseServer({ ...config, log });

  const owner = createDataSource(database.ownerUrl, 'owner');
  await owner.initialize();
  const applied = await owner.runMigrations({ transaction: 'each' });
  if (applied.length > 0) log(`Applied ${applied.length} migration(s)`);
  const demoAccounts = config.isProduction
    ? (await seedReferenceData(owner), [])
    : await seedDemoDistrict(owner, { isProduction: false, now: systemClock.now() });
  await owner.destroy();

  // From here on only the restricted role: it cannot switch to the owner or touch the audit trail.
  const appDatabase = appConnection(database.ownerUrl, config.databaseAppUrl);
  await ensureAppLogin(database.ownerUrl, appDatabase);
  const dataSource = createDataSource(appDatabase.url, 'app');
  await dataSource.initialize();
  await assertRestrictedAppRole((sql) => dataSource.query(sql));
  const jobs = await startJobQueue(appDatabase.url, log);
  await startIncidentWorkers(
    jobs,
    dataSource,
    alertDependencies({ clock: systemClock, policy: DEFAULT_POLICY }),
    log,
  );
  const { app, stop } = await createAppServer(
    { config, dataSource, clock: systemClock, policy: DEFAULT_POLICY },
    log,
  );

  const server: Server = app.listen(config.port, config.host, () => {
    const url = `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${config.port}`;
    log(`XiaoHu 校护 is ready at ${url} (GraphQL at ${url}/graphql) in ${Date.now() - startedAt} ms`);
    if (demoAccounts.length > 0) {
      log(`Demo accounts (password ${DEMO_PASSWORD}):`);
      for (const account of demoAccounts) {
        log(
          `  ${account.username.padEnd(13)} ${account.role.padEnd(15)} ${account.unitCode ?? account.institutionName ?? ''}`,
        );
      }
    }
  });
  server.on('error', (error) => {
    log('HTTP server failed', error);
    process.exit(1);
  });

  let stopping = false;
  const shutdown = async () => {
    if (stopping) return;
    stopping = true;
    server.close();
    await stop();
    await jobs.stop({ graceful: true, wait: true });
    await dataSource.destroy();
    await database.stop();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown());
  process.on('SIGTERM', () => void shutdown());
}

main().catch((error: unknown) => {
  log('Start-up failed', error);
  process.exit(1);
});
