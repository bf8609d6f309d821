import { createHash, randomBytes } from 'node:crypto';
import { UNIT_CODES, type UnitCode } from '@xiaohu/domain';
import type { EntityManager } from 'typeorm';
import { normaliseUsername } from '../../shared/auth/password';
import { ValidationError } from '../../shared/graphql/error-result';
import { StaffMemberEntity } from '../staff/staff-member.entity';
import { AccountEntity } from './account.entity';
import { isInstitutionRole, type Role } from './role';

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const USERNAME = /^[a-z0-9][a-z0-9._-]{2,63}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
export const MIN_PASSWORD = 10;
export const MAX_PASSWORD = 256;

/** The normalised username, or why it cannot be one. */
export function checkUsername(raw: string): string | ValidationError {
  const username = normaliseUsername(raw);
  return USERNAME.test(username)
    ? username
    : ValidationError.of('username', 'Username: 3 to 64 of a-z, 0-9, dot, hyphen or underscore');
}

export function checkDisplayName(raw: string): string | ValidationError {
  const name = raw.normalize('NFC').trim();
  return name.length >= 1 && name.length <= 60
    ? name
    : ValidationError.of('displayName', 'Display name: 1 to 60 characters');
}

/** The address, null for none, or why it cannot be one. */
export function checkEmail(raw: string | null | undefined): string | null | ValidationError {
  const email = (raw ?? '').trim();
  if (email === '') return null;
  return email.length <= 254 && EMAIL.test(email)
    ? email
    : ValidationError.of('email', 'Invalid e-mail address');
}

/** Where an account of this role belongs: an institution, a unit, or neither. */
export function checkPlacement(
  role: Role,
  unit: UnitCode | null | undefined,
  institutionId: string | null | undefined,
): { unitCode: UnitCode | null; institutionId: string | null } | ValidationError {
  if (isInstitutionRole(role)) {
    if (unit) return ValidationError.of('unit', 'An institution account has no committee unit');
    if (!institutionId || !UUID.test(institutionId))
      return ValidationError.of('institutionId', 'An institution account needs its institution');
    return { unitCode: null, institutionId };
  }
  if (institutionId)
    return ValidationError.of('institutionId', 'Only institution accounts have an institution');
  if (role === 'LEADER') {
    if (unit && unit !== 'LEAD') return ValidationError.of('unit', 'The leadership belongs to LEAD');
    return { unitCode: 'LEAD', institutionId: null };
  }
  if (role === 'SECTION_MEMBER') {
    if (!unit || unit === 'LEAD' || !UNIT_CODES.includes(unit))
      return ValidationError.of('unit', 'A section member needs a committee section');
    return { unitCode: unit, institutionId: null };
  }
  if (unit) return ValidationError.of('unit', 'An administrator has no committee unit');
  return { unitCode: null, institutionId: null };
}

/**
 * Whether this staff record may be linked to this account: on the same institution's register, and
 * not linked to another account (one person, one account).
 */
export async function checkStaffLink(
  manager: EntityManager,
  staffMemberId: string,
  account: { id: string | null; role: Role; institutionId: string | null },
): Promise<StaffMemberEntity | ValidationError> {
  const refuse = (message: string) => ValidationError.of('staffMemberId', message);
  if (!isInstitutionRole(account.role) || !account.institutionId)
    return refuse('Only institution accounts are linked to a staff record');
  if (!UUID.test(staffMemberId)) return refuse('No such staff record in this institution');
  const staff = await manager
    .getRepository(StaffMemberEntity)
    .findOne({ where: { id: staffMemberId }, lock: { mode: 'pessimistic_write' } });
  if (!staff || staff.institutionId !== account.institutionId)
    return refuse('No such staff record in this institution');
  const holder = await manager.getRepository(AccountEntity).findOne({ where: { staffMemberId } });
  if (holder && holder.id !== account.id)
    return refuse(`This staff record is already linked to the account ${holder.username}`);
  return staff;
}

export function hashSetPasswordToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/**
 * A new one-time set-password link for the account, replacing any earlier one. Only the token's
 * hash is stored; the token itself is in the answer, once.
 */
export async function issueSetPasswordLink(
  manager: EntityManager,
  accountId: string,
  now: Date,
  hours: number,
): Promise<{ setPasswordPath: string; expiresAt: Date }> {
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(now.getTime() + hours * 3_600_000);
  await manager
    .getRepository(AccountEntity)
    .update(
      { id: accountId },
      { setPasswordTokenHash: hashSetPasswordToken(token), setPasswordExpiresAt: expiresAt },
    );
  // In the fragment: browsers never send it to a server, nor in a Referer.
  return { setPasswordPath: `/set-password#${token}`, expiresAt };
}

/** API clients' accounts (issue 13) are named so; ':' is outside the usernames people may have. */
export const API_CLIENT_USERNAME_PREFIX = 'client:';

/**
 * The account of a person as the API shows it, with its institution and staff record. An API client's
 * account is not a person's: none of the account commands finds it (no set-password link, no staff link).
 */
export async function loadAccount(manager: EntityManager, id: string): Promise<AccountEntity | null> {
  const account = await manager
    .getRepository(AccountEntity)
    .findOne({ where: { id }, relations: { institution: true, staffMember: true } });
  return account && !account.username.startsWith(API_CLIENT_USERNAME_PREFIX) ? account : null;
}
