import type { UnitCode } from '../organisation/organisation.types';
import type { DistrictPolicy } from '../policy/policy';
import { isHeadOf, isLeadership, isMemberOfAny, permit } from './access.rules';
import type { AccessActor, InstitutionFacts, Permit } from './access.types';
import { committeePreventionScope, isInspectorOf } from './inspectors.rules';

/** Who held a training session: an institution for its staff, or a committee unit for many institutions. */
export type TrainingOrganiser =
  { type: 'INSTITUTION'; institutionId: string } | { type: 'UNIT'; unit: UnitCode };

export interface TrainingSessionAccess {
  canView: Permit;
  can: {
    /** Record or change the session (topic, date, trainer, materials). */
    editSession: Permit;
    /** Tick attendance of the organiser's own staff: any register for a unit, the institution's for a head. */
    recordAttendance: Permit;
  };
}

/** PRV-5, PRV-9, PRV-10: a head records her institution's sessions; a committee unit's members record theirs. */
export function trainingSessionAccess(
  organiser: TrainingOrganiser,
  actor: AccessActor,
): TrainingSessionAccess {
  const isOrganiser =
    organiser.type === 'INSTITUTION'
      ? isHeadOf(actor, organiser.institutionId)
      : isMemberOfAny(actor, [organiser.unit]);
  return {
    canView: permit(isOrganiser || isLeadership(actor), 'PRV-5'),
    can: { editSession: permit(isOrganiser, 'PRV-5'), recordAttendance: permit(isOrganiser, 'PRV-5') },
  };
}

/** PRV-5: may this actor record a session at all (the page's entry point)? */
export function recordsTrainingSessions(actor: AccessActor): boolean {
  return (
    (actor.role === 'HEAD' && actor.institutionId !== null) ||
    isMemberOfAny(actor, ['POLICY', 'SAFETY', 'HEALTH', 'PERSONNEL', 'BASIC', 'PRESCHOOL', 'VOCATIONAL'])
  );
}

/**
 * PRV-5: does the actor reach the training pages at all: one who records sessions, or reads some
 * institution's coverage (its inspectors and leadership)? Which records is each policy's answer.
 */
export function readsTraining(actor: AccessActor, policy: DistrictPolicy): boolean {
  return recordsTrainingSessions(actor) || committeePreventionScope(actor, policy) !== null;
}

export interface TrainingCoverageAccess {
  /** The figures: audience, covered, share. */
  canViewCounts: Permit;
  /** Who has not been trained, by name. */
  canViewNames: Permit;
}

/**
 * PRV-5, PRV-9, PRV-10: an institution's coverage is listed by name for its head and counted for its
 * inspectors (安稳办, 督导室, its supervising section) and leadership.
 */
export function trainingCoverageAccess(
  institution: InstitutionFacts,
  actor: AccessActor,
  policy: DistrictPolicy,
): TrainingCoverageAccess {
  const isHead = isHeadOf(actor, institution.id);
  return {
    canViewCounts: permit(
      isHead || isInspectorOf(actor, institution, policy) || isLeadership(actor),
      'PRV-5',
    ),
    canViewNames: permit(isHead, 'PRV-5'),
  };
}
