import { createHash, randomBytes } from 'node:crypto';
import type { StaffRole, UnitCode } from '@xiaohu/domain';
import { IsNull, type DataSource, type EntityManager } from 'typeorm';
import type { SignedInActor } from '../../shared/auth/actor';
import type { AccountEntity } from '../accounts/account.entity';
import { CaseOfficerEntity } from '../incidents/case-officer.entity';
import { StaffMemberEntity } from '../staff/staff-member.entity';
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

/** One row of SESSION_LOOKUP: the session, its account and whether it is a designated case officer. */
interface SessionRow {
  session_id: string;
  created_at: Date;
  last_seen_at: Date;
  account_id: string;
  username: string;
  display_name: string;
  role: AccountEntity['role'];
  unit_code: string | null;
  institution_id: string | null;
  staff_member_id: string | null;
  staff_role: StaffRole | null;
  is_disabled: boolean;
  is_designated_case_officer: boolean;
}

// Every request with a cookie runs this: one statement (it was three through the ORM), no entity hydration.
const SESSION_LOOKUP = `
  SELECT s.id AS session_id, s.created_at, s.last_seen_at,
         a.id AS account_id, a.username, a.display_name, a.role, a.unit_code, a.institution_id,
         a.staff_member_id, a.is_disabled,
         (SELECT m.role FROM staff_member m WHERE m.id = a.staff_member_id) AS staff_role,
         (a.role = 'SECTION_MEMBER' AND EXISTS (SELECT 1 FROM case_officer c WHERE c.account_id = a.id))
           AS is_designated_case_officer
    FROM "session" s
    JOIN account a ON a.id = s.account_id
   WHERE s.token_hash = $1 AND s.ended_at IS NULL`;

/**
 * The actor behind a session token, or null when the session is unknown, ended, idle for too long,
 * past its absolute lifetime, or its account is disabled. Expired sessions are closed on the way.
 * One statement per request; `last_seen_at` is written at most every TOUCH_INTERVAL_MS.
 */
export async function resolveSession(
  dataSource: DataSource,
  token: string,
  now: Date,
  limits: SessionLimits,
): Promise<SignedInActor | null> {
  const rows: SessionRow[] = await dataSource.query(SESSION_LOOKUP, [hashSessionToken(token)]);
  const row = rows[0];
  if (!row) return null;
  const manager = dataSource.manager;

  if (row.is_disabled) {
    await endAllSessions(manager, row.account_id, now, 'ACCOUNT_DISABLED');
    return null;
  }
  const age = now.getTime() - row.created_at.getTime();
  if (age >= limits.absoluteHours * 3_600_000) {
    await endSession(manager, row.session_id, now, 'ABSOLUTE_TIMEOUT');
    return null;
  }
  const idle = now.getTime() - row.last_seen_at.getTime();
  if (idle >= limits.idleMinutes * 60_000) {
    await endSession(manager, row.session_id, now, 'IDLE_TIMEOUT');
    return null;
  }
  if (idle >= TOUCH_INTERVAL_MS) {
    await manager.getRepository(SessionEntity).update({ id: row.session_id }, { lastSeenAt: now });
  }
  return {
    accountId: row.account_id,
    sessionId: row.session_id,
    username: row.username,
    displayName: row.display_name,
    role: row.role,
    unitCode: row.unit_code as UnitCode | null,
    institutionId: row.institution_id,
    staffId: row.staff_member_id,
    staffRole: row.staff_role,
    isDesignatedCaseOfficer: row.is_designated_case_officer,
  };
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
    staffRole: account.staffMemberId
      ? ((
          await manager.getRepository(StaffMemberEntity).findOne({
            select: { role: true },
            where: { id: account.staffMemberId },
          })
        )?.role ?? null)
      : null,
    isDesignatedCaseOfficer:
      account.role === 'SECTION_MEMBER' &&
      (await manager.getRepository(CaseOfficerEntity).existsBy({ accountId: account.id })),
  };
}
