import type PgBoss from 'pg-boss';
import type { DataSource } from 'typeorm';
import { createTestDatabase } from '../../test-support/test-database';
import { createDataSource } from '../db/data-source';
import { sendJobInTransaction, startJobQueue } from './job-queue';
import { JOB_QUEUES } from './job-queues';

// pg-boss runs on the app's role: the owner installed its schema and queues (migrations).
let app: DataSource;
let boss: PgBoss;
const errors: unknown[] = [];
beforeAll(async () => {
  const database = await createTestDatabase();
  app = createDataSource(database.appUrl, 'app');
  await app.initialize();
  boss = await startJobQueue(database.appUrl, (_message, error) => errors.push(error));
});
afterAll(async () => {
  await boss.stop({ graceful: false, wait: true });
  await app.destroy();
});

it('the workers, logged in as xiaohu_app, fetch, complete and archive jobs', async () => {
  const queue = JOB_QUEUES.mailDelivery.name;
  const id = await app.transaction((manager) => sendJobInTransaction(manager, queue, { mailId: 'test' }));
  const [job] = await boss.fetch<{ mailId: string }>(queue);
  expect(job).toMatchObject({ id, data: { mailId: 'test' } });
  await boss.complete(queue, job.id);
  expect(await boss.getJobById(queue, job.id)).toMatchObject({ state: 'completed' });
  // Expiry, archiving and deletion of old jobs, as pg-boss's supervisor runs them.
  await (boss as unknown as { maintain(): Promise<unknown> }).maintain();
  expect(errors).toEqual([]);
});

it('the app’s role cannot create queues (a table each) or change pg-boss’s schema', async () => {
  await expect(boss.createQueue('made-by-the-app')).rejects.toThrow(/permission denied/);
  await expect(app.query('DROP TABLE pgboss.archive')).rejects.toThrow(/must be owner/);
});
