import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../context';
import { Allow } from '../../shared/auth/access';
import {
  Account,
  AccountConnection,
  AccountFilter,
  SetAccountDisabledInput,
  SetAccountDisabledResult,
} from './account.type';
import {
  AccountIdInput,
  AccountSession,
  CreateAccountInput,
  CreateAccountResult,
  EndAccountSessionsInput,
  EndAccountSessionsResult,
  ImportHeadAccountsInput,
  ImportHeadAccountsResult,
  ResetAccountPasswordResult,
  SetAccountStaffMemberInput,
  SetAccountStaffMemberResult,
  SetPasswordInput,
  SetPasswordResult,
  StaffMemberChoice,
} from './account-admin.types';
import { headAccountsTemplateBase64, listAccountSessions, listStaffChoices } from './account-admin.queries';
import { listAccounts, setAccountDisabled } from './accounts.service';
import { createAccount } from './commands/create-account';
import { endAccountSessions } from './commands/end-account-sessions';
import { importHeadAccounts } from './commands/import-head-accounts';
import { resetAccountPassword } from './commands/reset-account-password';
import { setAccountStaffMember } from './commands/set-account-staff-member';
import { setPassword } from './commands/set-password';

@Resolver(() => Account)
export class AccountsResolver {
  @Allow('MANAGE_ACCOUNTS')
  @Query(() => AccountConnection, { description: 'All accounts, in username order (administrators).' })
  accounts(
    @Ctx() context: RequestContext,
    @Arg('filter', () => AccountFilter, { nullable: true, description: 'Optional conditions.' })
    filter: AccountFilter | null,
    @Arg('first', () => Int, { nullable: true, defaultValue: 20, description: 'Page size, 1 to 100.' })
    first: number | null,
    @Arg('after', () => String, { nullable: true, description: 'Cursor to continue after.' })
    after: string | null,
  ): Promise<AccountConnection> {
    return listAccounts(context, filter, first, after);
  }

  @Allow('MANAGE_ACCOUNTS')
  @Query(() => [AccountSession], {
    description: 'The open sessions of an account, newest first (administrators); empty for an unknown id.',
  })
  accountSessions(
    @Ctx() context: RequestContext,
    @Arg('accountId', () => ID, { description: 'The account.' }) accountId: string,
  ): Promise<AccountSession[]> {
    return listAccountSessions(context, accountId);
  }

  @Allow('MANAGE_ACCOUNTS')
  @Query(() => [StaffMemberChoice], {
    description:
      'Staff records of an institution an account may be linked to, by name, at most 50 (administrators).',
  })
  accountStaffChoices(
    @Ctx() context: RequestContext,
    @Arg('institutionId', () => ID, { description: 'The institution.' }) institutionId: string,
    @Arg('search', () => String, { nullable: true, description: 'Part of the name or post.' })
    search: string | null,
  ): Promise<StaffMemberChoice[]> {
    return listStaffChoices(context, institutionId, search);
  }

  @Allow('MANAGE_ACCOUNTS')
  @Query(() => String, {
    description: 'The .xlsx template for importing institution heads’ accounts, base64 (administrators).',
  })
  headAccountsTemplate(@Ctx() context: RequestContext): Promise<string> {
    return headAccountsTemplateBase64(context);
  }

  @Allow('MANAGE_ACCOUNTS')
  @Mutation(() => SetAccountDisabledResult, {
    description: 'Disables an account (all its sessions end at once) or re-enables it. Audited.',
  })
  setAccountDisabled(
    @Ctx() context: RequestContext,
    @Arg('input', () => SetAccountDisabledInput, { description: 'The account and the state.' })
    input: SetAccountDisabledInput,
  ): Promise<typeof SetAccountDisabledResult> {
    return setAccountDisabled(context, input);
  }

  @Allow('MANAGE_ACCOUNTS')
  @Mutation(() => CreateAccountResult, {
    description: 'Creates an account without a password and answers its one-time set-password link. Audited.',
  })
  createAccount(
    @Ctx() context: RequestContext,
    @Arg('input', () => CreateAccountInput, { description: 'The new account.' }) input: CreateAccountInput,
  ): Promise<typeof CreateAccountResult> {
    return createAccount(context, input) as Promise<typeof CreateAccountResult>;
  }

  @Allow('MANAGE_ACCOUNTS')
  @Mutation(() => ResetAccountPasswordResult, {
    description:
      'Resets a password: the old one and any earlier link stop working, sessions end, a new link is answered. Audited.',
  })
  resetAccountPassword(
    @Ctx() context: RequestContext,
    @Arg('input', () => AccountIdInput, { description: 'The account.' }) input: AccountIdInput,
  ): Promise<typeof ResetAccountPasswordResult> {
    return resetAccountPassword(context, input) as Promise<typeof ResetAccountPasswordResult>;
  }

  @Allow('MANAGE_ACCOUNTS')
  @Mutation(() => EndAccountSessionsResult, {
    description: 'Ends one open session of an account, or all of them. Audited.',
  })
  endAccountSessions(
    @Ctx() context: RequestContext,
    @Arg('input', () => EndAccountSessionsInput, { description: 'The account and, optionally, one session.' })
    input: EndAccountSessionsInput,
  ): Promise<typeof EndAccountSessionsResult> {
    return endAccountSessions(context, input) as Promise<typeof EndAccountSessionsResult>;
  }

  @Allow('MANAGE_ACCOUNTS')
  @Mutation(() => SetAccountStaffMemberResult, {
    description: 'Links an institution account to its holder’s staff record, or unlinks it. Audited.',
  })
  setAccountStaffMember(
    @Ctx() context: RequestContext,
    @Arg('input', () => SetAccountStaffMemberInput, { description: 'The account and the staff record.' })
    input: SetAccountStaffMemberInput,
  ): Promise<typeof SetAccountStaffMemberResult> {
    return setAccountStaffMember(context, input) as Promise<typeof SetAccountStaffMemberResult>;
  }

  @Allow('MANAGE_ACCOUNTS')
  @Mutation(() => ImportHeadAccountsResult, {
    description:
      'Creates institution heads’ accounts from an .xlsx, all-or-nothing, each with its link. Audited.',
  })
  importHeadAccounts(
    @Ctx() context: RequestContext,
    @Arg('input', () => ImportHeadAccountsInput, { description: 'The file.' }) input: ImportHeadAccountsInput,
  ): Promise<typeof ImportHeadAccountsResult> {
    return importHeadAccounts(context, input) as Promise<typeof ImportHeadAccountsResult>;
  }

  @Allow('PUBLIC')
  @Mutation(() => SetPasswordResult, {
    description:
      'Sets a password with the token of a one-time set-password link (public). Ends every session.',
  })
  setPassword(
    @Ctx() context: RequestContext,
    @Arg('input', () => SetPasswordInput, { description: 'The token and the new password.' })
    input: SetPasswordInput,
  ): Promise<typeof SetPasswordResult> {
    return setPassword(context, input);
  }
}
