import type { SupervisingSection } from '../organisation/organisation.types';

/**
 * The district's settings for the places where the plan is silent or vague.
 * Every default below is marked "default" in DOMAIN.md; a district may change them.
 */
export interface DistrictPolicy {
  /** ORG-1: the plan names no section for special-education schools. */
  specialEducationSupervisor: SupervisingSection;
  /** REP-2: "immediately", in minutes from receipt. */
  headNotificationMinutes: number;
  /** REP-3: police report deadline, in minutes from the earliest receipt. */
  policeReportMinutes: number;
  /** How long before the police deadline the head and SAFETY are alerted again. */
  policeReminderMinutesBefore: number;
  /** VET-9: in-service re-check interval, months. */
  inServiceRecheckMonths: number;
  /** VET-10: reminder interview interval, months. */
  reminderInterviewMonths: number;
  /** REP-1: the same reporting deadlines apply to suspected sexual abuse whoever the suspect is. */
  sexualAbuseReportableWhateverSuspect: boolean;
  /** REP-11: when the head is in a conflict of interest, the case goes straight to SAFETY as well. */
  conflictOfInterestRoutesToSafety: boolean;
  /** First month (1-12) of the school year used for assessment periods (ACC-1, ACC-3). */
  schoolYearStartMonth: number;
  /** ACC-5: days an institution has to submit its written statement 申辩 once a veto is computed. */
  vetoStatementDays: number;
  /** PRV-4: dorm entries from this local time (minutes after midnight in `timeZone`) are night entries. */
  dormNightStartMinute: number;
  /** PRV-4: ... until this local time (minutes after midnight); a window may run past midnight. */
  dormNightEndMinute: number;
  /** PRV-2: a blind-spot self-inspection older than this many months is due again. */
  blindSpotSelfInspectionMonths: number;
  /** PRV-1: days after an overdue hazard's due date before its supervising section is alerted. */
  hazardEscalationDays: number;
  /** Deadlines and calendar periods are reckoned in this zone, whatever the server's. */
  timeZone: string;
  /** PRV-5: warn this many days before the legal vice-principal's term ends (default 30). */
  legalVicePrincipalExpiryWarningDays: number;
  /** PRV-6: days after enrolment by which an intake has had its sexual-abuse-prevention course (default 60). */
  preventionCourseDays: number;
  /** PRV-7: mental-health and puberty lessons per class in each term's teaching plan, at least (default 1). */
  minMentalHealthLessonsPerClass: number;
  /** PRV-8: calendar months between talks 谈心 with a child who needs watching (default 1: every month). */
  welfareTalkIntervalMonths: number;
  /** PRV-8: categories of children who need watching that the district adds to 留守 and 困境 (default none). */
  districtWatchCategories: readonly string[];
  /** PRV-10: days from a bullying report to the end of the investigation (default 10). */
  bullyingInvestigationDays: number;
  /** PRV-10: days from the report to the finding 认定 (default 15). */
  bullyingFindingDays: number;
  /** PRV-10: days from the report to the measures taken (default 30). */
  bullyingMeasuresDays: number;
  /** PRV-10: days from the report to the follow-up talks (default 60). */
  bullyingFollowUpDays: number;
}

export const DEFAULT_POLICY: DistrictPolicy = Object.freeze({
  specialEducationSupervisor: 'BASIC',
  headNotificationMinutes: 10,
  policeReportMinutes: 60,
  policeReminderMinutesBefore: 30,
  inServiceRecheckMonths: 12,
  reminderInterviewMonths: 6,
  sexualAbuseReportableWhateverSuspect: true,
  conflictOfInterestRoutesToSafety: true,
  schoolYearStartMonth: 9,
  vetoStatementDays: 7,
  dormNightStartMinute: 22 * 60,
  dormNightEndMinute: 6 * 60,
  blindSpotSelfInspectionMonths: 6,
  hazardEscalationDays: 3,
  timeZone: 'Asia/Shanghai',
  /** Default: a month's notice to appoint a successor. */
  legalVicePrincipalExpiryWarningDays: 30,
  /** Default: about two months after enrolment (the plan gives no date). */
  preventionCourseDays: 60,
  /** Default: one lesson per class per term. */
  minMentalHealthLessonsPerClass: 1,
  /** Default: a talk every calendar month. */
  welfareTalkIntervalMonths: 1,
  /** Default: only the plan's two categories. */
  districtWatchCategories: Object.freeze([]) as readonly string[],
  /** Default: 10 days for the investigation. */
  bullyingInvestigationDays: 10,
  /** Default: 15 days for the finding. */
  bullyingFindingDays: 15,
  /** Default: 30 days for the measures. */
  bullyingMeasuresDays: 30,
  /** Default: 60 days for the follow-up talks. */
  bullyingFollowUpDays: 60,
});
