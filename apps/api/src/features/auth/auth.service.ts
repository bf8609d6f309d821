import type { RequestContext } from '../../context';
import { recordAudit } from '../../shared/audit/audit-log';
import { normaliseUsername, verifyPassword } from '../../shared/auth/password';
import { ValidationError } from '../../shared/graphql/error-result';
import { AccountEntity } from '../accounts/account.entity';
import { actorOf, endSession, startSession } from './session.service';
import type { SignInInput } from './sign-in.input';
import { AccountLockedError, InvalidCredentialsError } from './sign-in.result';
import { SignInThrottleEntity } from './sign-in-throttle.entity';
import { Viewer } from './viewer.type';

const MAX_USERNAME = 64;
const MAX_PASSWORD = 256;

function validate(input: SignInInput): ValidationError | null {
  const username = normaliseUsername(input.username);
  if (username.length === 0) return ValidationError.of('username', 'Username is required');
  if (username.length > MAX_USERNAME) return ValidationError.of('username', 'Username is too long');
  if (input.password.length === 0) return ValidationError.of('password', 'Password is required');
  if (input.password.length > MAX_PASSWORD) return ValidationError.of('password', 'Password is too long');
  return null;
}

/**
 * Signs in with username and password. Failures are counted per normalised username whether or not
 * the account exists, and every refusal for a wrong name, a wrong password or a disabled account
 * answers the same, so the answer never tells whether a username exists.
 */
export async function signIn(
  context: RequestContext,
  input: SignInInput,
): Promise<Viewer | InvalidCredentialsError | AccountLockedError | ValidationError> {
  const now = context.clock.now();
  const invalid = validate(input);
  if (invalid) {
    await recordAudit(context.dataSource.manager, null, now, {
      action: 'signIn',
      outcome: invalid.code,
      details: { field: invalid.field },
    });
    return invalid;
  }
  const usernameKey = normaliseUsername(input.username);
  const { threshold, lockMinutes } = {
    threshold: context.config.lockoutThreshold,
    lockMinutes: context.config.lockoutMinutes,
  };
  const attempt = { action: 'signIn', targetType: 'username', targetId: usernameKey };

  const outcome = await context.dataSource.transaction(async (manager) => {
    const throttles = manager.getRepository(SignInThrottleEntity);
    // Lock the counter row so concurrent guesses for one name are counted one by one.
    await throttles
      .createQueryBuilder()
      .insert()
      .values({ usernameKey, failedCount: 0 })
      .orIgnore()
      .execute();
    const throttle = await throttles.findOneOrFail({
      where: { usernameKey },
      lock: { mode: 'pessimistic_write' },
    });

    if (throttle.lockedUntil && throttle.lockedUntil > now) {
      await recordAudit(manager, null, now, { ...attempt, outcome: 'ACCOUNT_LOCKED' });
      return { result: AccountLockedError.until(throttle.lockedUntil) };
    }

    const account = await manager.getRepository(AccountEntity).findOne({ where: { username: usernameKey } });
    const passwordMatches = await verifyPassword(account?.passwordHash ?? null, input.password);
    if (!account || account.isDisabled || !passwordMatches) {
      // Failures older than the lock window no longer count towards a lock.
      const windowStart = now.getTime() - lockMinutes * 60_000;
      const recent =
        throttle.lastFailedAt && throttle.lastFailedAt.getTime() > windowStart ? throttle.failedCount : 0;
      const failedCount = recent + 1;
      const locks = failedCount >= threshold;
      const lockedUntil = locks ? new Date(now.getTime() + lockMinutes * 60_000) : null;
      await throttles.update(
        { usernameKey },
        { failedCount: locks ? 0 : failedCount, lastFailedAt: now, lockedUntil },
      );
      await recordAudit(manager, null, now, {
        ...attempt,
        outcome: locks ? 'ACCOUNT_LOCKED' : 'INVALID_CREDENTIALS',
      });
      return {
        result: lockedUntil ? AccountLockedError.until(lockedUntil) : InvalidCredentialsError.create(),
      };
    }

    await throttles.update({ usernameKey }, { failedCount: 0, lastFailedAt: null, lockedUntil: null });
    const { token, sessionId } = await startSession(manager, account.id, now);
    const actor = await actorOf(manager, account, sessionId);
    await recordAudit(manager, actor, now, {
      ...attempt,
      targetType: 'account',
      targetId: account.id,
      outcome: 'OK',
    });
    return { result: Viewer.of(actor), token, actor };
  });

  if (outcome.token && outcome.actor) {
    context.auth.actor = outcome.actor;
    context.session.set(outcome.token);
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
