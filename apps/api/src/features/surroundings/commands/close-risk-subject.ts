import { decideRiskTransition } from '@xiaohu/domain';
import type { RequestContext } from '../../../context';
import { boundedText, firstInvalid } from '../../../shared/commands/bounded-text';
import { runCommand } from '../../../shared/commands/run-command';
import { RiskSubjectEntity } from '../risk-subject.entity';
import type { CloseRiskSubjectInput } from '../surroundings.inputs';
import { loadReadableSubject, subjectView } from '../surroundings-queries.service';
import { RiskSubjectNotFoundError, RiskSubjectStateError } from '../surroundings.results';
import { domainSubjectOf } from '../surroundings-view';
import { refuseUnless } from './risk-command.support';

/** PRV-3: the head or 安稳办 closes a subject with a reason the lifecycle allows in its status. */
export async function closeRiskSubject(context: RequestContext, input: CloseRiskSubjectInput) {
  const now = context.clock.now();
  const note = boundedText(input.note, 'note', 'closingNote', false);
  return runCommand(context, {
    action: 'riskSubject.close',
    targetType: 'risk_subject',
    targetId: input.riskSubjectId,
    validate: () => firstInvalid(note),
    load: async (manager, actor) =>
      (await loadReadableSubject(context, manager, actor, input.riskSubjectId, true)) ??
      RiskSubjectNotFoundError.of(),
    authorize: (loaded, actor) => refuseUnless(loaded, actor, 'close', context.policy),
    execute: async (manager, loaded, actor) => {
      const { entity } = loaded;
      const decision = decideRiskTransition(entity.status, 'CLOSE', {
        subject: domainSubjectOf(entity),
        closingReason: input.reason ?? null,
      });
      if (!decision.allowed) {
        return {
          result: RiskSubjectStateError.of(decision.code, decision.ruleId),
          details: { reason: decision.code },
        };
      }
      await manager.getRepository(RiskSubjectEntity).update(
        { id: entity.id },
        {
          status: decision.to,
          closingReason: input.reason!,
          closingNote: note as string | null,
          closedByAccountId: actor.accountId,
          closedAt: now,
        },
      );
      const view = await subjectView(context, manager, actor, entity.id);
      return {
        result: view,
        details: { reason: input.reason, from: entity.status, personalData: view.person !== null },
      };
    },
  });
}
