import type { RequestContext } from '../../../context';
import { runCommand } from '../../../shared/commands/run-command';
import { ValidationError } from '../../../shared/graphql/error-result';
import { disableMfa } from '../../auth/mfa';
import { endAllSessions } from '../../auth/session.service';
import { AccountEntity } from '../account.entity';
import { AccountNotFoundError, toAccount } from '../account.type';
import { SetPasswordLinkIssued, type AccountIdInput } from '../account-admin.types';
import { UUID, issueSetPasswordLink, loadAccount } from '../account-rules';

/**
 * Resets an account's password: the old password and any earlier link stop working, every session
 * ends, and a new one-time set-password link is answered once. The second factor goes too (a lost
 * phone and lost recovery codes are what a reset is for): an account that must use MFA enrols again
 * at its next sign-in.
 */
export function resetAccountPassword(context: RequestContext, input: AccountIdInput) {
  const now = context.clock.now();
  return runCommand<AccountEntity | AccountNotFoundError>(context, {
    action: 'account.resetPassword',
    targetType: 'account',
    targetId: input.accountId.slice(0, 64),
    load: async (manager) =>
      (UUID.test(input.accountId) && (await loadAccount(manager, input.accountId))) ||
      AccountNotFoundError.of(),
    // Resetting oneself would sign the only administrator out with no password to come back with.
    authorize: (account, actor) =>
      account.id === actor.accountId
        ? ValidationError.of('accountId', 'An administrator cannot reset their own password here')
        : null,
    execute: async (manager, account) => {
      await manager.getRepository(AccountEntity).update({ id: account.id }, { passwordHash: null });
      await endAllSessions(manager, account.id, now, 'PASSWORD_RESET');
      if (account.mfaEnabledAt || account.mfaPendingSecret) await disableMfa(manager, account.id);
      const link = await issueSetPasswordLink(manager, account.id, now, context.config.setPasswordLinkHours);
      const reloaded = await loadAccount(manager, account.id);
      return {
        result: Object.assign(new SetPasswordLinkIssued(), { account: toAccount(reloaded!), ...link }),
        details: { username: account.username, ...(account.mfaEnabledAt ? { mfaReset: true } : {}) },
      };
    },
  });
}
