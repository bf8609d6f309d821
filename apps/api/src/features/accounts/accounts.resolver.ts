import { Arg, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../context';
import { Allow } from '../../shared/auth/access';
import {
  Account,
  AccountConnection,
  AccountFilter,
  SetAccountDisabledInput,
  SetAccountDisabledResult,
} from './account.type';
import { listAccounts, setAccountDisabled } from './accounts.service';

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
}
