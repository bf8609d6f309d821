import PgBoss from 'pg-boss';

/**
 * Durable jobs in PostgreSQL (pg-boss), in its own schema. Queue infrastructure only for now;
 * later issues create queues with a short expireInSeconds and idempotent, singleton-keyed handlers.
 */
export async function startJobQueue(ownerUrl: string, log: (message: string, error?: unknown) => void): Promise<PgBoss> {
  const boss = new PgBoss({ connectionString: ownerUrl, schema: 'pgboss', application_name: 'xiaohu-jobs' });
  // Errors are reported, not thrown (e.g. while PostgreSQL stops at shutdown): one line each.
  boss.on('error', (error) => log(`Job queue error: ${error.message}`));
  await boss.start();
  return boss;
}
