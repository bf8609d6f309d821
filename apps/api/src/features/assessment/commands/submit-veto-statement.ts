import type { RequestContext } from '../../../context';
import { boundedText, firstInvalid } from '../../../shared/commands/bounded-text';
import { runCommand } from '../../../shared/commands/run-command';
import { VetoStatementEntity } from '../assessment-decision.entities';
import type { SubmitVetoStatementInput } from '../assessment.inputs';
import { assessmentAfterChange, loadAssessmentForChange, refuseUnless } from './assessment-command.support';

/** ACC-5: the head's written statement 申辩, within the window, before a leader decides. */
export async function submitVetoStatement(context: RequestContext, input: SubmitVetoStatementInput) {
  const now = context.clock.now();
  const text = boundedText(input.text, 'text', 'vetoStatement', true);
  return runCommand(context, {
    action: 'assessment.submitStatement',
    targetType: 'assessment',
    targetId: input.assessmentId,
    validate: () => firstInvalid(text),
    load: (manager, actor) => loadAssessmentForChange(context, manager, actor, input.assessmentId),
    authorize: (loaded, actor) =>
      refuseUnless(
        loaded,
        actor,
        'submitStatement',
        now,
        context.policy,
        'Only the institution’s head submits a statement, within the window, before the review',
      ),
    execute: async (manager, loaded, actor) => {
      await manager.getRepository(VetoStatementEntity).insert({
        assessmentId: loaded.id,
        text: text as string,
        submittedByAccountId: actor.accountId,
        submittedAt: now,
      });
      return { result: await assessmentAfterChange(context, manager, actor, loaded.id) };
    },
  });
}
