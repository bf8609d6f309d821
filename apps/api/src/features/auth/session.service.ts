import { createHash, randomBytes } from 'node:crypto';
import type { UnitCode } from '@xiaohu/domain';
import { IsNull, type DataSource, type EntityManager } from 'typeorm';
import type { SignedInActor } from '../../shared/auth/actor';
import type { AccountEntity } from '../accounts/account.entity';
import { CaseOfficerEntity } from '../incidents/case-officer.entity';
import { SessionEntity } from './session.entity';

export interface SessionLimits {
  idleMinutes: number;
  absoluteHours: number;
}

export type SessionEndReason =
  | 'SIGNED_OUT'
  | 'IDLE_TIMEOUT'
  | 'ABSOLUTE_TIMEOUT'
  | 'ACCOUNT_DISABLED'
  // The same browser signed in again, as anyone.
  | 'REPLACED'
  // An administrator ended it, or issued a new set-password link.
  | 'ENDED_BY_ADMIN'
  | 'PASSWORD_RESET'
  // The person set a new password.
  | 'PASSWORD_SET';

// Writing last_seen_at on every request would double the writes for nothing.
const TOUCH_INTERVAL_MS = 30_000;

export function hashSessionToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** Opens a session; the token goes to the cookie, only its hash to the database. */
export async function startSession(
  manager: EntityManager,
  accountId: string,
  now: Date,
): Promise<{ token: string; sessionId: string }> {
  const token = randomBytes(32).toString('base64url');
  const saved = await manager.getRepository(SessionEntity).save({
    tokenHash: hashSessionToken(token),
    accountId,
    createdAt: now,
    lastSeenAt: now,
    endedAt: null,
    endReason: null,
  });
  return { token, sessionId: saved.id };
}

export async function endSession(
  manager: EntityManager,
  sessionId: string,
  now: Date,
  reason: SessionEndReason,
): Promise<void> {
  await manager
    .getRepository(SessionEntity)
    .update({ id: sessionId, endedAt: IsNull() }, { endedAt: now, endReason: reason });
}

/** Ends every open session of an account (used when it is disabled). */
export async function endAllSessions(
  manager: EntityManager,
  accountId: string,
  now: Date,
  reason: SessionEndReason,
): Promise<void> {
  await manager
    .getRepository(SessionEntity)
    .update({ accountId, endedAt: IsNull() }, { endedAt: now, endReason: reason });
}

/**
 * The actor behind a session token, or null when the session is unknown, ended, idle for too long,
 * past its absolute lifetime, or its account is disabled. Expired sessions are closed on the way.
 */
export async function resolveSession(
  dataSource: DataSource,
  token: string,
  now: Date,
  limits: SessionLimits,
): Promise<SignedInActor | null> {
  const session = await dataSource.getRepository(SessionEntity).findOne({
    where: { tokenHash: hashSessionToken(token), endedAt: IsNull() },
    relations: { account: true },
  });
  if (!session?.account) return null;
  const account = session.account;
  const manager = dataSource.manager;

  if (account.isDisabled) {
    await endAllSessions(manager, account.id, now, 'ACCOUNT_DISABLED');
    return null;
  }
  const age = now.getTime() - session.createdAt.getTime();
  if (age >= limits.absoluteHours * 3_600_000) {
    await endSession(manager, session.id, now, 'ABSOLUTE_TIMEOUT');
    return null;
  }
  const idle = now.getTime() - session.lastSeenAt.getTime();
  if (idle >= limits.idleMinutes * 60_000) {
    await endSession(manager, session.id, now, 'IDLE_TIMEOUT');
    return null;
  }
  if (idle >= TOUCH_INTERVAL_MS) {
    await manager.getRepository(SessionEntity).update({ id: session.id }, { lastSeenAt: now });
  }
  return actorOf(manager, account, session.id);
}

/** The signed-in actor of an account: who it is, and what the policies need to know about it. */
export async function actorOf(
  manager: EntityManager,
  account: AccountEntity,
  sessionId: string,
): Promise<SignedInActor> {
  return {
    accountId: account.id,
    sessionId,
    username: account.username,
    displayName: account.displayName,
    role: account.role,
    unitCode: account.unitCode as UnitCode | null,
    institutionId: account.institutionId,
    staffId: account.staffMemberId,
    isDesignatedCaseOfficer:
      account.role === 'SECTION_MEMBER' &&
      (await manager.getRepository(CaseOfficerEntity).existsBy({ accountId: account.id })),
  };
}
