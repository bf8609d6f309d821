import { decideTipTransition, groupTipCharacters } from '@xiaohu/domain';
import type { RequestContext } from '../../../context';
import { runCommand, runCommandIn } from '../../../shared/commands/run-command';
import { ErrorResult } from '../../../shared/graphql/error-result';
import { externalSourceCommand } from '../../incidents/commands/record-external-source';
import { loadTip, viewTip } from '../tip-command.support';
import { TipEntity } from '../tip.entity';
import type { ConvertTipToCaseInput } from '../tips.inputs';
import { TipForbiddenError, TipStateError } from '../tips.results';

/**
 * REP-8, REP-3, REP-4: 安稳办 turns a tip into a case through the case's own command (a case the
 * district learned of from the tip line): the police clock runs from when the school first knew (the
 * tip's time unless the officer knows earlier), and 瞒报 is recorded when the school had known first.
 */
export async function convertTipToCase(context: RequestContext, input: ConvertTipToCaseInput) {
  const now = context.clock.now();
  return runCommand(context, {
    action: 'tip.convertToCase',
    targetType: 'tip',
    targetId: input.tipId,
    load: (manager, actor) => loadTip(context, manager, actor, input.tipId, true),
    authorize: ({ access }) =>
      access.canHandle.allowed
        ? null
        : TipForbiddenError.of('Only 安稳办 turns a tip into a case', access.canHandle.ruleId),
    execute: async (manager, loaded, actor) => {
      const { tip } = loaded;
      const decision = decideTipTransition(tip.status, 'CONVERT');
      if (!decision.allowed) return { result: TipStateError.of('The tip is closed or already a case') };
      const recorded = await runCommandIn(
        context,
        manager,
        externalSourceCommand(
          context,
          {
            institutionId: input.institutionId ?? tip.institutionId,
            category: input.category ?? tip.category,
            suspectType: input.suspectType,
            source: 'TIP_LINE',
            learnedAt: tip.submittedAt,
            // The tip code only: the tip's words stay with the tip (need-to-know like the case's).
            note: `匿名举报 ${groupTipCharacters(tip.code)}`,
          },
          { isTipLine: true, institutionKnewAt: input.institutionKnewAt ?? tip.submittedAt },
        ),
      );
      if (recorded instanceof ErrorResult) return { result: recorded };
      const caseId = (recorded as { id: string }).id;
      const change = { status: decision.to, caseId, convertedAt: now };
      await manager.getRepository(TipEntity).update(tip.id, change);
      Object.assign(tip, change);
      return { result: await viewTip(context, manager, actor, loaded), details: { caseId } };
    },
  });
}
