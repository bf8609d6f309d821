import { decideTipTransition } from '@xiaohu/domain';
import type { RequestContext } from '../../../context';
import { runCommand } from '../../../shared/commands/run-command';
import { loadTip, viewTip } from '../tip-command.support';
import { TipEntity } from '../tip.entity';
import type { CloseTipInput } from '../tips.inputs';
import { TipForbiddenError, TipStateError } from '../tips.results';

/** REP-9: 安稳办 closes a tip; the conversation ends for both sides. */
export async function closeTip(context: RequestContext, input: CloseTipInput) {
  const now = context.clock.now();
  return runCommand(context, {
    action: 'tip.close',
    targetType: 'tip',
    targetId: input.tipId,
    load: (manager, actor) => loadTip(context, manager, actor, input.tipId, true),
    authorize: ({ access }) =>
      access.canHandle.allowed
        ? null
        : TipForbiddenError.of('Only 安稳办 closes a tip', access.canHandle.ruleId),
    execute: async (manager, loaded, actor) => {
      const decision = decideTipTransition(loaded.tip.status, 'CLOSE');
      if (!decision.allowed) return { result: TipStateError.of('The tip is already closed') };
      const change = { status: decision.to, closedAt: now, closedByAccountId: actor.accountId };
      await manager.getRepository(TipEntity).update(loaded.tip.id, change);
      Object.assign(loaded.tip, change);
      return { result: await viewTip(context, manager, actor, loaded), details: { status: decision.to } };
    },
  });
}
