import type { DistrictPolicy } from '../policy/policy';
import { isHeadOf, isLeadership, permit } from './access.rules';
import type { AccessActor, InstitutionFacts, Permit } from './access.types';
import { inspectsAny, isInspectorOf } from './inspectors.rules';

export interface CareRecordsAccess {
  /** The legal vice-principal, course deliveries, teaching plan, counselling and anti-bullying documents. */
  canView: Permit;
  /** The institution's prevention gaps one by one, with the staff, class or child each concerns. */
  canViewGapSubjects: Permit;
  /** The gaps counted by kind (never a child). */
  canViewGapCounts: Permit;
  can: {
    recordLegalVicePrincipal: Permit;
    recordCourseDelivery: Permit;
    recordTeachingPlan: Permit;
    recordCounselling: Permit;
    recordBullyingDocument: Permit;
    /** Record intakes and classes, assign head teachers 班主任, close classes. */
    manageClasses: Permit;
  };
}

/**
 * PRV-5 to PRV-10, ORG-3: the head keeps her institution's care records and sees its gaps one by one; its
 * inspectors (安稳办, 督导室, its supervising section) and leadership read the records and count the gaps.
 */
export function careRecordsAccess(
  institution: InstitutionFacts,
  actor: AccessActor,
  policy: DistrictPolicy,
): CareRecordsAccess {
  const isHead = isHeadOf(actor, institution.id);
  const isDistrict = isInspectorOf(actor, institution, policy) || isLeadership(actor);
  return {
    canView: permit(isHead || isDistrict, isHead ? 'ORG-3' : 'PRV-5'),
    canViewGapSubjects: permit(isHead, 'PRV-8'),
    canViewGapCounts: permit(isHead || isDistrict, 'ACC-1'),
    can: {
      recordLegalVicePrincipal: permit(isHead, 'PRV-5'),
      recordCourseDelivery: permit(isHead, 'PRV-6'),
      recordTeachingPlan: permit(isHead, 'PRV-7'),
      recordCounselling: permit(isHead, 'PRV-7'),
      recordBullyingDocument: permit(isHead, 'PRV-10'),
      manageClasses: permit(isHead, 'PRV-6'),
    },
  };
}

/** PRV-5 to PRV-7, PRV-10: does this actor read any institution's care records (the navigation's entry point)? */
export function readsCareRecords(actor: AccessActor): boolean {
  return (actor.role === 'HEAD' && actor.institutionId !== null) || inspectsAny(actor) || isLeadership(actor);
}
