import 'reflect-metadata';
import type { Server } from 'node:http';
import { DEFAULT_POLICY } from '@xiaohu/domain';
import { loadConfig } from './config';
import { seedDemoDistrict, seedReferenceData } from './seed/demo-district.seed';
import { DEMO_PASSWORD } from './seed/demo-district.data';
import { createAppServer } from './server';
import { systemClock } from './shared/clock/clock';
import { dataCipher } from './shared/crypto/data-cipher';
import { assertDataKeyMatches } from './shared/crypto/data-key-check';
import { installColumnCipher } from './shared/crypto/encrypted-column';
import { appConnection, assertRestrictedAppRole, ensureAppLogin } from './shared/db/app-role';
import { withStartUpLock } from './shared/db/advisory-locks';
import { createDataSource } from './shared/db/data-source';
import { ensureDatabaseServer } from './shared/db/embedded-postgres';
import { startJobQueue } from './shared/jobs/job-queue';
import { startIncidentWorkers } from './features/incidents/incident-alerts';
import { alertDependencies } from './features/incidents/commands/case-command.support';
import { reconcileStaffDueDates } from './features/staff/staff-due-dates';
import { startHazardWorkers } from './features/inspections/hazard-alerts';
import { startWebhookWorkers } from './features/webhooks/webhook-delivery';

const log = (message: string, error?: unknown) => {
  if (error === undefined) console.log(message);
  else console.error(message, error instanceof Error ? (error.stack ?? error.message) : error);
};

const SHUTDOWN_DEADLINE_MS = 9_000;
const REQUEST_DRAIN_MS = 2_000;
const JOB_DRAIN_MS = 3_000;

/** What has been started, stopped in reverse order on SIGTERM or SIGINT (also halfway through start-up). */
const running: { name: string; stop: () => Promise<unknown> }[] = [];
let stopping = false;

async function shutdown(reason: string, exitCode = 0): Promise<void> {
  if (stopping) return;
  stopping = true;
  const began = Date.now();
  log(`Stopping (${reason})`);
  // Supervisors (systemd, docker) send SIGKILL 10 s after SIGTERM; never come near it.
  setTimeout(() => {
    log(`Stopping took more than ${SHUTDOWN_DEADLINE_MS / 1000} s: exiting now`);
    process.exit(1);
  }, SHUTDOWN_DEADLINE_MS).unref();
  let failed = false;
  // Every step runs even when an earlier one failed: the embedded database must stop in any case.
  for (const { name, stop } of [...running].reverse()) {
    try {
      await stop();
    } catch (error) {
      failed = true;
      log(`Stopping: ${name} failed`, error);
    }
  }
  log(`Stopped in ${Date.now() - began} ms`);
  process.exit(failed ? 1 : exitCode);
}

/** Stops accepting connections, closes idle ones at once and cuts requests still running after `graceMs`. */
function closeHttpServer(server: Server, graceMs: number): Promise<void> {
  const closed = new Promise<void>((resolve, reject) =>
    server.close((error) => (error ? reject(error) : resolve())),
  );
  server.closeIdleConnections();
  const cut = setTimeout(() => server.closeAllConnections(), graceMs);
  return closed.finally(() => clearTimeout(cut));
}

/** Start: database, migrations, seed (not in production), job queue, HTTP. */
async function main(): Promise<void> {
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  const startedAt = Date.now();
  const config = loadConfig();
  // Before any database work: migrations and entities encrypt with it. Throws in production without the key.
  installColumnCipher(dataCipher(config));
  const database = await ensureDatabaseServer({ ...config, log });
  running.push({ name: 'database server', stop: () => database.stop() });

  // Replicas on one database start one after another through here (docs/SCALING.md).
  const appDatabase = appConnection(database.ownerUrl, config.databaseAppUrl);
  const demoAccounts = await withStartUpLock(database.ownerUrl, async () => {
    const owner = createDataSource(database.ownerUrl, 'owner');
    await owner.initialize();
    try {
      // Before writing anything: a replica with another key would write what the others cannot read.
      await assertDataKeyMatches((sql, parameters) => owner.query(sql, parameters), dataCipher(config));
      const applied = await owner.runMigrations({ transaction: 'each' });
      if (applied.length > 0) log(`Applied ${applied.length} migration(s)`);
      const seeded = config.isProduction
        ? (await seedReferenceData(owner), [])
        : await seedDemoDistrict(owner, { isProduction: false, now: systemClock.now() });
      // Stored due dates (VET-9, VET-10) follow the district's settings: recomputed when those changed.
      const dueDates = await reconcileStaffDueDates(owner.manager, DEFAULT_POLICY, systemClock.now());
      if (dueDates !== null) log(`Recomputed the due dates of the staff register (${dueDates} changed)`);
      await ensureAppLogin(database.ownerUrl, appDatabase);
      return seeded;
    } finally {
      await owner.destroy();
    }
  });

  // From here on only the restricted role: it cannot switch to the owner or touch the audit trail.
  const dataSource = createDataSource(appDatabase.url, 'app');
  await dataSource.initialize();
  running.push({ name: 'database connections', stop: () => dataSource.destroy() });
  await assertRestrictedAppRole((sql) => dataSource.query(sql));
  const jobs = await startJobQueue(appDatabase.url, log);
  // Running jobs get a short grace; an unfinished one is failed and retried at the next start.
  running.push({
    name: 'job queue',
    stop: () => jobs.stop({ graceful: true, wait: true, timeout: JOB_DRAIN_MS }),
  });
  await startIncidentWorkers(
    jobs,
    dataSource,
    alertDependencies({ clock: systemClock, policy: DEFAULT_POLICY }),
    log,
  );
  await startHazardWorkers(
    jobs,
    dataSource,
    alertDependencies({ clock: systemClock, policy: DEFAULT_POLICY }),
  );
  // Issue 13: signed deliveries to integrators; the timestamp is the sending time.
  await startWebhookWorkers(jobs, dataSource, { clock: systemClock });
  const { app, attach, stop } = await createAppServer(
    { config, dataSource, clock: systemClock, policy: DEFAULT_POLICY },
    log,
  );
  running.push({ name: 'GraphQL', stop });
  if (stopping) return;

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
  running.push({ name: 'HTTP server', stop: () => closeHttpServer(server, REQUEST_DRAIN_MS) });
  await attach(server);
  server.on('error', (error) => {
    log('HTTP server failed', error);
    void shutdown('the HTTP server failed', 1);
  });
}

main().catch((error: unknown) => {
  if (stopping) return; // a start-up step failed because shutdown closed what it used
  log('Start-up failed', error);
  // Stop what did start (the embedded database above all), then exit with failure.
  void shutdown('start-up failed', 1);
});
