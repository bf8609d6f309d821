import { responsibleUnits, supervisingSection } from '../organisation/organisation.rules';
import type { RuleId } from '../organisation/organisation.types';
import type { DistrictPolicy } from '../policy/policy';
import type { CheckRecorder, VettingCheck } from '../vetting/vetting.types';
import { isHeadOf, isInScope, isLeadership, isMemberOfAny, permit } from './access.rules';
import type { AccessActor, InstitutionFacts, Permit } from './access.types';

export const STAFF_STATUSES = ['CANDIDATE', 'ACTIVE', 'BLOCKED', 'DISMISSED'] as const;
export type StaffStatus = (typeof STAFF_STATUSES)[number];

/** What the staff policy needs to know about one staff record. */
export interface StaffFacts {
  staffId: string;
  institution: InstitutionFacts;
  status: StaffStatus;
  hasStudentAccess: boolean;
  /** decideVetting says CLEAR now. */
  isVettingClear: boolean;
  /** The record is the institution's head 学校负责人. */
  isHead: boolean;
  /** VET-10: a reminder interview applies now (active, with access to students). */
  isInterviewDue: boolean;
}

/** A pre-hire check (VET-1..5) or the in-service re-check of VET-9. */
export type RecordableCheck = VettingCheck | 'IN_SERVICE_RECHECK';

/** A check that applies to this staff member now, and who records it (requiredChecks, VET-9). */
export interface ApplicableCheck {
  check: RecordableCheck;
  recordedBy: CheckRecorder[];
  ruleId: RuleId;
}

export const STAFF_ACTIONS = [
  'manageRegister',
  'activate',
  'recordQualification',
  'recordInterview',
  'openMisconductCase',
] as const;
export type StaffAction = (typeof STAFF_ACTIONS)[number];

export interface StaffAccess {
  canView: Permit;
  parts: {
    /** The full resident ID number (VET-2: PERSONNEL), each read audited. */
    idNumber: Permit;
    /** Checks, qualifications, interviews: the vetting file. */
    vettingFile: Permit;
    /** Misconduct cases about this person (VET-11). */
    misconductCases: Permit;
  };
  can: Record<StaffAction, Permit>;
  /** The checks this actor may record now, from the applicable ones. */
  recordableChecks: RecordableCheck[];
  isActorSubject: boolean;
}

/** VET-1, VET-2, VET-9: may this actor record a check as this recorder (the institution's head, or a unit member)? */
export function mayRecordAs(actor: AccessActor, recorder: CheckRecorder, institutionId: string): boolean {
  if (recorder === 'INSTITUTION') return isHeadOf(actor, institutionId);
  return isMemberOfAny(actor, [recorder]);
}

/** VET-11, ORG-2: who handles misconduct: the head (unless the head is the subject, then the supervising section) and the TEACHER_ETHICS units. */
export function misconductHandlers(
  institution: InstitutionFacts,
  isSubjectHead: boolean,
  policy: DistrictPolicy,
): { head: boolean; units: string[] } {
  const ethics = responsibleUnits('TEACHER_ETHICS', institution.kind, policy).map((r) => r.unit as string);
  const supervisor = supervisingSection(institution.kind, policy).unit;
  return isSubjectHead ? { head: false, units: [...ethics, supervisor] } : { head: true, units: ethics };
}

/** VET-11: does this actor handle misconduct cases about this staff member? Never the subject. */
export function handlesMisconduct(
  actor: AccessActor,
  subject: { staffId: string; institution: InstitutionFacts; isHead: boolean },
  policy: DistrictPolicy,
): boolean {
  if (actor.staffId !== null && actor.staffId === subject.staffId) return false;
  const handlers = misconductHandlers(subject.institution, subject.isHead, policy);
  return (handlers.head && isHeadOf(actor, subject.institution.id)) || isMemberOfAny(actor, handlers.units);
}

/** VET-1, VET-9: pre-hire checks are recorded for candidates, the in-service re-check for active staff. */
export function isCheckForStatus(check: RecordableCheck, status: StaffStatus): boolean {
  return check === 'IN_SERVICE_RECHECK' ? status === 'ACTIVE' : status === 'CANDIDATE';
}

const VIEWING_ROLES = ['HEAD', 'SECTION_MEMBER', 'LEADER'] as const;

/**
 * ORG-1, VET-1..11: may this actor see this staff record, which parts, and what may be done next.
 * Nobody sees the sensitive parts of a record about themselves.
 */
export function staffAccess(
  facts: StaffFacts,
  actor: AccessActor,
  applicableChecks: readonly ApplicableCheck[],
  policy: DistrictPolicy,
): StaffAccess {
  const canView =
    (VIEWING_ROLES as readonly string[]).includes(actor.role) && isInScope(actor, facts.institution, policy);
  const isSubject = actor.staffId !== null && actor.staffId === facts.staffId;
  const sees = canView && !isSubject;
  const isHead = canView && isHeadOf(actor, facts.institution.id);
  const handles = sees && handlesMisconduct(actor, facts, policy);
  const canSeeMisconduct = handles || (sees && isLeadership(actor));
  const recordableChecks = sees
    ? applicableChecks
        .filter((c) => isCheckForStatus(c.check, facts.status))
        .filter((c) => c.recordedBy.some((r) => mayRecordAs(actor, r, facts.institution.id)))
        .map((c) => c.check)
    : [];
  return {
    canView: permit(canView, 'ORG-1'),
    parts: {
      idNumber: permit(sees && isMemberOfAny(actor, ['PERSONNEL']), 'VET-2'),
      vettingFile: permit(sees, 'VET-1'),
      misconductCases: permit(canSeeMisconduct, 'VET-11'),
    },
    can: {
      // ORG-3: the institution keeps its own register; nobody manages their own record.
      manageRegister: permit(isHead && !isSubject, 'ORG-3'),
      activate: permit(isHead && !isSubject && facts.status === 'CANDIDATE' && facts.isVettingClear, 'VET-1'),
      recordQualification: permit(isHead && !isSubject && facts.status !== 'DISMISSED', 'VET-5'),
      recordInterview: permit(isHead && !isSubject && facts.isInterviewDue, 'VET-10'),
      // A misconduct report may concern a candidate too; not a record already blocked or dismissed.
      openMisconductCase: permit(
        handles && (facts.status === 'ACTIVE' || facts.status === 'CANDIDATE'),
        'VET-11',
      ),
    },
    recordableChecks,
    isActorSubject: isSubject,
  };
}

/** VET-2: may this actor read full ID numbers at all (the export's column)? */
export function mayReadIdNumbers(actor: AccessActor): boolean {
  return isMemberOfAny(actor, ['PERSONNEL']);
}
