import { IsNull } from 'typeorm';
import type { RequestContext } from '../../../context';
import { runCommand } from '../../../shared/commands/run-command';
import { SessionEntity } from '../../auth/session.entity';
import type { AccountEntity } from '../account.entity';
import { AccountNotFoundError, toAccount } from '../account.type';
import { AccountSessionsEnded, type EndAccountSessionsInput } from '../account-admin.types';
import { UUID, loadAccount } from '../account-rules';

/** Ends one open session of an account, or all of them, at once (server-side). */
export function endAccountSessions(context: RequestContext, input: EndAccountSessionsInput) {
  const now = context.clock.now();
  const sessionId = input.sessionId ?? null;
  return runCommand<AccountEntity | AccountNotFoundError>(context, {
    action: 'account.endSessions',
    targetType: 'account',
    targetId: input.accountId.slice(0, 64),
    load: async (manager) =>
      (UUID.test(input.accountId) && (sessionId === null || UUID.test(sessionId))
        ? await loadAccount(manager, input.accountId)
        : null) ?? AccountNotFoundError.of(),
    authorize: () => null,
    execute: async (manager, account) => {
      const ended = await manager
        .getRepository(SessionEntity)
        .update(
          { accountId: account.id, endedAt: IsNull(), ...(sessionId ? { id: sessionId } : {}) },
          { endedAt: now, endReason: 'ENDED_BY_ADMIN' },
        );
      const endedCount = ended.affected ?? 0;
      return {
        result: Object.assign(new AccountSessionsEnded(), { account: toAccount(account), endedCount }),
        details: { username: account.username, endedCount, ...(sessionId ? { sessionId } : {}) },
      };
    },
  });
}
