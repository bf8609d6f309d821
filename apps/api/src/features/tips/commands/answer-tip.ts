import { isTipConversationOpen } from '@xiaohu/domain';
import type { RequestContext } from '../../../context';
import { boundedText } from '../../../shared/commands/bounded-text';
import { runCommand } from '../../../shared/commands/run-command';
import { ValidationError } from '../../../shared/graphql/error-result';
import { loadTip, viewTip } from '../tip-command.support';
import { TipMessageEntity } from '../tip-message.entity';
import { TipEntity } from '../tip.entity';
import type { AnswerTipInput } from '../tips.inputs';
import { TipForbiddenError, TipStateError } from '../tips.results';

/** REP-9: 安稳办 writes to the anonymous reporter, who reads it with the code and passphrase. */
export async function answerTip(context: RequestContext, input: AnswerTipInput) {
  const now = context.clock.now();
  const body = boundedText(input.body, 'body', 'tipMessage', true);
  return runCommand(context, {
    action: 'tip.answer',
    targetType: 'tip',
    targetId: input.tipId,
    validate: () => (body instanceof ValidationError ? body : null),
    load: (manager, actor) => loadTip(context, manager, actor, input.tipId, true),
    authorize: ({ access }) =>
      access.canHandle.allowed
        ? null
        : TipForbiddenError.of('Only 安稳办 answers a tip', access.canHandle.ruleId),
    execute: async (manager, loaded, actor) => {
      if (!isTipConversationOpen(loaded.tip.status)) return { result: TipStateError.of('The tip is closed') };
      await manager.getRepository(TipMessageEntity).insert({
        tipId: loaded.tip.id,
        author: 'SAFETY',
        authorAccountId: actor.accountId,
        body: body as string,
        sentAt: now,
      });
      await manager
        .getRepository(TipEntity)
        .update(loaded.tip.id, { lastMessageAt: now, lastAuthor: 'SAFETY' });
      Object.assign(loaded.tip, { lastMessageAt: now, lastAuthor: 'SAFETY' });
      return { result: await viewTip(context, manager, actor, loaded) };
    },
  });
}
