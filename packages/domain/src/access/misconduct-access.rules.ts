import { INSTITUTION_KINDS, type InstitutionKind } from '../organisation/organisation.types';
import { scopeOf, type Scope } from '../organisation/organisation.rules';
import type { DistrictPolicy } from '../policy/policy';
import { isInScope, isLeadership, permit, scopeActorOf } from './access.rules';
import type { AccessActor, InstitutionFacts, Permit } from './access.types';
import { handlesMisconduct } from './staff-access.rules';

export const MISCONDUCT_CASE_STATUSES = ['OPEN', 'DECIDED'] as const;
export type MisconductCaseStatus = (typeof MISCONDUCT_CASE_STATUSES)[number];

/** What the misconduct policy needs to know about a case (VET-11). */
export interface MisconductCaseFacts {
  /** The staff member the case is about. */
  subjectStaffId: string;
  institution: InstitutionFacts;
  /** The subject is the institution's head: the case goes to the supervising section and PERSONNEL. */
  isSubjectHead: boolean;
  status: MisconductCaseStatus;
}

export interface MisconductAccess {
  canView: Permit;
  can: { decide: Permit };
  isActorSubject: boolean;
}

/**
 * VET-11: the handlers (head, TEACHER_ETHICS units; for a case about the head, the supervising section
 * and PERSONNEL) and the leadership see a misconduct case; only handlers decide it, once. Never the subject.
 */
export function misconductAccess(
  facts: MisconductCaseFacts,
  actor: AccessActor,
  policy: DistrictPolicy,
): MisconductAccess {
  const isSubject = actor.staffId !== null && actor.staffId === facts.subjectStaffId;
  const subject = {
    staffId: facts.subjectStaffId,
    institution: facts.institution,
    isHead: facts.isSubjectHead,
  };
  const inScope = isInScope(actor, facts.institution, policy);
  const handles = inScope && handlesMisconduct(actor, subject, policy);
  const canView = !isSubject && (handles || (inScope && isLeadership(actor)));
  return {
    canView: permit(canView, 'VET-11'),
    can: { decide: permit(handles && facts.status === 'OPEN', 'VET-11') },
    isActorSubject: isSubject,
  };
}

/** VET-11: the misconduct cases an actor may see, as conditions a count in SQL can apply. */
export interface MisconductCountFilter {
  /** The institutions in view; null: none. */
  scope: Scope | null;
  /** Kinds of institution whose cases the actor sees, about the head (`head`) and about anyone else. */
  headSubjectKinds: InstitutionKind[];
  otherSubjectKinds: InstitutionKind[];
  /** Never the cases about the actor themself. */
  excludedStaffId: string | null;
}

/**
 * VET-11: misconductAccess asked once per kind and kind of subject, so that the dashboard's count of
 * open misconduct cases holds exactly the cases the viewer could open (never those about the viewer).
 */
export function misconductCountFilter(actor: AccessActor, policy: DistrictPolicy): MisconductCountFilter {
  const scopeActor = scopeActorOf(actor);
  // The actor's own institution stands for "an institution in scope": heads see only their own.
  const sees = (kind: InstitutionKind, isSubjectHead: boolean): boolean =>
    misconductAccess(
      {
        subjectStaffId: '',
        institution: { id: actor.institutionId ?? '', kind },
        isSubjectHead,
        status: 'OPEN',
      },
      actor,
      policy,
    ).canView.allowed;
  return {
    scope: scopeActor ? scopeOf(scopeActor, policy) : null,
    headSubjectKinds: INSTITUTION_KINDS.filter((kind) => sees(kind, true)),
    otherSubjectKinds: INSTITUTION_KINDS.filter((kind) => sees(kind, false)),
    excludedStaffId: actor.staffId,
  };
}
