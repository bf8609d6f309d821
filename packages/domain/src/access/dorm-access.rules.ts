import { isDormStaffRole } from '../prevention/prevention.rules';
import type { StaffRole } from '../vetting/vetting.types';
import { isHeadOf, isLeadership, isMemberOfAny, permit } from './access.rules';
import type { AccessActor, InstitutionFacts, Permit } from './access.types';

/** What the dormitory policy needs to know about an institution. */
export interface DormFacts {
  institution: InstitutionFacts;
  /** A boarding institution 寄宿制 has student dormitories. */
  isBoarding: boolean;
}

export interface DormAccess {
  /** Every entry and every refused attempt (PRV-4: the head and 安稳办 see refusals). */
  canView: Permit;
  can: {
    /** Record an entry (or a refused attempt) and the exit, at the dormitory door. */
    recordEntry: Permit;
  };
}

/**
 * PRV-4: at a boarding institution the head or its dormitory staff (an account whose register record is a
 * life teacher or dorm manager) keep the door's register; the head, 安稳办 and leadership read it.
 * `actorStaffRole` is the role of the actor's own staff record, null when the account has none.
 */
export function dormAccess(
  facts: DormFacts,
  actor: AccessActor,
  actorStaffRole: StaffRole | null,
): DormAccess {
  const isHead = isHeadOf(actor, facts.institution.id);
  const isDormStaff =
    actor.role === 'STAFF' &&
    actor.institutionId === facts.institution.id &&
    actorStaffRole !== null &&
    isDormStaffRole(actorStaffRole);
  return {
    canView: permit(isHead || isMemberOfAny(actor, ['SAFETY']) || isLeadership(actor), 'PRV-4'),
    can: { recordEntry: permit(facts.isBoarding && (isHead || isDormStaff), 'PRV-4') },
  };
}

/** Whose dorm entries an actor reads: every institution's, one institution's, or none (the list's SQL). */
export type DormEntriesScope = { type: 'ALL' } | { type: 'INSTITUTION'; institutionId: string } | null;

/** PRV-4: the list's scope, the same answer as `dormAccess(...).canView` for every institution. */
export function dormEntriesScope(actor: AccessActor): DormEntriesScope {
  if (isMemberOfAny(actor, ['SAFETY']) || isLeadership(actor)) return { type: 'ALL' };
  if (actor.role === 'HEAD' && actor.institutionId !== null) {
    return { type: 'INSTITUTION', institutionId: actor.institutionId };
  }
  return null;
}

/** PRV-4: does this actor read dorm entries anywhere (the navigation's entry point)? */
export function readsDormEntries(actor: AccessActor): boolean {
  return dormEntriesScope(actor) !== null;
}

/** PRV-4: may this actor keep some dormitory door's register (the door page's entry point)? */
export function keepsDormDoor(actor: AccessActor, actorStaffRole: StaffRole | null): boolean {
  if (actor.institutionId === null) return false;
  if (actor.role === 'HEAD') return true;
  return actor.role === 'STAFF' && actorStaffRole !== null && isDormStaffRole(actorStaffRole);
}
