import type { SelectQueryBuilder } from 'typeorm';
import type { RequestContext } from '../../context';
import { recordAudit } from '../../shared/audit/audit-log';
import type { SignedInActor } from '../../shared/auth/actor';
import { decodeCursor, encodeCursor, pageSize } from '../../shared/graphql/connection';
import { ValidationError } from '../../shared/graphql/error-result';
import { endAllSessions } from '../auth/session.service';
import { AccountEntity } from './account.entity';
import { API_CLIENT_USERNAME_PREFIX } from './account-rules';
import {
  AccountNotFoundError,
  toAccount,
  type Account,
  type AccountConnection,
  type AccountFilter,
  type SetAccountDisabledInput,
} from './account.type';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function signedIn(context: RequestContext): SignedInActor {
  // The access guard runs first; reaching here without an actor is a bug.
  if (!context.auth.actor) throw new Error('Service called without a signed-in actor');
  return context.auth.actor;
}

function applyFilter(
  query: SelectQueryBuilder<AccountEntity>,
  filter: AccountFilter | null | undefined,
): SelectQueryBuilder<AccountEntity> {
  // API clients' accounts are listed on their own page (features/api-clients), never among people.
  query.andWhere(`account.username NOT LIKE '${API_CLIENT_USERNAME_PREFIX}%'`);
  const search = filter?.search?.trim();
  if (search) {
    const pattern = `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    query.andWhere('(account.username ILIKE :pattern OR account.displayName ILIKE :pattern)', { pattern });
  }
  return query;
}

/** A page of all accounts in username order (keyset on the unique username). */
export async function listAccounts(
  context: RequestContext,
  filter: AccountFilter | null | undefined,
  first: number | null | undefined,
  after: string | null | undefined,
): Promise<AccountConnection> {
  signedIn(context);
  const size = pageSize(first, 20);
  const cursor = after ? decodeCursor(after, 1) : null;
  const repository = context.dataSource.getRepository(AccountEntity);
  const base = () => applyFilter(repository.createQueryBuilder('account'), filter);
  const pageQuery = base()
    .leftJoinAndSelect('account.institution', 'institution')
    .leftJoinAndSelect('account.staffMember', 'staffMember')
    .orderBy('account.username', 'ASC')
    .limit(size + 1);
  if (cursor) pageQuery.andWhere('account.username > :afterUsername', { afterUsername: String(cursor[0]) });
  // One after the other: both may run on one connection.
  const rows = await pageQuery.getMany();
  const totalCount = await base().getCount();
  const edges = rows.slice(0, size).map((row) => ({
    cursor: encodeCursor([row.username]),
    node: toAccount(row),
  }));
  return {
    edges,
    pageInfo: { hasNextPage: rows.length > size, endCursor: edges.at(-1)?.cursor ?? null },
    totalCount,
  };
}

/**
 * Disables or re-enables an account. Disabling ends all its sessions in the same transaction as the
 * flag and the audit row, so a disabled account is never left with a live session.
 */
export async function setAccountDisabled(
  context: RequestContext,
  input: SetAccountDisabledInput,
): Promise<Account | AccountNotFoundError | ValidationError> {
  const actor = signedIn(context);
  const now = context.clock.now();
  if (!UUID.test(input.accountId)) return AccountNotFoundError.of();
  // An administrator who disabled themself could lock everyone out of account management.
  if (input.isDisabled && input.accountId === actor.accountId) {
    return ValidationError.of('accountId', 'An administrator cannot disable their own account');
  }
  return context.dataSource.transaction(async (manager) => {
    const repository = manager.getRepository(AccountEntity);
    const account = await repository.findOne({
      where: { id: input.accountId },
      relations: { institution: true, staffMember: true },
    });
    if (!account) return AccountNotFoundError.of();
    await repository.update({ id: account.id }, { isDisabled: input.isDisabled });
    if (input.isDisabled) await endAllSessions(manager, account.id, now, 'ACCOUNT_DISABLED');
    await recordAudit(manager, actor, now, {
      action: input.isDisabled ? 'account.disable' : 'account.enable',
      targetType: 'account',
      targetId: account.id,
      outcome: 'OK',
      details: { username: account.username },
    });
    return toAccount({ ...account, isDisabled: input.isDisabled });
  });
}
