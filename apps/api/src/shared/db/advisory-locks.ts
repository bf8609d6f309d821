import { Client } from 'pg';

/**
 * PostgreSQL advisory lock classes (the first key of the two-key form), one per purpose, so that
 * several API processes on one database take turns where one process alone would have been enough.
 * The sign-in throttles use 7301 to 7304 (features/auth/sign-in-throttle.ts).
 */
export const ADVISORY_LOCK_CLASS = {
  /** Migrations, the seed and the app role's login: one process at a time at start-up. */
  START_UP: 7310,
  /** An institution's roster import (its duplicate check and its insert): one at a time, on any replica. */
  STAFF_IMPORT: 7311,
} as const;

/**
 * Runs `work` while holding the start-up lock on a connection of its own: replicas started together
 * migrate and seed one after another (TypeORM's migrations take no lock themselves). A crashed holder's
 * session ends, which releases the lock.
 */
export async function withStartUpLock<T>(ownerUrl: string, work: () => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: ownerUrl, application_name: 'xiaohu-start-up' });
  await client.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1, 0)', [ADVISORY_LOCK_CLASS.START_UP]);
    return await work();
  } finally {
    // Ending the session releases the lock, also when `work` failed.
    await client.end().catch(() => undefined);
  }
}
