import type { InstitutionKind, Reason, RuleId, UnitCode } from '../organisation/organisation.types';

/** Staff roles the plan names. */
export const STAFF_ROLES = [
  'TEACHER',
  'HEAD_TEACHER',
  'KINDERGARTEN_TEACHER',
  'CHILDCARE_WORKER',
  'SECURITY_GUARD',
  'DORM_MANAGER',
  'CLEANER',
  'CANTEEN_WORKER',
  'LIFE_TEACHER',
  'LEGAL_VICE_PRINCIPAL',
  'SCHOOL_HEAD',
] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

/** 正式编制 established post, 临时聘用 temporary hire, 劳务派遣 agency-dispatched. */
export const EMPLOYMENT_TYPES = ['ESTABLISHED', 'TEMPORARY', 'AGENCY'] as const;
export type EmploymentType = (typeof EMPLOYMENT_TYPES)[number];

/**
 * The pre-hire checks of VET-1 to VET-5. TEMPORARY_HIRE_CHECK is kept so that checks recorded under the
 * old reading of VET-3 stay readable; it is never required any more (VET-3: PERSONNEL guides the
 * institution's own VET-1 database check, it runs no gate of its own).
 */
export const VETTING_CHECKS = [
  'CRIMINAL_DATABASE',
  'TEACHER_ENTRY_SYSTEM',
  'TEMPORARY_HIRE_CHECK',
  'NEW_INSTITUTION_REVIEW',
  'KINDERGARTEN_TEACHER_QUALIFICATION',
  'CHILDCARE_TRAINING',
] as const;
export type VettingCheck = (typeof VETTING_CHECKS)[number];

/**
 * CLEAR: nothing found, or the qualification/training is held. RECORD_FOUND: the candidate is on record
 * in the database or system consulted. NOT_MET: a qualification, training or review that is not held/passed.
 */
export type CheckOutcome = 'CLEAR' | 'RECORD_FOUND' | 'NOT_MET';

/**
 * What a check may find about a candidate's criminal past, besides its outcome. CRIMINAL_PUNISHMENT:
 * any criminal punishment received (VET-7). DEPRIVED_OF_POLITICAL_RIGHTS and
 * INTENTIONAL_CRIME_IMPRISONMENT (sentenced for an intentional crime to fixed-term imprisonment or
 * more): VET-6, and criminal punishments too (VET-7).
 */
export const CRIMINAL_FINDINGS = [
  'CRIMINAL_PUNISHMENT',
  'DEPRIVED_OF_POLITICAL_RIGHTS',
  'INTENTIONAL_CRIME_IMPRISONMENT',
] as const;
export type CriminalFinding = (typeof CRIMINAL_FINDINGS)[number];

/** The result of one check, as recorded. */
export interface CheckResult {
  check: VettingCheck;
  outcome: CheckOutcome;
  checkedAt: Date;
  /** VET-6, VET-7: what the check found about the candidate's criminal past (none when absent). */
  findings?: readonly CriminalFinding[];
}

/** The institution a candidate would join. */
export interface VettingInstitution {
  kind: InstitutionKind;
  /** A kindergarten or training institution that is applying to open (VET-4). */
  isApplyingToOpen: boolean;
}

/** What the vetting rules need to know about a candidate. */
export interface Candidate {
  role: StaffRole;
  employmentType: EmploymentType;
  institution: VettingInstitution;
  /** VET-7: any criminal punishment received. */
  hasCriminalPunishment: boolean;
  /** VET-6: deprived of political rights. */
  isDeprivedOfPoliticalRights: boolean;
  /** VET-6: sentenced for an intentional crime to fixed-term imprisonment or more. */
  hasIntentionalCrimeImprisonment: boolean;
  /** VET-8: an employment prohibition 从业禁止; without `until` it has no end. */
  employmentProhibition?: { until?: Date };
  /** VET-7: found on the district's lifetime-ban list. */
  isOnDistrictBanList: boolean;
  /** VET-6: a teacher qualification already revoked or lost. */
  hasLostTeacherQualification: boolean;
}

/** The candidate's facts that recorded findings establish (VET-6, VET-7). */
export type CriminalFacts = Pick<
  Candidate,
  'hasCriminalPunishment' | 'isDeprivedOfPoliticalRights' | 'hasIntentionalCrimeImprisonment'
