import type { DistrictPolicy } from '../policy/policy';
import { isHeadOf, isLeadership, permit } from './access.rules';
import { inspectsAny, isInspectorOf } from './inspectors.rules';
import type { AccessActor, InstitutionFacts, Permit } from './access.types';

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
  return (actor.role === 'HEAD' && actor.institutionId !== null) || inspectsAny(actor) || isLeadership(actor);
}
