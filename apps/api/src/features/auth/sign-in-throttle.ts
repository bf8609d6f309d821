import type { EntityManager } from 'typeorm';
import type { ApiConfig } from '../../config';
import { recordAudit } from '../../shared/audit/audit-log';
import { SignInThrottleEntity, type ThrottleScope } from './sign-in-throttle.entity';

export interface ThrottleSettings {
  /** Failures of one username (untrusted devices) or one device before a lock. */
  threshold: number;
  /** Failures from one address before a lock. */
  addressThreshold: number;
  /** Length of a counting window and of a lock. */
  minutes: number;
  /** How long the aggregated records of refusals are kept. */
  recordDays: number;
}

export function throttleSettings(config: ApiConfig): ThrottleSettings {
  return {
    threshold: config.lockoutThreshold,
    addressThreshold: config.lockoutAddressThreshold,
    minutes: config.lockoutMinutes,
    recordDays: config.signInRecordDays,
  };
}

// Advisory lock classes: every attempt takes username, then address, then device, in that order, so
// concurrent attempts are counted one by one and never deadlock.
const LOCK_CLASS: Record<Exclude<ThrottleScope, 'RECORD'>, number> = {
  USERNAME: 7301,
  ADDRESS: 7302,
  DEVICE: 7303,
};
const RECORD_LOCK_CLASS = 7304;
// Removing expired rows is bounded per attempt, so a backlog never slows one sign-in much.
const CLEANUP_BATCH = 200;

const minutes = (n: number) => n * 60_000;

/** Deletes up to a batch of expired rows; run on every sign-in attempt, so no job is needed. */
export async function removeExpired(manager: EntityManager, now: Date): Promise<number> {
  const result: [unknown[], number] = await manager.query(
    `DELETE FROM sign_in_throttle WHERE ctid IN (
       SELECT ctid FROM sign_in_throttle WHERE expires_at <= $1 LIMIT ${CLEANUP_BATCH})`,
    [now],
  );
  return result[1];
}

/** Serialises attempts on the same counters until the transaction ends. */
export async function holdCounters(
  manager: EntityManager,
  counters: readonly (readonly [Exclude<ThrottleScope, 'RECORD'>, string])[],
): Promise<void> {
  for (const [scope, subject] of counters) {
    await manager.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [LOCK_CLASS[scope], subject]);
  }
}

/** Until when this counter is locked, or null. */
export async function lockedUntil(
  manager: EntityManager,
  scope: ThrottleScope,
  subject: string,
  now: Date,
): Promise<Date | null> {
  const row = await manager
    .getRepository(SignInThrottleEntity)
    .createQueryBuilder('t')
    .select('max(t.locked_until)', 'until')
    .where('t.scope = :scope AND t.subject = :subject AND t.locked_until > :now', { scope, subject, now })
    .getRawOne<{ until: Date | null }>();
  return row?.until ? new Date(row.until) : null;
}

/**
 * Counts one failure in the counter's open window (opening one at the first failure) and locks the
 * counter for a window's length when the count reaches `limit`. Answers the lock's end, or null.
 */
export async function countFailure(
  manager: EntityManager,
  scope: Exclude<ThrottleScope, 'RECORD'>,
  subject: string,
  limit: number,
  outcome: string,
  now: Date,
  settings: ThrottleSettings,
): Promise<Date | null> {
  const repository = manager.getRepository(SignInThrottleEntity);
  const open = await repository
    .createQueryBuilder('t')
    .where('t.scope = :scope AND t.subject = :subject', { scope, subject })
    .andWhere('t.window_start > :since AND t.locked_until IS NULL', {
      since: new Date(now.getTime() - minutes(settings.minutes)),
    })
    .orderBy('t.window_start', 'DESC')
    .getOne();
  const windowStart = open?.windowStart ?? now;
  const failedCount = (open?.failedCount ?? 0) + 1;
  const locked = failedCount >= limit ? new Date(now.getTime() + minutes(settings.minutes)) : null;
  const windowEnd = new Date(windowStart.getTime() + minutes(settings.minutes));
  await repository.upsert(
    {
      scope,
      subject,
      windowStart,
      usernameKey: null,
      clientAddress: null,
      failedCount,
      lastFailedAt: now,
      lastOutcome: locked ? 'LOCKED' : outcome,
      lockedUntil: locked,
      expiresAt: locked && locked > windowEnd ? locked : windowEnd,
    },
    ['scope', 'subject', 'windowStart'],
  );
  return locked;
}

/** Forgets a counter after a successful sign-in (its records stay). */
export async function clearCounter(
  manager: EntityManager,
  scope: Exclude<ThrottleScope, 'RECORD'>,
  subject: string,
): Promise<void> {
  await manager.getRepository(SignInThrottleEntity).delete({ scope, subject });
}

/**
 * Adds a refusal to the aggregated record of its username and address in the current window: one row
 * per pair and window with a count, kept `recordDays`. True when this opened the pair's window, i.e.
 * when the caller writes the one audit row of that window.
 */
export async function recordRefusal(
  manager: EntityManager,
  usernameKey: string,
  address: string,
  outcome: string,
  now: Date,
  settings: ThrottleSettings,
): Promise<boolean> {
  const subject = `${usernameKey} ${address}`;
  // Concurrent refusals of one subject (set-password links take no other lock) must not both insert.
  await manager.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [RECORD_LOCK_CLASS, subject]);
  const repository = manager.getRepository(SignInThrottleEntity);
  const open = await repository
    .createQueryBuilder('t')
    .where("t.scope = 'RECORD' AND t.subject = :subject", { subject })
    .andWhere('t.window_start > :since', { since: new Date(now.getTime() - minutes(settings.minutes)) })
    .orderBy('t.window_start', 'DESC')
    .getOne();
  if (open) {
    await repository.update(
      { scope: 'RECORD', subject, windowStart: open.windowStart },
      { failedCount: open.failedCount + 1, lastFailedAt: now, lastOutcome: outcome },
    );
    return false;
  }
  await repository.insert({
    scope: 'RECORD',
    subject,
    windowStart: now,
    usernameKey,
    clientAddress: address,
    failedCount: 1,
    lastFailedAt: now,
    lastOutcome: outcome,
    lockedUntil: null,
    expiresAt: new Date(now.getTime() + settings.recordDays * 86_400_000),
  });
  return true;
}

/**
 * An anonymous refusal (sign-in, set-password link) goes into the aggregated record of its username
 * and address; only the first refusal of a window writes an audit row, so an outsider cannot grow the
 * audit trail without bound.
 */
export async function recordAnonymousRefusal(
  manager: EntityManager,
  refusal: { action: string; usernameKey: string; address: string; outcome: string },
  now: Date,
  settings: ThrottleSettings,
): Promise<void> {
  const { action, usernameKey, address, outcome } = refusal;
  if (!(await recordRefusal(manager, usernameKey, address, outcome, now, settings))) return;
  await recordAudit(manager, null, now, {
    action,
    targetType: 'username',
    targetId: usernameKey || null,
    outcome,
    details: { clientAddress: address, aggregatedFor: `${settings.minutes} min` },
  });
}
