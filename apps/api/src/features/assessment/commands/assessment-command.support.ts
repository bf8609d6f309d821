import {
  assessmentAccess,
  type AssessmentAction,
  type AssessmentFacts,
  type DistrictPolicy,
} from '@xiaohu/domain';
import type { EntityManager } from 'typeorm';
import type { RequestContext } from '../../../context';
import { toAccessActor, type SignedInActor } from '../../../shared/auth/actor';
import { policyFacts, stampVetoComputed, type LoadedAssessment } from '../assessment-facts';
import { readPeriods, loadReadableAssessment } from '../assessment-queries.service';
import {
  AssessmentForbiddenError,
  AssessmentNotFoundError,
  AssessmentStateError,
} from '../assessment.results';
import type { Assessment } from '../assessment.type';
import { toAssessment } from '../assessment-view';

/** Loads an assessment for a change, its row locked (one change at a time per institution and period). */
export async function loadAssessmentForChange(
  context: Pick<RequestContext, 'policy' | 'clock'>,
  manager: EntityManager,
  actor: SignedInActor,
  assessmentId: string,
): Promise<LoadedAssessment | AssessmentNotFoundError> {
  const loaded = await loadReadableAssessment(context, manager, actor, assessmentId);
  if (!loaded) return AssessmentNotFoundError.of();
  await manager.query('SELECT id FROM assessment WHERE id = $1 FOR UPDATE', [assessmentId]);
  // Read again under the lock: a concurrent change committed before it is now seen.
  const locked = await loadReadableAssessment(context, manager, actor, assessmentId);
  if (!locked) return AssessmentNotFoundError.of();
  await stampVetoComputed(manager, locked, context.clock.now());
  return locked;
}

// The facts under which an action is limited only by who asks: if the actor may act then, the refusal
// was about the assessment's state, not about the actor (the policy answers both; nothing decides here).
const EVERYTHING_READY: Omit<AssessmentFacts, 'institution' | 'vetoComputedAt'> = {
  isVetoComputed: true,
  hasStatement: false,
  isReviewed: false,
  hasSanctionOptions: true,
};

/** The assessment policy's refusal of one action: forbidden for the actor, or not in this state. */
export function refuseUnless(
  loaded: LoadedAssessment,
  actor: SignedInActor,
  action: AssessmentAction,
  now: Date,
  policy: DistrictPolicy,
  message: string,
): AssessmentForbiddenError | AssessmentStateError | null {
  const accessActor = toAccessActor(actor);
  const access = assessmentAccess(policyFacts(loaded), accessActor, now, policy);
  const permit = access.can[action];
  if (permit.allowed) return null;
  const ready: AssessmentFacts = {
    ...EVERYTHING_READY,
    institution: policyFacts(loaded).institution,
    vetoComputedAt: now,
    hasStatement: action === 'reviewVeto',
  };
  const isActorAble = assessmentAccess(ready, accessActor, now, policy).can[action].allowed;
  return isActorAble
    ? AssessmentStateError.of(message, permit.ruleId, access.statementWindow?.closesAt ?? null)
    : AssessmentForbiddenError.of(message, permit.ruleId);
}

/** The assessment as it stands after a change, read in the same transaction. */
export async function assessmentAfterChange(
  context: RequestContext,
  manager: EntityManager,
  actor: SignedInActor,
  assessmentId: string,
): Promise<Assessment> {
  const loaded = (await loadReadableAssessment(context, manager, actor, assessmentId))!;
  const [period] = await readPeriods(manager, actor, loaded.periodId);
  return toAssessment(context, manager, actor, loaded, period);
}
