import type { InstitutionKind, Reason, RuleId } from '../organisation/organisation.types';
import type { EmploymentType, StaffRole } from '../vetting/vetting.types';

/** PRV-1: a hazard found in a safety inspection. */
export interface Hazard {
  foundAt: Date;
  ownerId?: string;
  dueAt?: Date;
  rectifiedAt?: Date;
}

export type HazardStatus = 'INCOMPLETE' | 'OPEN' | 'OVERDUE' | 'RECTIFIED' | 'RECTIFIED_LATE';

export interface HazardAssessment {
  status: HazardStatus;
  /** What the hazard record lacks (PRV-1: each hazard has an owner and a due date). */
  missing: ('OWNER' | 'DUE_DATE')[];
  ruleIds: RuleId[];
}

/** PRV-2: the kinds of institution that must monitor every one-to-one classroom: training institutions. */
export const FULL_ONE_TO_ONE_MONITORING_KINDS: readonly InstitutionKind[] = ['TRAINING_INSTITUTION'];

/** PRV-4: someone asking to enter a student dormitory. */
export interface DormEntryRequest {
  role: StaffRole;
  purpose: 'DORM_CHECK' | 'OTHER';
}

export interface DormEntryDecision {
  allowed: boolean;
  /** The entry must be registered (head teacher on a dorm check). */
  mustRegister: boolean;
  reason: Reason;
}

/** PRV-3: places around the campus that are reported and followed up. */
export const RISK_SITE_TYPES = [
  'UNMONITORED_BACK_STREET',
  'SMALL_HOTEL',
  'RENTED_ROOM',
  'HOTEL',
  'GUESTHOUSE',
  'INTERNET_CAFE',
  'GAME_ROOM',
  'KTV',
  'SKATING_RINK',
] as const;
export type RiskSiteType = (typeof RISK_SITE_TYPES)[number];

/** PRV-3: high-risk persons around the campus. */
export const RISK_PERSON_TYPES = [
  'RELEASED_PRISONER',
  'ABNORMAL_PETITIONER',
  'MENTAL_DISORDER',
  'DRUG_USER',
  'PARANOID_OR_AGGRIEVED',
] as const;
export type RiskPersonType = (typeof RISK_PERSON_TYPES)[number];

export type RiskSubject =
  { type: 'RISK_SITE'; siteType: RiskSiteType } | { type: 'RISK_PERSON'; personType: RiskPersonType };

export interface RiskRouting {
  recipients: ('TOWNSHIP_OR_STREET_OFFICE' | 'LOCAL_POLICE_STATION')[];
  requiresFollowUp: boolean;
  /** PRV-3: personal data of risk persons is handled like a case file. */
  sensitivity: 'CASE_FILE' | 'INTERNAL';
  ruleIds: RuleId[];
}

/** What an institution's self-inspection recorded, for PRV-2 and PRV-5 to PRV-10. */
export interface SelfInspection {
  institutionKind: InstitutionKind;
  /** PRV-2 */
  hasSelfInspectedBlindSpots: boolean;
  oneToOneClassrooms: { id: string; isMonitored: boolean }[];
  /** PRV-5 */
  hasLegalVicePrincipal: boolean;
  staff: { personId: string; role: StaffRole; employmentType: EmploymentType }[];
  legallyTrainedPersonIds: string[];
  /** PRV-6 */
  intakes: { cohortId: string; hadPreventionCourse: boolean }[];
  /** PRV-7 */
  hasMentalHealthInTeachingPlan: boolean;
  hasCounsellingRoomOrHotline: boolean;
  /** PRV-8: left-behind children and children in difficulty. */
  specialChildren: { childId: string; hasPersonalFile: boolean; hasGrowthFile: boolean }[];
  /** PRV-9 */
  hasStaffMentalHealthTraining: boolean;
  /** PRV-10 */
  hasAntiBullyingRules: boolean;
  hasAntiBullyingHandbook: boolean;
  areHeadTeachersTrainedOnBullying: boolean;
}

export const PREVENTION_GAP_CODES = [
  'BLIND_SPOTS_NOT_SELF_INSPECTED',
  'ONE_TO_ONE_CLASSROOM_UNMONITORED',
  'NO_LEGAL_VICE_PRINCIPAL',
  'STAFF_WITHOUT_LEGAL_TRAINING',
  'INTAKE_WITHOUT_PREVENTION_COURSE',
  'NO_MENTAL_HEALTH_IN_TEACHING_PLAN',
  'NO_COUNSELLING_ROOM_OR_HOTLINE',
  'SPECIAL_CHILD_PERSONAL_FILE_MISSING',
  'SPECIAL_CHILD_GROWTH_FILE_MISSING',
  'NO_STAFF_MENTAL_HEALTH_TRAINING',
  'NO_ANTI_BULLYING_RULES',
  'NO_ANTI_BULLYING_HANDBOOK',
  'HEAD_TEACHERS_NOT_TRAINED_ON_BULLYING',
  // Found from records only (issue 12): none of them is a questionnaire answer.
  'PREVENTION_COURSE_LATE',
  'CLASS_MENTAL_HEALTH_LESSONS_SHORT',
  'WELFARE_TALK_OVERDUE',
  'BULLYING_STEP_OVERDUE',
] as const;
export type PreventionGapCode = (typeof PREVENTION_GAP_CODES)[number];

export interface PreventionGap extends Reason {
  code: PreventionGapCode;
  /** The classroom, staff member, cohort or child concerned, when one is. */
  subjectId?: string;
  /** What `subjectId` names (set on gaps found from records). */
  subjectKind?: PreventionGapSubjectKind;
  /** The staff member who must fix it besides the head, e.g. a child's head teacher 班主任 (PRV-8). */
  responsibleStaffId?: string;
}

/** What a gap's `subjectId` names. */
export type PreventionGapSubjectKind =
  'PLACE' | 'STAFF' | 'COHORT' | 'CLASS' | 'CHILD' | 'APPOINTMENT' | 'CASE';

/** PRV-2: places that need cameras; one-to-one rooms (a pupil alone with one adult) come first. */
export const MONITORED_PLACE_KINDS = [
  'ONE_TO_ONE_ROOM',
  'CORRIDOR',
  'STAIRWELL',
  'GATE',
  'DORM_CORRIDOR',
  'PLAYGROUND',
  'OTHER',
] as const;
export type MonitoredPlaceKind = (typeof MONITORED_PLACE_KINDS)[number];

/** PRV-2: which one-to-one room: counselling room, practice room, office, or another. */
export const ONE_TO_ONE_ROOM_TYPES = ['COUNSELLING', 'PRACTICE', 'OFFICE', 'OTHER'] as const;
export type OneToOneRoomType = (typeof ONE_TO_ONE_ROOM_TYPES)[number];

/** PRV-2: an institution's register of monitored places, as far as the rule is concerned. */
export interface PlaceRegister {
  institutionKind: InstitutionKind;
  /** The last blind-spot self-inspection 监控死角自查, if any. */
  lastBlindSpotSelfInspectionAt: Date | null;
  places: { id: string; kind: MonitoredPlaceKind; isMonitored: boolean }[];
}
