import { responsibleUnits } from '../organisation/organisation.rules';
import { INSTITUTION_KINDS } from '../organisation/organisation.types';
import type { DistrictPolicy } from '../policy/policy';
import { isInScope, isLeadership, isMemberOfAny, permit } from './access.rules';
import type { AccessActor, InstitutionFacts, Permit } from './access.types';

export interface InstitutionAccess {
  canView: Permit;
  can: {
    /** VET-4: mark a kindergarten or training institution as applying to open (or end it). */
    setOpeningApplication: Permit;
  };
}

/** ORG-1, VET-4: who sees an institution, and who records that it is applying to open. */
export function institutionAccess(
  institution: InstitutionFacts,
  actor: AccessActor,
  policy: DistrictPolicy,
): InstitutionAccess {
  const canView = isInScope(actor, institution, policy);
  const vettingUnits = INSTITUTION_KINDS.flatMap((kind) =>
    responsibleUnits('NEW_INSTITUTION_STAFF_VETTING', kind, policy).map((r) => r.unit as string),
  );
  const maySetOpening = isLeadership(actor) || actor.role === 'ADMIN' || isMemberOfAny(actor, vettingUnits);
  return {
    canView: permit(canView, 'ORG-1'),
    can: { setOpeningApplication: permit(canView && maySetOpening, 'VET-4') },
  };
}
