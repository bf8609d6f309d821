import { createHash, randomBytes } from 'node:crypto';
import { isMfaRequired, type UnitCode } from '@xiaohu/domain';
import QRCode from 'qrcode';
import { IsNull, LessThan, MoreThan, type EntityManager } from 'typeorm';
import { AccountEntity, AccountEntity as Account } from '../accounts/account.entity';
import { MfaChallengeEntity, MfaRecoveryCodeEntity, type MfaChallengePurpose } from './mfa.entities';
import { base32Encode, matchTotp, otpauthUri } from './totp';

export const MFA_ISSUER = 'XiaoHu 校护';
export const MFA_CHALLENGE_MINUTES = 5;
export const RECOVERY_CODE_COUNT = 10;
const CHALLENGE_TOKEN = /^[A-Za-z0-9_-]{43}$/;

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/** Whether the account's role and unit require a second factor (REP-7, VET-2). */
export function mustUseMfa(account: Pick<AccountEntity, 'role' | 'unitCode'>): boolean {
  return isMfaRequired({ role: account.role, unit: account.unitCode as UnitCode | null });
}

/** A new single-use challenge for an account; only its hash is stored. Expired ones are removed. */
export async function issueChallenge(
  manager: EntityManager,
  accountId: string,
  purpose: MfaChallengePurpose,
  now: Date,
): Promise<{ token: string; expiresAt: Date }> {
  const repository = manager.getRepository(MfaChallengeEntity);
  await repository.delete({ expiresAt: LessThan(now) });
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(now.getTime() + MFA_CHALLENGE_MINUTES * 60_000);
  await repository.insert({ tokenHash: sha256(token), accountId, purpose, expiresAt, usedAt: null });
  return { token, expiresAt };
}

/** The open challenge of this token and purpose with its account (locked), or null. */
export async function openChallenge(
  manager: EntityManager,
  token: string,
  purpose: MfaChallengePurpose,
  now: Date,
): Promise<{ challenge: MfaChallengeEntity; account: AccountEntity } | null> {
  if (!CHALLENGE_TOKEN.test(token)) return null;
  const challenge = await manager.getRepository(MfaChallengeEntity).findOne({
    where: { tokenHash: sha256(token), purpose, usedAt: IsNull(), expiresAt: MoreThan(now) },
    lock: { mode: 'pessimistic_write' },
  });
  if (!challenge) return null;
  const account = await manager
    .getRepository(Account)
    .findOne({ where: { id: challenge.accountId }, lock: { mode: 'pessimistic_write' } });
  if (!account || account.isDisabled) return null;
  return { challenge, account };
}

export async function closeChallenge(manager: EntityManager, challengeId: string, now: Date): Promise<void> {
  await manager.getRepository(MfaChallengeEntity).update({ id: challengeId }, { usedAt: now });
}

export type SecondFactor = 'TOTP' | 'RECOVERY_CODE';

/**
 * Checks a TOTP code (each time step accepted once) or, failing that, an unused recovery code (used
 * up by this). Records what it accepts; the caller holds the account's row lock.
 */
export async function acceptSecondFactor(
  manager: EntityManager,
  account: AccountEntity,
  code: string,
  now: Date,
): Promise<SecondFactor | null> {
  if (!account.mfaSecret) return null;
  const typed = code.replace(/\s/g, '');
  const step = matchTotp(account.mfaSecret, typed, now);
  if (step !== null) {
    if (account.mfaLastStep !== null && step <= account.mfaLastStep) return null;
    await manager.getRepository(Account).update({ id: account.id }, { mfaLastStep: step });
    return 'TOTP';
  }
  const recovery = normaliseRecoveryCode(typed);
  if (!recovery) return null;
  const used = await manager
    .getRepository(MfaRecoveryCodeEntity)
    .update({ accountId: account.id, codeHash: sha256(recovery), usedAt: IsNull() }, { usedAt: now });
  return used.affected ? 'RECOVERY_CODE' : null;
}

/** Checks the first code of an enrolment against the secret not yet confirmed; the step it matched. */
export function matchEnrolmentCode(account: AccountEntity, code: string, now: Date): number | null {
  return account.mfaPendingSecret ? matchTotp(account.mfaPendingSecret, code.replace(/\s/g, ''), now) : null;
}

/** Turns the pending secret on and replaces the recovery codes; returns the new codes (shown once). */
export async function enableMfa(
  manager: EntityManager,
  account: AccountEntity,
  step: number,
  now: Date,
): Promise<string[]> {
  await manager.getRepository(Account).update(
    { id: account.id },
    {
      mfaSecret: account.mfaPendingSecret,
      mfaPendingSecret: null,
      mfaEnabledAt: now,
      mfaLastStep: step,
    },
  );
  return replaceRecoveryCodes(manager, account.id);
}

export async function disableMfa(manager: EntityManager, accountId: string): Promise<void> {
  await manager
    .getRepository(Account)
    .update(
      { id: accountId },
      { mfaSecret: null, mfaPendingSecret: null, mfaEnabledAt: null, mfaLastStep: null },
    );
  await manager.getRepository(MfaRecoveryCodeEntity).delete({ accountId });
}

/** Starts (or restarts) an enrolment: a new secret kept pending until a code confirms it. */
export async function startEnrolment(
  manager: EntityManager,
  account: AccountEntity,
): Promise<{ secret: string; otpauthUri: string; qrCodeSvg: string }> {
  const secret = base32Encode(randomBytes(20));
  await manager.getRepository(Account).update({ id: account.id }, { mfaPendingSecret: secret });
  const uri = otpauthUri(MFA_ISSUER, account.username, secret);
  const qrCodeSvg = await QRCode.toString(uri, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
  return { secret, otpauthUri: uri, qrCodeSvg };
}

export async function recoveryCodesLeft(manager: EntityManager, accountId: string): Promise<number> {
  return manager.getRepository(MfaRecoveryCodeEntity).countBy({ accountId, usedAt: IsNull() });
}

// Ten codes of ten base32 characters (50 bits each), shown as xxxxx-xxxxx; stored as SHA-256, which
// suffices for random codes of this length (a password hash is for guessable secrets).
async function replaceRecoveryCodes(manager: EntityManager, accountId: string): Promise<string[]> {
  const repository = manager.getRepository(MfaRecoveryCodeEntity);
  await repository.delete({ accountId });
  const codes = Array.from({ length: RECOVERY_CODE_COUNT }, () => {
    const raw = base32Encode(randomBytes(7)).slice(0, 10).toLowerCase();
    return `${raw.slice(0, 5)}-${raw.slice(5)}`;
  });
  await repository.insert(
    codes.map((code) => ({ accountId, codeHash: sha256(normaliseRecoveryCode(code)!), usedAt: null })),
  );
  return codes;
}

function normaliseRecoveryCode(code: string): string | null {
  const clean = code.replace(/-/g, '').toLowerCase();
  return /^[a-z2-7]{10}$/.test(clean) ? clean : null;
}
