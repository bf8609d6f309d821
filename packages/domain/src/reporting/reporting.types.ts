import type { InstitutionRef, RuleId, UnitCode } from '../organisation/organisation.types';

/** 性侵, 猥亵, 虐待, 欺凌暴力, other. */
export const INCIDENT_CATEGORIES = [
  'SEXUAL_ASSAULT',
  'MOLESTATION',
  'ABUSE',
  'BULLYING_VIOLENCE',
  'OTHER',
] as const;
export type IncidentCategory = (typeof INCIDENT_CATEGORIES)[number];

export const SUSPECT_TYPES = ['STAFF', 'STUDENT', 'OUTSIDER', 'UNKNOWN'] as const;
export type SuspectType = (typeof SUSPECT_TYPES)[number];

/** REP-4: 迟报, 漏报, 瞒报, 私下调解. */
export const BREACH_CODES = ['LATE_REPORT', 'OMISSION', 'CONCEALMENT', 'PRIVATE_SETTLEMENT'] as const;
export type BreachCode = (typeof BREACH_CODES)[number];

/**
 * The hops of the reporting chain (REP-2, REP-3, REP-8): the teacher tells the head, the school
 * reports to the police, the school reports to the district. Every breach concerns one of them.
 */
export const REPORTING_HOPS = ['TEACHER_TO_HEAD', 'SCHOOL_TO_POLICE', 'SCHOOL_TO_DISTRICT'] as const;
export type ReportingHop = (typeof REPORTING_HOPS)[number];

/** The two deadlines of the chain. */
export type DeadlineKind = 'HEAD_NOTIFICATION' | 'POLICE_REPORT';

/** One staff member's receipt of a student's oral or written report. */
export interface Receipt {
  personId: string;
  receivedAt: Date;
}

/** A student's report to staff, as received by one or more staff members. */
export interface Disclosure {
  receipts: Receipt[];
  /**
   * When the receiving staff member entered the disclosure, if known; a receipt after it is in the
   * future and refused. Entering it tells the head (REP-2): it is the teacher → head hop.
   */
  recordedAt?: Date;
}

export const REPORTING_ERROR_CODES = [
  'NO_RECEIPT',
  'INVALID_TIME',
  'RECEIPT_IN_FUTURE',
  'HEAD_NOTIFIED_BEFORE_RECEIPT',
  'POLICE_REPORT_BEFORE_RECEIPT',
  'EVENT_IN_FUTURE',
] as const;
export type ReportingErrorCode = (typeof REPORTING_ERROR_CODES)[number];

/** REP-2, REP-3: the two deadlines, both counted from the earliest receipt. */
export interface ReportingDeadlines {
  earliestReceipt: Receipt;
  headNotificationDueAt: Date;
  policeReportDueAt: Date;
  ruleIds: RuleId[];
}

/** Whether a police report is mandatory for this incident, and why. */
export interface PoliceReportRequirement {
  isRequired: boolean;
  ruleIds: RuleId[];
}

/** What the district learned, and from whom, when the school had not told it (瞒报 test). */
export interface ExternalLearning {
  /** TIP_LINE: the anonymous tip line 匿名举报 (REP-9). */
  source: 'POLICE' | 'TIP' | 'PARENT' | 'MEDIA' | 'OTHER' | 'TIP_LINE';
  learnedAt: Date;
}

/** Everything recorded about an incident's reporting. */
export interface ReportingTimeline extends Disclosure {
  /**
   * When the receiving staff member entered the disclosure (the teacher → head hop, REP-2); absent
   * when there was no such hop (the district opened the case from elsewhere, the head received it).
   */
  recordedAt?: Date;
  category: IncidentCategory;
  suspectType: SuspectType;
  headNotifiedAt?: Date;
  policeReportedAt?: Date;
  /** REP-8: the institution's report to SAFETY. */
  reportedToDistrictAt?: Date;
  closedAt?: Date;
  /** A settlement between the parties, when one was made or attempted. */
  privateSettlementAt?: Date;
  learnedFromElsewhere?: ExternalLearning;
}

/** One REP-4 breach, with the rules it breaks, the hop of the chain it concerns and when it happened. */
export interface Breach {
  code: BreachCode;
  hop: ReportingHop;
  ruleIds: RuleId[];
  clause: string;
  occurredAt: Date;
}

export type ReportingStatus =
  /** No police report required, or it was made on time; no breach. */
  | 'COMPLIANT'
  /** Police report required, not yet made, deadline not yet passed. */
  | 'AWAITING_POLICE_REPORT'
  /** At least one breach. */
  | 'IN_BREACH';

