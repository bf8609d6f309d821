import type { InstitutionKind, RuleId } from '../organisation/organisation.types';
import type { PeriodRange } from '../oversight/oversight.types';
import type { PlaceRegister } from '../prevention/prevention.types';
import type { EmploymentType, StaffRole } from '../vetting/vetting.types';

/** PRV-5: the units a vice-principal for legal affairs 法治副校长 comes from. */
export const LEGAL_VICE_PRINCIPAL_UNITS = ['POLICE', 'PROCURATORATE', 'COURT', 'JUSTICE_BUREAU'] as const;
export type LegalVicePrincipalUnit = (typeof LEGAL_VICE_PRINCIPAL_UNITS)[number];

/** PRV-5: one appointment; the term runs from `termStart` up to (not including) `termEnd`. */
export interface LegalVicePrincipalAppointment {
  id: string;
  name: string;
  unit: LegalVicePrincipalUnit;
  termStart: Date;
  termEnd: Date;
}

export type LegalVicePrincipalStatusCode = 'MISSING' | 'EXPIRED' | 'EXPIRING' | 'ACTIVE';

export interface LegalVicePrincipalStatus {
  status: LegalVicePrincipalStatusCode;
  /** The appointment in force (ACTIVE, EXPIRING) or the last one that ended (EXPIRED). */
  appointmentId: string | null;
  /** When the appointment in force ends (ACTIVE, EXPIRING). */
  endsAt: Date | null;
  /** MISSING and EXPIRED are gaps (NO_LEGAL_VICE_PRINCIPAL); EXPIRING is a warning. */
  isGap: boolean;
  isWarning: boolean;
  ruleIds: RuleId[];
}

/** PRV-5, PRV-9, PRV-10: the topics of staff training sessions. */
export const TRAINING_TOPICS = [
  'LAW_AND_ETHICS',
  'STAFF_MENTAL_HEALTH',
  'BULLYING_PREVENTION_FOR_HEAD_TEACHERS',
] as const;
export type TrainingTopic = (typeof TRAINING_TOPICS)[number];

export interface TrainingSession {
  id: string;
  topic: TrainingTopic;
  heldAt: Date;
}

/** One staff member ticked as present at one session. */
export interface TrainingAttendance {
  sessionId: string;
  staffId: string;
}

/** One person of an institution's staff register, as far as training is concerned. */
export interface RegisterMember {
  staffId: string;
  role: StaffRole;
  employmentType: EmploymentType;
}

export interface TrainingCoverage {
  topic: TrainingTopic;
  /** The school year the coverage counts sessions of. */
  schoolYear: PeriodRange;
  /** Everybody who must be trained on the topic, in register order. */
  audienceStaffIds: string[];
  coveredStaffIds: string[];
  uncoveredStaffIds: string[];
  /** covered / audience, 0 to 1; null when nobody must be trained (no head teachers, say). */
  share: number | null;
  ruleIds: RuleId[];
}

/** PRV-6: a new student intake (a cohort) and its classes. */
export interface Intake {
  cohortId: string;
  enrolledAt: Date;
  classIds: string[];
}

/** PRV-6: the sexual-abuse-prevention course delivered to some classes of an intake. */
export interface CourseDelivery {
  cohortId: string;
  deliveredAt: Date;
  classIds: string[];
  teacherStaffId: string;
}

export type CourseStatusCode = 'PENDING' | 'DELIVERED' | 'DELIVERED_LATE' | 'OVERDUE';

export interface CourseStatus {
  cohortId: string;
  status: CourseStatusCode;
  deadline: Date;
  /** When the last class of the intake had the course, when every class has had it. */
  deliveredAt: Date | null;
  /** Classes of the intake without a delivery yet. */
  undeliveredClassIds: string[];
  ruleIds: RuleId[];
}

/** PRV-7: lessons in the teaching plan. */
export const PLAN_LESSON_TOPICS = ['MENTAL_HEALTH', 'PUBERTY'] as const;
export type PlanLessonTopic = (typeof PLAN_LESSON_TOPICS)[number];

