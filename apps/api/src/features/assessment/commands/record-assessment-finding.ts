import type { EntityManager } from 'typeorm';
import type { RequestContext } from '../../../context';
import type { SignedInActor } from '../../../shared/auth/actor';
import { boundedText, firstInvalid } from '../../../shared/commands/bounded-text';
import { runCommand } from '../../../shared/commands/run-command';
import { ValidationError } from '../../../shared/graphql/error-result';
import { loadAssessments, type LoadedAssessment } from '../assessment-facts';
import { AssessmentFindingEntity } from '../assessment-finding.entity';
import type { RecordAssessmentFindingInput } from '../assessment.inputs';
import { visibleCaseIds } from '../assessment-view';
import { assessmentAfterChange, loadAssessmentForChange, refuseUnless } from './assessment-command.support';

const MAX_POINTS = 100;

/** The case must be one of the institution's, and one the inspector may open. */
async function checkCase(
  context: RequestContext,
  manager: EntityManager,
  actor: SignedInActor,
  loaded: LoadedAssessment,
  caseId: string,
): Promise<ValidationError | null> {
  const rows: { id: string }[] = await manager.query(
    'SELECT id FROM incident WHERE id::text = $1 AND institution_id = $2',
    [caseId, loaded.institutionId],
  );
  const isVisible = rows.length > 0 && (await visibleCaseIds(context, manager, actor, [caseId])).has(caseId);
  return isVisible ? null : ValidationError.of('caseId', 'Not a case of this institution');
}

/**
 * ACC-1: 督导室 records a finding (its own or a joint inspection team's) with its score contribution;
 * ACC-3: failures and impacts on a case feed `evaluateVeto`. When the verdict becomes a veto for the
 * first time, the statement window opens (ACC-5).
 */
export async function recordAssessmentFinding(context: RequestContext, input: RecordAssessmentFindingInput) {
  const now = context.clock.now();
  const text = boundedText(input.text, 'text', 'assessmentFinding', true);
  const points = input.points ?? 0;
  const failures = [...new Set(input.failures ?? [])];
  const impacts = [...new Set(input.impacts ?? [])];
  const caseId = input.caseId?.trim() || null;
  return runCommand(context, {
    action: 'assessment.recordFinding',
    targetType: 'assessment',
    targetId: input.assessmentId,
    validate: () =>
      firstInvalid(text) ??
      (!Number.isInteger(points) || Math.abs(points) > MAX_POINTS
        ? ValidationError.of('points', `Points are between -${MAX_POINTS} and ${MAX_POINTS}`)
        : !caseId && failures.length + impacts.length > 0
          ? ValidationError.of('caseId', 'Failures and impacts are recorded on a case')
          : null),
    load: (manager, actor) => loadAssessmentForChange(context, manager, actor, input.assessmentId),
    authorize: (loaded, actor) =>
      refuseUnless(
        loaded,
        actor,
        'recordFinding',
        now,
        context.policy,
        'Only 督导室 records findings, until the review',
      ),
    execute: async (manager, loaded, actor) => {
      if (caseId) {
        const invalid = await checkCase(context, manager, actor, loaded, caseId);
        if (invalid) return { result: invalid, details: { field: 'caseId' } };
      }
      const { identifiers } = await manager.getRepository(AssessmentFindingEntity).insert({
        assessmentId: loaded.id,
        source: input.source,
        text: text as string,
        points,
        incidentId: caseId,
        failures,
        impacts,
        sanctionGrounds: [...new Set(input.sanctionGrounds ?? [])],
        recordedByAccountId: actor.accountId,
        recordedAt: now,
      });
      const [after] = await loadAssessments(manager, [loaded.id], context.policy);
      const isNewVeto = after.verdict.isVetoed && !loaded.vetoComputedAt;
      if (isNewVeto) {
        await manager.query('UPDATE assessment SET veto_computed_at = $2 WHERE id = $1', [loaded.id, now]);
      }
      return {
        result: await assessmentAfterChange(context, manager, actor, loaded.id),
        details: {
          findingId: identifiers[0]?.id as string,
          points,
          caseId,
          isVetoed: after.verdict.isVetoed,
          grounds: after.verdict.grounds.length,
        },
      };
    },
  });
}
