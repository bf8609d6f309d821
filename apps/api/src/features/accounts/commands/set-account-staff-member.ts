import type { RequestContext } from '../../../context';
import { runCommand } from '../../../shared/commands/run-command';
import { ValidationError } from '../../../shared/graphql/error-result';
import { AccountEntity } from '../account.entity';
import { AccountNotFoundError, toAccount } from '../account.type';
import type { SetAccountStaffMemberInput } from '../account-admin.types';
import { UUID, checkStaffLink, loadAccount } from '../account-rules';

/**
 * Links an institution account to the staff record of the person holding it, or unlinks it (issue 8:
 * REP-11 and VET-11 then hide from that person every record about them). One staff record, at most one
 * account; only staff of the account's own institution.
 */
export function setAccountStaffMember(context: RequestContext, input: SetAccountStaffMemberInput) {
  const staffMemberId = input.staffMemberId || null;
  return runCommand<AccountEntity | AccountNotFoundError | ValidationError>(context, {
    action: 'account.setStaffMember',
    targetType: 'account',
    targetId: input.accountId.slice(0, 64),
    load: async (manager) => {
      const account = UUID.test(input.accountId) ? await loadAccount(manager, input.accountId) : null;
      if (!account) return AccountNotFoundError.of();
      if (staffMemberId) {
        const staff = await checkStaffLink(manager, staffMemberId, account);
        if (staff instanceof ValidationError) return staff;
      }
      return account;
    },
    authorize: () => null,
    execute: async (manager, account) => {
      await manager.getRepository(AccountEntity).update({ id: account.id }, { staffMemberId });
      const reloaded = await loadAccount(manager, account.id);
      return {
        result: toAccount(reloaded!),
        details: { username: account.username, staffMemberId, previous: account.staffMemberId },
      };
    },
  });
}
