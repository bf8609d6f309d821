import type { EntityManager } from 'typeorm';
import type { RequestContext } from '../../context';
import { recordAudit } from '../../shared/audit/audit-log';
import { dataCipher } from '../../shared/crypto/data-cipher';
import { ErrorCode, ValidationError } from '../../shared/graphql/error-result';
import {
  completeSignIn,
  finishSignIn,
  refuse,
  refuseAttempt,
  refusingLock,
  type SignInAttempt,
} from './auth.service';
import { trustedDeviceId } from './device-cookie';
import {
  acceptSecondFactor,
  closeChallenge,
  enableMfa,
  matchEnrolmentCode,
  openChallenge,
  recoveryCodesLeft,
  startEnrolment,
} from './mfa';
import type { MfaChallengePurpose } from './mfa.entities';
import {
  InvalidMfaCodeError,
  MfaChallengeExpiredError,
  MfaEnrolled,
  MfaEnrolment,
  MfaStateError,
  type BeginMfaEnrolmentResult,
  type ConfirmMfaEnrolmentResult,
  type MfaCodeInput,
  type VerifyMfaResult,
} from './mfa.types';
import type { AccountLockedError } from './sign-in.errors';
import type { Viewer } from './viewer.type';
import { holdCounters, removeExpired, throttleSettings } from './sign-in-throttle';

const MAX_CODE = 32;
const MAX_CHALLENGE = 64;

function validate(input: MfaCodeInput): ValidationError | null {
  if (input.challenge.length > MAX_CHALLENGE)
    return ValidationError.of('challenge', 'Challenge is malformed');
  if (input.code.trim().length === 0) return ValidationError.of('code', 'Code is required');
  if (input.code.length > MAX_CODE) return ValidationError.of('code', 'Code is too long');
  return null;
}

/**
 * The second step of a sign-in (VERIFY: a TOTP or recovery code) or of the enrolment a sign-in
 * demanded (ENROL: the first code of the new secret). The same throttles as the password step: a
 * wrong code counts as a failed sign-in. Success uses up the challenge and opens the session.
 */
async function secondStep<T>(
  context: RequestContext,
  input: MfaCodeInput,
  purpose: MfaChallengePurpose,
  succeed: (
    manager: EntityManager,
    opened: NonNullable<Awaited<ReturnType<typeof openChallenge>>>,
    now: Date,
  ) => Promise<{ details: Record<string, unknown>; shape: (viewer: Viewer) => T } | null>,
): Promise<T | InvalidMfaCodeError | MfaChallengeExpiredError | ValidationError | AccountLockedError> {
  const now = context.clock.now();
  const settings = throttleSettings(context.config);
  const cipher = dataCipher(context.config);
  const address = context.client.address;
  const action = purpose === 'VERIFY' ? 'signIn.verifyMfa' : 'signIn.confirmMfaEnrolment';
  const outcome = await context.dataSource.transaction(async (manager) => {
    await removeExpired(manager, now);
    const invalid = validate(input);
    if (invalid)
      return refuse(
        manager,
        invalid,
        { usernameKey: '', address, outcome: invalid.code },
        now,
        settings,
        action,
      );
    const opened = await openChallenge(manager, input.challenge, purpose, now);
    if (!opened) {
      const expired = MfaChallengeExpiredError.create();
      return refuse(
        manager,
        expired,
        { usernameKey: '', address, outcome: expired.code },
        now,
        settings,
        action,
      );
    }
    const usernameKey = opened.account.username;
    const attempt: SignInAttempt = {
      usernameKey,
      address,
      deviceId: trustedDeviceId(cipher, context.client.cookies, usernameKey),
    };
    await holdCounters(manager, [
      ['USERNAME', usernameKey],
      ['ADDRESS', address],
      ...(attempt.deviceId ? [['DEVICE', attempt.deviceId] as const] : []),
    ]);
    const lock = await refusingLock(manager, attempt, now, settings);
    if (lock) return lock;
    const success = await succeed(manager, opened, now);
    if (!success)
      return refuseAttempt(
        manager,
        attempt,
        ErrorCode.INVALID_MFA_CODE,
        InvalidMfaCodeError.create(),
        now,
        settings,
      );
    await closeChallenge(manager, opened.challenge.id, now);
    const signedIn = await completeSignIn(context, manager, opened.account, attempt, now, success.details);
    return { ...signedIn, result: success.shape(signedIn.result) };
  });
  return finishSignIn<
    T | InvalidMfaCodeError | MfaChallengeExpiredError | ValidationError | AccountLockedError
  >(context, cipher, outcome);
}

/** Public: the TOTP or recovery code after a correct password; opens the session. */
export function verifyMfa(context: RequestContext, input: MfaCodeInput): Promise<typeof VerifyMfaResult> {
  return secondStep(context, input, 'VERIFY', async (manager, { account }, now) => {
    const factor = await acceptSecondFactor(manager, account, input.code, now);
    if (!factor) return null;
    const details: Record<string, unknown> = { secondFactor: factor };
    if (factor === 'RECOVERY_CODE') details.recoveryCodesLeft = await recoveryCodesLeft(manager, account.id);
    return { details, shape: (viewer) => viewer };
  });
}

/** Public: a new secret for an account that must enrol before it gets a session (REP-7, VET-2). */
export async function beginMfaEnrolment(
  context: RequestContext,
  challenge: string,
): Promise<typeof BeginMfaEnrolmentResult> {
  const now = context.clock.now();
  const settings = throttleSettings(context.config);
  const address = context.client.address;
  const action = 'signIn.beginMfaEnrolment';
  return context.dataSource.transaction(async (manager) => {
    const opened = await openChallenge(manager, challenge.slice(0, MAX_CHALLENGE + 1), 'ENROL', now);
    if (!opened) {
      const expired = MfaChallengeExpiredError.create();
      const record = { usernameKey: '', address, outcome: expired.code };
      return (await refuse(manager, expired, record, now, settings, action)).result;
    }
    const { account } = opened;
    const refusal = account.mfaEnabledAt
      ? MfaStateError.of(ErrorCode.MFA_ALREADY_ENABLED, 'MFA is already on; sign in with a code')
      : null;
    const offer = refusal ? null : await startEnrolment(manager, account);
    await recordAudit(manager, null, now, {
      action,
      targetType: 'account',
      targetId: account.id,
      outcome: refusal ? refusal.code : 'OK',
      details: { clientAddress: address },
    });
    return refusal ?? Object.assign(new MfaEnrolment(), offer);
  });
}

/** Public: the first code of the new secret turns MFA on, answers the recovery codes once, and signs in. */
export function confirmMfaEnrolment(
  context: RequestContext,
  input: MfaCodeInput,
): Promise<typeof ConfirmMfaEnrolmentResult> {
  return secondStep(context, input, 'ENROL', async (manager, { account }, now) => {
    const step = account.mfaEnabledAt ? null : matchEnrolmentCode(account, input.code, now);
    if (step === null) return null;
    const recoveryCodes = await enableMfa(manager, account, step, now);
    return {
      details: { mfaEnrolled: true },
      shape: (viewer) => Object.assign(new MfaEnrolled(), { viewer, recoveryCodes }),
    };
  });
}
