import { mfaRequirement, type UnitCode } from '@xiaohu/domain';
import type { EntityManager } from 'typeorm';
import type { RequestContext } from '../../context';
import { runCommand } from '../../shared/commands/run-command';
import { ErrorCode, ValidationError } from '../../shared/graphql/error-result';
import { AccountEntity } from '../accounts/account.entity';
import {
  acceptSecondFactor,
  disableMfa,
  enableMfa,
  matchEnrolmentCode,
  mustUseMfa,
  startEnrolment,
} from './mfa';
import {
  InvalidMfaCodeError,
  MfaDisabled,
  MfaEnrolment,
  MfaRecoveryCodes,
  MfaStateError,
  type BeginMfaEnrolmentResult,
  type ConfirmMyMfaEnrolmentResult,
  type DisableMyMfaResult,
} from './mfa.types';

// The signed-in person's own second factor (settings page). Accounts that must use MFA enrol at
// sign-in and cannot turn it off; for everyone else it is optional.

const MAX_CODE = 32;
const codeRequired = (code: string) =>
  code.trim().length === 0
    ? ValidationError.of('code', 'Code is required')
    : code.length > MAX_CODE
      ? ValidationError.of('code', 'Code is too long')
      : null;

async function loadOwnAccount(manager: EntityManager, accountId: string): Promise<AccountEntity> {
  return manager
    .getRepository(AccountEntity)
    .findOneOrFail({ where: { id: accountId }, lock: { mode: 'pessimistic_write' } });
}

const alreadyOn = () => MfaStateError.of(ErrorCode.MFA_ALREADY_ENABLED, 'MFA is already on');

/** A new secret to add to an authenticator app, pending until confirmMyMfaEnrolment. */
export async function beginMyMfaEnrolment(context: RequestContext): Promise<typeof BeginMfaEnrolmentResult> {
  const accountId = context.auth.actor?.accountId ?? null;
  return (await runCommand<AccountEntity>(context, {
    action: 'mfa.beginEnrolment',
    targetType: 'account',
    targetId: accountId,
    load: (manager, actor) => loadOwnAccount(manager, actor.accountId),
    authorize: (account) => (account.mfaEnabledAt ? alreadyOn() : null),
    execute: async (manager, account) => ({
      result: Object.assign(new MfaEnrolment(), await startEnrolment(manager, account)),
    }),
  })) as typeof BeginMfaEnrolmentResult;
}

/** The first code of the pending secret turns MFA on; answers the ten recovery codes, once. */
export async function confirmMyMfaEnrolment(
  context: RequestContext,
  code: string,
): Promise<typeof ConfirmMyMfaEnrolmentResult> {
  const now = context.clock.now();
  return (await runCommand<AccountEntity>(context, {
    action: 'mfa.confirmEnrolment',
    targetType: 'account',
    targetId: context.auth.actor?.accountId ?? null,
    validate: () => codeRequired(code),
    load: (manager, actor) => loadOwnAccount(manager, actor.accountId),
    authorize: (account) =>
      account.mfaEnabledAt
        ? alreadyOn()
        : account.mfaPendingSecret
          ? null
          : MfaStateError.of(ErrorCode.MFA_NOT_ENABLED, 'No enrolment was started'),
    execute: async (manager, account) => {
      const step = matchEnrolmentCode(account, code, now);
      if (step === null) return { result: InvalidMfaCodeError.create() };
      const recoveryCodes = await enableMfa(manager, account, step, now);
      return { result: Object.assign(new MfaRecoveryCodes(), { recoveryCodes }) };
    },
  })) as typeof ConfirmMyMfaEnrolmentResult;
}

/** Turns MFA off with a current code, unless the account must use it (REP-7, VET-2). */
export async function disableMyMfa(
  context: RequestContext,
  code: string,
): Promise<typeof DisableMyMfaResult> {
  const now = context.clock.now();
  return (await runCommand<AccountEntity>(context, {
    action: 'mfa.disable',
    targetType: 'account',
    targetId: context.auth.actor?.accountId ?? null,
    validate: () => codeRequired(code),
    load: (manager, actor) => loadOwnAccount(manager, actor.accountId),
    authorize: (account) => {
      if (mustUseMfa(account)) {
        const { ruleId } = mfaRequirement({ role: account.role, unit: account.unitCode as UnitCode | null });
        return MfaStateError.of(ErrorCode.MFA_REQUIRED, 'This account must use MFA', ruleId);
      }
      return account.mfaEnabledAt ? null : MfaStateError.of(ErrorCode.MFA_NOT_ENABLED, 'MFA is not on');
    },
    execute: async (manager, account) => {
      if (!(await acceptSecondFactor(manager, account, code, now)))
        return { result: InvalidMfaCodeError.create() };
      await disableMfa(manager, account.id);
      return { result: Object.assign(new MfaDisabled(), { isDisabled: true }) };
    },
  })) as typeof DisableMyMfaResult;
}