export interface ReportingAssessment {
  status: ReportingStatus;
  deadlines: ReportingDeadlines;
  policeReport: PoliceReportRequirement;
  /** REP-2: the head was told later than the district's "immediately". */
  isHeadNotificationLate: boolean;
  breaches: Breach[];
}

/** Who an alert goes to. */
export type AlertRecipient = { type: 'HEAD' } | { type: 'UNIT'; unit: UnitCode };

export const ALERT_KINDS = [
  'DISCLOSURE_RECEIVED',
  'CONFLICT_OF_INTEREST',
  'HEAD_NOTIFICATION_MISSED',
  'POLICE_REPORT_REMINDER',
  'POLICE_DEADLINE_MISSED',
] as const;
export type AlertKind = (typeof ALERT_KINDS)[number];

/** What makes a scheduled alert pointless by the time it runs. */
export type AlertSkipCondition = 'HEAD_NOTIFIED' | 'POLICE_REPORTED';

/** The deadline an alert concerns, its instant, and whether the alert says it was missed. */
export interface AlertDeadline {
  kind: DeadlineKind;
  dueAt: Date;
  isMissed: boolean;
}

/** One alert to schedule. A job runs it at `at` unless the incident meets `skipIf` by then. */
export interface ScheduledAlert {
  kind: AlertKind;
  at: Date;
  recipients: AlertRecipient[];
  skipIf: AlertSkipCondition | null;
  /** The breach the job records when it runs. */
  recordsBreach: { code: BreachCode; hop: ReportingHop } | null;
  /** The deadline it concerns, shown beside the instant the alert was actually sent. */
  deadline: AlertDeadline | null;
  ruleIds: RuleId[];
}

/** What escalation needs beyond the receipts. */
export interface EscalationInput extends Disclosure {
  institution: InstitutionRef;
  category: IncidentCategory;
  suspectType: SuspectType;
  /** REP-11: the head is the suspect or otherwise conflicted (see `conflictOfInterest`). */
  isHeadInConflict: boolean;
}

/** The incident workflow's states. */
export const INCIDENT_STATES = ['REPORTED', 'HEAD_NOTIFIED', 'POLICE_REPORTED', 'CLOSED'] as const;
export type IncidentState = (typeof INCIDENT_STATES)[number];

export const CLOSING_REASONS = ['RESOLVED', 'UNFOUNDED', 'DUPLICATE', 'PRIVATE_SETTLEMENT'] as const;
export type ClosingReason = (typeof CLOSING_REASONS)[number];

export interface TransitionFacts {
  category: IncidentCategory;
  suspectType: SuspectType;
  closingReason?: ClosingReason;
}

/** A closing reason the workflow allows now, with the rules that allow it. */
export interface AllowedClosingReason {
  reason: ClosingReason;
  ruleIds: RuleId[];
}

export const TRANSITION_ERROR_CODES = [
  'SAME_STATE',
  'INCIDENT_CLOSED',
  'BACKWARDS',
  'CLOSING_REASON_REQUIRED',
  'PRIVATE_SETTLEMENT_FORBIDDEN',
  'POLICE_REPORT_REQUIRED',
] as const;
export type TransitionErrorCode = (typeof TRANSITION_ERROR_CODES)[number];

export type TransitionDecision =
  | { allowed: true; ruleIds: RuleId[] }
  | {
      allowed: false;
      code: TransitionErrorCode;
      ruleId: RuleId;
      message: string;
      /** The refused attempt is itself a breach to record. */
      breachToRecord: BreachCode | null;
    };

/** REP-6: the emergency response steps after a staff member's infringement. */
export const EMERGENCY_STEPS = [
  'START_EMERGENCY_PLAN',
  'PROTECT_SCENE',
  'ASSIST_POLICE_EVIDENCE',
  'CONTROL_SUSPECT',
] as const;
export type EmergencyStep = (typeof EMERGENCY_STEPS)[number];

export interface EmergencyChecklistItem {
  step: EmergencyStep;
  doneAt: Date | null;
  ruleId: RuleId;
}

/** A lead sent to the mailbox or hotline (REP-9). */
export interface Tip {
  /** ONLINE: the anonymous tip line's web page. */
  channel: 'MAILBOX' | 'HOTLINE' | 'ONLINE';
  from: 'STUDENT' | 'PARENT' | 'STAFF' | 'PUBLIC' | 'ANONYMOUS';
  category: IncidentCategory;
}

export interface TipRouting {
  recipients: UnitCode[];
  isConfidential: boolean;
  ruleIds: RuleId[];
}

/** REP-10: what is known of a student's psychological state. */
export interface PsychologicalConcern {
  isAbnormal: boolean;
  isFitToContinueStudy: boolean;
}

export type StudentWelfareAction = 'NOTIFY_GUARDIAN' | 'SUSPEND_STUDY';