/** PRV-7: lessons of one class in the teaching plan, planned on a day of some term. */
export interface TeachingPlanEntry {
  classId: string;
  topic: PlanLessonTopic;
  lessons: number;
  plannedAt: Date;
}

export interface TeachingPlanStatus {
  term: PeriodRange;
  lessonsByClass: { classId: string; lessons: number }[];
  /** Classes with fewer mental-health and puberty lessons this term than the district's minimum. */
  shortClassIds: string[];
  hasAnyLessons: boolean;
  ruleIds: RuleId[];
}

/** PRV-7: the counselling room or the hotline. */
export interface CounsellingFacilities {
  hasCounsellingRoom: boolean;
  hotline: string | null;
}

/** PRV-8: left-behind 留守 and children in difficulty 困境儿童; districts add codes of their own. */
export const WATCH_CATEGORIES = ['LEFT_BEHIND', 'IN_DIFFICULTY'] as const;
export type WatchCategory = (typeof WATCH_CATEGORIES)[number];

/** PRV-8: a child who needs watching. No name here: the rules need none. */
export interface ChildFile {
  childId: string;
  classId: string;
  /** The class's head teacher 班主任, by staff id. */
  headTeacherStaffId: string | null;
  counsellorStaffIds: string[];
  /** WatchCategory codes and the district's own. */
  categories: string[];
  openedAt: Date;
  closedAt: Date | null;
  hasPersonalFile: boolean;
  hasGrowthFile: boolean;
}

/** PRV-8: a talk 谈心 with the child or a class meeting about it. */
export interface WelfareTalk {
  childId: string;
  heldAt: Date;
  kind: 'TALK' | 'CLASS_MEETING';
  byStaffId: string;
}

export interface WelfareTalkStatus {
  childId: string;
  lastTalkAt: Date | null;
  dueAt: Date;
  isOverdue: boolean;
  ruleIds: RuleId[];
}

/** PRV-10: a bullying report's handling steps, in order. */
export const BULLYING_STEPS = ['INVESTIGATION', 'FINDING', 'MEASURES', 'FOLLOW_UP_TALKS'] as const;
export type BullyingStep = (typeof BULLYING_STEPS)[number];

/** PRV-10: a bullying report, handled as a case. */
export interface BullyingReport {
  caseId: string;
  reportedAt: Date;
}

export interface BullyingStepRecord {
  step: BullyingStep;
  completedAt: Date;
}

export interface BullyingStepState {
  step: BullyingStep;
  dueAt: Date;
  status: 'DONE' | 'DUE' | 'OVERDUE';
  completedAt: Date | null;
  /** Done after its time limit. */
  isLate: boolean;
  ruleIds: RuleId[];
}

/** PRV-10: the institution's anti-bullying documents. */
export const BULLYING_DOCUMENT_KINDS = ['RULES', 'HANDBOOK'] as const;
export type BullyingDocumentKind = (typeof BULLYING_DOCUMENT_KINDS)[number];

export interface BullyingDocument {
  kind: BullyingDocumentKind;
  adoptedAt: Date;
}

/** Every record of one institution that the prevention gaps are found from (PRV-2, PRV-5 to PRV-10). */
export interface InstitutionCareRecords {
  institutionKind: InstitutionKind;
  places: PlaceRegister;
  legalVicePrincipals: LegalVicePrincipalAppointment[];
  register: RegisterMember[];
  trainingSessions: TrainingSession[];
  attendance: TrainingAttendance[];
  intakes: Intake[];
  courseDeliveries: CourseDelivery[];
  /** The classes taught this term. */
  classIds: string[];
  teachingPlan: TeachingPlanEntry[];
  counselling: CounsellingFacilities;
  childFiles: ChildFile[];
  welfareTalks: WelfareTalk[];
  bullyingDocuments: BullyingDocument[];
  bullyingReports: { report: BullyingReport; steps: BullyingStepRecord[] }[];
}