>;

/** Why a recorded check puts a person on the district-wide ban register. */
export type CheckBanReason = 'CRIMINAL_RECORD' | 'CRIMINAL_PUNISHMENT';

/** What recording a check does beyond the decision itself. */
export interface CheckConsequences {
  /** VET-1, VET-7: the person joins the district-wide ban register, for life; null when not. */
  districtBan: (Reason & { reason: CheckBanReason }) | null;
  /** VET-6: any teacher qualification held is lost; null when not. */
  revokesTeacherQualification: Reason | null;
}

/** Who records a check: the institution itself, or a committee unit from the responsibility matrix. */
export type CheckRecorder = 'INSTITUTION' | UnitCode;

/** A check a candidate needs, why, and who records it. */
export interface RequiredCheck extends Reason {
  check: VettingCheck;
  recordedBy: CheckRecorder;
}

export const VETTING_BLOCK_CODES = [
  'RECORD_FOUND',
  'CHECK_NOT_PASSED',
  'CRIMINAL_PUNISHMENT',
  'DISTRICT_BAN',
  'TEACHER_QUALIFICATION_BARRED',
  'EMPLOYMENT_PROHIBITION',
] as const;
export type VettingBlockCode = (typeof VETTING_BLOCK_CODES)[number];

/** One rule that blocks a hire. */
export interface VettingBlock extends Reason {
  code: VettingBlockCode;
  /** The check that found it, when a check did. */
  check?: VettingCheck;
}

export type VettingStatus = 'CLEAR' | 'BLOCKED' | 'INCOMPLETE';

/** A vetting decision with every reason. No staff member becomes active without CLEAR. */
export interface VettingDecision {
  status: VettingStatus;
  /** Every check the candidate needs. */
  required: RequiredCheck[];
  /** Every blocking rule (non-empty exactly when BLOCKED). */
  blocking: VettingBlock[];
  /** Every required check without a usable result yet. */
  missing: RequiredCheck[];
  /** The rule IDs behind the decision, deduplicated. */
  ruleIds: RuleId[];
}

/** A staff member already in post, for VET-9 and VET-10. */
export interface InServiceStaff {
  role: StaffRole;
  institutionKind: InstitutionKind;
  /** When the staff member started (the first check counts from here). */
  startedAt: Date;
  /** VET-10: the post gives access to students. */
  hasStudentAccess: boolean;
}

/** Past in-service re-checks (VET-9) and reminder interviews 约谈提示 (VET-10). */
export interface InServiceHistory {
  rechecks: Date[];
  reminderInterviews: Date[];
}

/** When the next re-check or interview is due. */
export interface DueDate extends Reason {
  lastAt: Date | null;
  dueAt: Date;
  isOverdue: boolean;
  /** The committee units that supervise it (ORG-2), if any. */
  supervisedBy: UnitCode[];
}

export interface InServiceDueDates {
  /** null when VET-9 does not apply to this kind of institution. */
  recheck: DueDate | null;
  /** null when the post has no access to students. */
  reminderInterview: DueDate | null;
}

/** VET-11 severity, as the plan grades it. */
export type MisconductSeverity =
  /** 失德违规: handled according to the circumstances. */
  | 'MISCONDUCT'
  /** 品行不良、侮辱学生、影响恶劣. */
  | 'SERIOUS'
  /** 危害严重、影响恶劣. */
  | 'GRAVE';

export interface MisconductFacts {
  /** The facts have been investigated and verified (调查、核实). */
  factsVerified: boolean;
  severity: MisconductSeverity;
  involvesCrime: boolean;
  holdsTeacherQualification: boolean;
}

export type MisconductOutcome =
  | 'ADJUST_POST'
  | 'REVOKE_TEACHER_QUALIFICATION'
  | 'EXPEL_FROM_EDUCATION_SECTOR'
  | 'TRANSFER_TO_JUDICIAL_ORGANS';

export interface MisconductOption extends Reason {
  outcome: MisconductOutcome;
  /** Must be done, not merely allowed. */
  isMandatory: boolean;
}

export type MisconductDecision =
  | { status: 'INVESTIGATE_FIRST'; options: []; ruleIds: RuleId[] }
  | { status: 'OPTIONS'; options: MisconductOption[]; ruleIds: RuleId[] };
