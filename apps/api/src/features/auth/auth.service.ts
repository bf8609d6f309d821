import { mfaRequirement, type UnitCode } from '@xiaohu/domain';
import type { EntityManager } from 'typeorm';
import type { RequestContext } from '../../context';
import { recordAudit } from '../../shared/audit/audit-log';
import { normaliseUsername, verifyPassword } from '../../shared/auth/password';
import type { SignedInActor } from '../../shared/auth/actor';
import { dataCipher, type DataCipher } from '../../shared/crypto/data-cipher';
import { ValidationError, type ErrorResult } from '../../shared/graphql/error-result';
import { AccountEntity } from '../accounts/account.entity';
import { deviceCookie, trustedDeviceId } from './device-cookie';
import { actorOf, endSession, startSession } from './session.service';
import type { SignInInput } from './sign-in.input';
import { AccountLockedError, InvalidCredentialsError } from './sign-in.errors';
import type { SignInResult } from './sign-in.result';
import { issueChallenge } from './mfa';
import { MfaEnrolmentRequired, MfaRequired } from './mfa.types';
import {
  clearCounter,
  countFailure,
  holdCounters,
  lockedUntil,
  recordAnonymousRefusal,
  removeExpired,
  throttleSettings,
  type ThrottleSettings,
} from './sign-in-throttle';
import { Viewer } from './viewer.type';

const MAX_USERNAME = 64;
const MAX_PASSWORD = 256;
/** In a record, "whichever username" (refusals while the address is locked) or "from wherever". */
const ANY = '*';

function validate(input: SignInInput): ValidationError | null {
  const username = normaliseUsername(input.username);
  if (username.length === 0) return ValidationError.of('username', 'Username is required');
  if (username.length > MAX_USERNAME) return ValidationError.of('username', 'Username is too long');
  if (input.password.length === 0) return ValidationError.of('password', 'Password is required');
  if (input.password.length > MAX_PASSWORD) return ValidationError.of('password', 'Password is too long');
  return null;
}

type Refusal = ErrorResult;

export async function refuse<T extends Refusal>(
  manager: EntityManager,
  result: T,
  record: { usernameKey: string; address: string; outcome: string },
  now: Date,
  settings: ThrottleSettings,
  action = 'signIn',
): Promise<{ result: T }> {
  await recordAnonymousRefusal(manager, { action, ...record }, now, settings);
  return { result };
}

/**
 * Signs in with username and password. Every refusal for a wrong name, a wrong password or a disabled
 * account answers the same, so the answer never tells whether a username exists.
 *
 * Throttles (OWASP device cookies): a browser holding a valid device cookie for the username counts
 * its failures against that device only and ignores the username's and the address's locks, so
 * strangers' failures never lock it out. Any other attempt counts against the username and against the
 * client address (guessing across usernames), and is refused while either is locked.
 */
export async function signIn(context: RequestContext, input: SignInInput): Promise<typeof SignInResult> {
  const now = context.clock.now();
  const settings = throttleSettings(context.config);
  const address = context.client.address;
  const cipher = dataCipher(context.config);
  const invalid = validate(input);
  const usernameKey = invalid ? '' : normaliseUsername(input.username);
  const deviceId = invalid ? null : trustedDeviceId(cipher, context.client.cookies, usernameKey);

  const outcome = await context.dataSource.transaction(async (manager) => {
    await removeExpired(manager, now);
    await holdCounters(manager, [
      ['USERNAME', usernameKey],
      ['ADDRESS', address],
      ...(deviceId ? [['DEVICE', deviceId] as const] : []),
    ]);
    if (invalid)
      return refuse(manager, invalid, { usernameKey, address, outcome: invalid.code }, now, settings);

    const lock = await refusingLock(manager, { usernameKey, address, deviceId }, now, settings);
    if (lock) return lock;

    const account = await manager.getRepository(AccountEntity).findOne({ where: { username: usernameKey } });
    const passwordMatches = await verifyPassword(account?.passwordHash ?? null, input.password);
    const attempt = { usernameKey, address, deviceId };
    if (!account || account.isDisabled || !passwordMatches)
      return refuseAttempt(
        manager,
        attempt,
        'INVALID_CREDENTIALS',
        InvalidCredentialsError.create(),
        now,
        settings,
      );

    // The password alone opens no session for an account with a second factor, or one that must have
    // one (REP-7, VET-2); the failure counters stay until the second step succeeds.
    const requirement = mfaRequirement({ role: account.role, unit: account.unitCode as UnitCode | null });
    if (account.mfaEnabledAt || requirement.isRequired) {
      const purpose = account.mfaEnabledAt ? 'VERIFY' : 'ENROL';
      const { token, expiresAt } = await issueChallenge(manager, account.id, purpose, now);
      // Not yet a sign-in: the `signIn` row is written when the second step opens the session.
      await recordAudit(manager, null, now, {
        action: 'signIn.passwordAccepted',
        targetType: 'account',
        targetId: account.id,
        outcome: purpose === 'VERIFY' ? 'MFA_REQUIRED' : 'MFA_ENROLMENT_REQUIRED',
        details: { clientAddress: address, trustedDevice: deviceId !== null },
      });
      const result =
        purpose === 'VERIFY'
          ? Object.assign(new MfaRequired(), { challenge: token, expiresAt })
          : Object.assign(new MfaEnrolmentRequired(), {
              challenge: token,
              expiresAt,
              ruleId: requirement.ruleId ?? '',
            });
      return { result };
    }
    return completeSignIn(context, manager, account, attempt, now, {});
  });
  return finishSignIn<typeof SignInResult>(context, cipher, outcome);
}

