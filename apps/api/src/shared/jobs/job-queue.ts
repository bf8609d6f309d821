import PgBoss from 'pg-boss';
import type { EntityManager } from 'typeorm';
import { JOB_SCHEMA, type JobQueueName } from './job-queues';

/**
 * Durable jobs in PostgreSQL (pg-boss), in its own schema. The owner installs it and the queues (a
 * migration); the workers connect as the app's role, which may run jobs but not change the schema.
 * Handlers must be idempotent: a job may run twice.
 */
export async function startJobQueue(
  appUrl: string,
  log: (message: string, error?: unknown) => void,
): Promise<PgBoss> {
  const boss = new PgBoss({
    connectionString: appUrl,
    schema: JOB_SCHEMA,
    application_name: 'xiaohu-jobs',
    // The schema is the migrations' (as the owner); no cron schedules are used (they create queues).
    migrate: false,
    schedule: false,
  });
  boss.on('error', (error) => log('Job queue error', error));
  await boss.start();
  return boss;
}

// Only used to build pg-boss's insert; every job it creates goes through the caller's transaction.
const sender = new PgBoss({
  schema: JOB_SCHEMA,
  db: {
    executeSql: () => Promise.reject(new Error('Jobs are created with an explicit transaction')),
  },
});

/** pg-boss's `db` option over a TypeORM transaction: the job commits or rolls back with the work. */
function transactionExecutor(manager: EntityManager) {
  return {
    async executeSql(text: string, values: unknown[]): Promise<{ rows: unknown[] }> {
      if (!manager.queryRunner) throw new Error('A job must be created inside a transaction');
      const result = await manager.queryRunner.query(text, values, true);
      return { rows: result.records };
    },
  };
}

export interface NewJob {
  startAfter?: Date;
  /** One live job per key (pg-boss); handlers stay idempotent anyway. */
  singletonKey?: string;
}

/** Creates a job in the transaction of `manager`. */
export async function sendJobInTransaction(
  manager: EntityManager,
  queue: JobQueueName,
  data: object,
  job: NewJob = {},
): Promise<string | null> {
  return sender.send(queue, data, {
    startAfter: job.startAfter,
    singletonKey: job.singletonKey,
    db: transactionExecutor(manager),
  });
}

/** Polling interval of our workers: a due job starts within about this many seconds. */
export const WORKER_POLLING_SECONDS = 1;
