import { supervisingSection } from '../organisation/organisation.rules';
import { SUPERVISING_SECTIONS } from '../organisation/organisation.types';
import type { DistrictPolicy } from '../policy/policy';
import { isHeadOf, isLeadership, isMemberOfAny, permit } from './access.rules';
import type { AccessActor, InstitutionFacts, Permit } from './access.types';

// Offices that inspect every kind of institution (三: 安稳办 guides 三防, 督导室 inspects everyone).
const DISTRICT_INSPECTORS = ['SAFETY', 'INSPECT'] as const;

/** PRV-1, PRV-2, ORG-1: the committee's inspectors of this institution: 安稳办, 督导室, its supervising section. */
export function isInspectorOf(
  actor: AccessActor,
  institution: InstitutionFacts,
  policy: DistrictPolicy,
): boolean {
  return isMemberOfAny(actor, [...DISTRICT_INSPECTORS, supervisingSection(institution.kind, policy).unit]);
}

export interface MonitoredPlacesAccess {
  /** The register, its coverage and the last blind-spot self-inspection. */
  canView: Permit;
  can: {
    /** Add or change a place of the register. */
    recordPlace: Permit;
    /** Record the date of a blind-spot self-inspection 监控死角自查. */
    recordBlindSpotSelfInspection: Permit;
  };
}

/**
 * PRV-2, ORG-3: the institution's head keeps its register of places that need cameras and records its
 * blind-spot self-inspections; its inspectors and leadership read it. Teachers and other staff do not.
 */
export function monitoredPlacesAccess(
  institution: InstitutionFacts,
  actor: AccessActor,
  policy: DistrictPolicy,
): MonitoredPlacesAccess {
  const isHead = isHeadOf(actor, institution.id);
  const canView = isHead || isInspectorOf(actor, institution, policy) || isLeadership(actor);
  return {
    canView: permit(canView, isHead ? 'ORG-3' : 'PRV-2'),
    can: {
      recordPlace: permit(isHead, 'PRV-2'),
      recordBlindSpotSelfInspection: permit(isHead, 'PRV-2'),
    },
  };
}

/** PRV-2: does this actor read any institution's register at all (the navigation's entry point)? */
export function readsMonitoredPlaces(actor: AccessActor): boolean {
  return (
    (actor.role === 'HEAD' && actor.institutionId !== null) ||
    isMemberOfAny(actor, [...DISTRICT_INSPECTORS, ...SUPERVISING_SECTIONS]) ||
    isLeadership(actor)
  );
}
