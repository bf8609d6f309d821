import { reviewVeto as reviewComputedVeto } from '@xiaohu/domain';
import type { RequestContext } from '../../../context';
import { boundedText, firstInvalid } from '../../../shared/commands/bounded-text';
import { runCommand } from '../../../shared/commands/run-command';
import { ValidationError } from '../../../shared/graphql/error-result';
import { VetoReviewEntity } from '../assessment-decision.entities';
import type { ReviewVetoInput } from '../assessment.inputs';
import { AssessmentStateError } from '../assessment.results';
import { assessmentAfterChange, loadAssessmentForChange, refuseUnless } from './assessment-command.support';

/**
 * ACC-5: a leader confirms or rejects the computed veto with a written reason, once the institution's
 * statement is in or its window has closed. The verdict decided on is stored beside the decision.
 */
export async function reviewVeto(context: RequestContext, input: ReviewVetoInput) {
  const now = context.clock.now();
  const reason = boundedText(input.reason, 'reason', 'vetoReviewReason', true);
  return runCommand(context, {
    action: 'assessment.reviewVeto',
    targetType: 'assessment',
    targetId: input.assessmentId,
    validate: () => firstInvalid(reason),
    load: (manager, actor) => loadAssessmentForChange(context, manager, actor, input.assessmentId),
    authorize: (loaded, actor) =>
      refuseUnless(
        loaded,
        actor,
        'reviewVeto',
        now,
        context.policy,
        'A leader reviews a computed veto once the statement is in or the window has closed',
      ),
    execute: async (manager, loaded, actor) => {
      const reviewed = reviewComputedVeto(loaded.verdict, {
        decision: input.decision,
        reason: reason as string,
        reviewerId: actor.accountId,
        reviewedAt: now,
      });
      if (!reviewed.ok) {
        const { code, message, ruleId } = reviewed.error;
        const refusal =
          code === 'REASON_REQUIRED'
            ? ValidationError.of('reason', message)
            : AssessmentStateError.of(message, ruleId, null);
        return { result: refusal, details: { ruleId }, auditOutcome: code };
      }
      await manager.getRepository(VetoReviewEntity).insert({
        assessmentId: loaded.id,
        decision: input.decision,
        reason: reason as string,
        verdict: reviewed.value.verdict,
        reviewedByAccountId: actor.accountId,
        reviewedAt: now,
      });
      return {
        result: await assessmentAfterChange(context, manager, actor, loaded.id),
        details: {
          decision: input.decision,
          grounds: loaded.verdict.grounds.length,
          isVetoed: reviewed.value.isVetoed,
        },
      };
    },
  });
}