/** Who is trying: the username, the client address and the browser's device cookie (when valid). */
export interface SignInAttempt {
  usernameKey: string;
  address: string;
  deviceId: string | null;
}

/**
 * The lock that refuses this attempt, if any: a trusted browser answers only to its device's lock;
 * any other to the address's and the username's.
 */
export async function refusingLock(
  manager: EntityManager,
  attempt: SignInAttempt,
  now: Date,
  settings: ThrottleSettings,
): Promise<{ result: AccountLockedError } | null> {
  const { usernameKey, address, deviceId } = attempt;
  if (deviceId) {
    const deviceLock = await lockedUntil(manager, 'DEVICE', deviceId, now);
    if (!deviceLock) return null;
    const record = { usernameKey, address, outcome: 'DEVICE_LOCKED' };
    return refuse(manager, AccountLockedError.until(deviceLock), record, now, settings);
  }
  const addressLock = await lockedUntil(manager, 'ADDRESS', address, now);
  if (addressLock) {
    // Aggregated over usernames: guessing new names from a locked address adds no rows.
    const record = { usernameKey: ANY, address, outcome: 'ADDRESS_LOCKED' };
    return refuse(manager, AccountLockedError.until(addressLock), record, now, settings);
  }
  const usernameLock = await lockedUntil(manager, 'USERNAME', usernameKey, now);
  if (usernameLock) {
    // Aggregated over addresses: many addresses hammering one locked name add no rows.
    const record = { usernameKey, address: ANY, outcome: 'ACCOUNT_LOCKED' };
    return refuse(manager, AccountLockedError.until(usernameLock), record, now, settings);
  }
  return null;
}

/**
 * A failed attempt (wrong password, wrong second factor) counts against the device, or against the
 * username and the address; answers the refusal, or AccountLockedError when this failure locked.
 */
export async function refuseAttempt<T extends Refusal>(
  manager: EntityManager,
  attempt: SignInAttempt,
  outcomeCode: string,
  refusal: T,
  now: Date,
  settings: ThrottleSettings,
): Promise<{ result: T | AccountLockedError }> {
  const { usernameKey, address, deviceId } = attempt;
  let locked: Date | null;
  if (deviceId) {
    locked = await countFailure(manager, 'DEVICE', deviceId, settings.threshold, outcomeCode, now, settings);
  } else {
    const byName = await countFailure(
      manager,
      'USERNAME',
      usernameKey,
      settings.threshold,
      outcomeCode,
      now,
      settings,
    );
    const byAddress = await countFailure(
      manager,
      'ADDRESS',
      address,
      settings.addressThreshold,
      outcomeCode,
      now,
      settings,
    );
    locked = byName ?? byAddress;
  }
  const record = { usernameKey, address, outcome: locked ? 'ACCOUNT_LOCKED' : outcomeCode };
  return refuse(manager, locked ? AccountLockedError.until(locked) : refusal, record, now, settings);
}

/**
 * The last step of every successful sign-in: clears the failure counter, ends the browser's earlier
 * session (one browser, one session), opens a session and writes the sign-in's one audit row.
 */
export async function completeSignIn(
  context: RequestContext,
  manager: EntityManager,
  account: AccountEntity,
  attempt: SignInAttempt,
  now: Date,
  details: Record<string, unknown>,
): Promise<{ result: Viewer; token: string; actor: SignedInActor; usernameKey: string }> {
  const { usernameKey, address, deviceId } = attempt;
  await clearCounter(manager, deviceId ? 'DEVICE' : 'USERNAME', deviceId ?? usernameKey);
  const previous = context.auth.actor;
  if (previous) await endSession(manager, previous.sessionId, now, 'REPLACED');
  const { token, sessionId } = await startSession(manager, account.id, now);
  const actor = await actorOf(manager, account, sessionId);
  await recordAudit(manager, actor, now, {
    action: 'signIn',
    targetType: 'account',
    targetId: account.id,
    outcome: 'OK',
    details: {
      clientAddress: address,
      trustedDevice: deviceId !== null,
      ...details,
      ...(previous ? { endedSessionOf: previous.username } : {}),
    },
  });
  return { result: Viewer.of(actor), token, actor, usernameKey };
}

/** After the transaction: the session cookie and a fresh device cookie for a successful sign-in. */
export function finishSignIn<T>(
  context: RequestContext,
  cipher: DataCipher,
  outcome: { result: T } | { result: T; token: string; actor: SignedInActor; usernameKey: string },
): T {
  if ('token' in outcome) {
    context.auth.actor = outcome.actor;
    context.session.set(outcome.token);
    context.cookies.append(deviceCookie(cipher, outcome.usernameKey, context.config.cookieSecure));
  }
  return outcome.result;
}

/** Ends the current session and clears the cookie. */
export async function signOut(context: RequestContext): Promise<boolean> {
  const actor = context.auth.actor;
  if (!actor) throw new Error('signOut called without a signed-in actor');
  const now = context.clock.now();
  await context.dataSource.transaction(async (manager) => {
    await endSession(manager, actor.sessionId, now, 'SIGNED_OUT');
    await recordAudit(manager, actor, now, {
      action: 'signOut',
      targetType: 'session',
      targetId: actor.sessionId,
      outcome: 'OK',
    });
  });
  context.auth.actor = null;
  context.session.clear();
  return true;
}
