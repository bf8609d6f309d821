import type { DistrictPolicy } from '../policy/policy';
import { refuse, succeed, type Result } from '../shared/result';
import { addMinutes, formatInZone, isValidInstant } from '../shared/zoned-time';
import type {
  Breach,
  Disclosure,
  ExternalLearning,
  IncidentCategory,
  PoliceReportRequirement,
  Receipt,
  ReportingAssessment,
  ReportingDeadlines,
  ReportingErrorCode,
  ReportingHop,
  ReportingTimeline,
  SuspectType,
} from './reporting.types';
import type { RuleId } from '../organisation/organisation.types';

const SEXUAL_CATEGORIES: readonly IncidentCategory[] = ['SEXUAL_ASSAULT', 'MOLESTATION'];

/** REP-1: must this incident be reported to the police (and so meet REP-3)? */
export function requiresPoliceReport(
  category: IncidentCategory,
  suspectType: SuspectType,
  policy: DistrictPolicy,
): PoliceReportRequirement {
  if (category === 'OTHER') return { isRequired: false, ruleIds: ['REP-1'] };
  // The plan's duty covers staff infringing students' rights: sexual abuse, abuse and violence alike.
  if (suspectType === 'STAFF') return { isRequired: true, ruleIds: ['REP-1', 'REP-3'] };
  if (SEXUAL_CATEGORIES.includes(category) && policy.sexualAbuseReportableWhateverSuspect) {
    return { isRequired: true, ruleIds: ['REP-1', 'REP-3'] };
  }
  return { isRequired: false, ruleIds: ['REP-1'] };
}

const isAfter = (a: Date, b: Date): boolean => a.getTime() > b.getTime();

function earliestReceipt(receipts: readonly Receipt[]): Receipt {
  return receipts.reduce((first, r) => (isAfter(first.receivedAt, r.receivedAt) ? r : first));
}

function validateReceipts(
  receipts: readonly Receipt[],
  now: Date | undefined,
  policy: DistrictPolicy,
): Result<Receipt, ReportingErrorCode> {
  if (receipts.length === 0) {
    return refuse('NO_RECEIPT', 'REP-3', 'A disclosure needs at least one receipt by a staff member.');
  }
  if (!receipts.every((r) => isValidInstant(r.receivedAt))) {
    return refuse('INVALID_TIME', 'REP-3', 'A receipt time is not a valid instant.');
  }
  const future = now ? receipts.find((r) => isAfter(r.receivedAt, now)) : undefined;
  if (now && future) {
    return refuse(
      'RECEIPT_IN_FUTURE',
      'REP-3',
      `Receipt by ${future.personId} at ${formatInZone(future.receivedAt, policy.timeZone)} is after ` +
        `${formatInZone(now, policy.timeZone)} (${policy.timeZone}); a receipt cannot be in the future.`,
    );
  }
  return succeed(earliestReceipt(receipts));
}

function deadlinesFrom(first: Receipt, policy: DistrictPolicy): ReportingDeadlines {
  return {
    earliestReceipt: first,
    headNotificationDueAt: addMinutes(first.receivedAt, policy.headNotificationMinutes),
    policeReportDueAt: addMinutes(first.receivedAt, policy.policeReportMinutes),
    ruleIds: ['REP-2', 'REP-3'],
  };
}

/**
 * REP-2, REP-3: when the head must be told and when the police report is due. Both clocks start at
 * the earliest receipt by anyone at the institution (the school knows when its teacher knows).
 */
export function reportingDeadlines(
  disclosure: Disclosure,
  policy: DistrictPolicy,
): Result<ReportingDeadlines, ReportingErrorCode> {
  const first = validateReceipts(disclosure.receipts, disclosure.recordedAt, policy);
  return first.ok ? succeed(deadlinesFrom(first.value, policy)) : first;
}

function validateTimeline(
  timeline: ReportingTimeline,
  first: Receipt,
  now: Date,
): Result<null, ReportingErrorCode> {
  const events = [
    timeline.recordedAt,
    timeline.headNotifiedAt,
    timeline.policeReportedAt,
    timeline.reportedToDistrictAt,
    timeline.closedAt,
    timeline.privateSettlementAt,
    timeline.learnedFromElsewhere?.learnedAt,
  ].filter((e): e is Date => e !== undefined);
  if (!events.every(isValidInstant)) {
    return refuse('INVALID_TIME', 'REP-3', 'A timeline event is not a valid instant.');
  }
  if (timeline.headNotifiedAt && isAfter(first.receivedAt, timeline.headNotifiedAt)) {
    return refuse(
      'HEAD_NOTIFIED_BEFORE_RECEIPT',
      'REP-2',
      'The head cannot be told before anyone at the institution received the disclosure; ' +
        "if the head heard it first, record the head's own receipt.",
    );
  }
  if (timeline.policeReportedAt && isAfter(first.receivedAt, timeline.policeReportedAt)) {
    return refuse(
      'POLICE_REPORT_BEFORE_RECEIPT',
      'REP-3',
      'The police report is dated before the earliest receipt; record the earlier receipt instead.',
    );
  }
  if (events.some((e) => isAfter(e, now))) {
    return refuse('EVENT_IN_FUTURE', 'REP-3', 'A timeline event is dated in the future.');
  }
  return succeed(null);
}

const breach = (code: Breach['code'], hop: ReportingHop, ruleIds: RuleId[], occurredAt: Date): Breach => ({
  code,
  hop,
  ruleIds,
  clause: '四(五)',
  occurredAt,
});

/**
 * REP-4, REP-9: whether the institution knew before the district learned. A lead on the anonymous tip
 * line is 瞒报 only when the school had known first; other sources presume it knew.
 */
function hadInstitutionKnown(timeline: ReportingTimeline, learned: ExternalLearning): boolean {
  if (learned.source !== 'TIP_LINE') return true;
  return timeline.receipts.some((receipt) => isAfter(learned.learnedAt, receipt.receivedAt));
}

function findBreaches(
  timeline: ReportingTimeline,
  deadlines: ReportingDeadlines,
  isRequired: boolean,
  now: Date,
): Breach[] {
  const breaches: Breach[] = [];
  const { recordedAt, policeReportedAt, closedAt, privateSettlementAt, learnedFromElsewhere } = timeline;
  // REP-1, REP-2: the teacher's record is the teacher → head hop; entered after "immediately" it is late.
  if (isRequired && recordedAt && isAfter(recordedAt, deadlines.headNotificationDueAt)) {
    const ruleIds: RuleId[] = ['REP-1', 'REP-2', 'REP-4'];
    breaches.push(breach('LATE_REPORT', 'TEACHER_TO_HEAD', ruleIds, deadlines.headNotificationDueAt));
  }
  const due = deadlines.policeReportDueAt;
  if (isRequired && isAfter(policeReportedAt ?? now, due)) {
    breaches.push(breach('LATE_REPORT', 'SCHOOL_TO_POLICE', ['REP-3', 'REP-4'], due));
  }
  if (isRequired && closedAt && !policeReportedAt) {
    breaches.push(breach('OMISSION', 'SCHOOL_TO_POLICE', ['REP-4'], closedAt));
  }
  if (learnedFromElsewhere && hadInstitutionKnown(timeline, learnedFromElsewhere)) {
    const schoolReports = [timeline.reportedToDistrictAt, policeReportedAt].filter(
      (d): d is Date => d !== undefined,
    );
    const toldFirst = schoolReports.some((d) => !isAfter(d, learnedFromElsewhere.learnedAt));
    if (!toldFirst) {
      breaches.push(
        breach('CONCEALMENT', 'SCHOOL_TO_DISTRICT', ['REP-4', 'REP-8'], learnedFromElsewhere.learnedAt),
      );
    }
  }
  // REP-4: any settlement between the parties instead of a report, whatever the category; it stands
  // in for the police report where one is due, else for the school's report to the district.
  if (privateSettlementAt) {
    const hop: ReportingHop = isRequired ? 'SCHOOL_TO_POLICE' : 'SCHOOL_TO_DISTRICT';
    breaches.push(breach('PRIVATE_SETTLEMENT', hop, ['REP-4'], privateSettlementAt));
  }
  return breaches;
}

/**
 * REP-2 to REP-4: the reporting status of an incident at `now`, with every breach
 * (迟报 LATE_REPORT, 漏报 OMISSION, 瞒报 CONCEALMENT, 私下调解 PRIVATE_SETTLEMENT).
 */
export function assessReporting(
  timeline: ReportingTimeline,
  now: Date,
  policy: DistrictPolicy,
): Result<ReportingAssessment, ReportingErrorCode> {
  const first = validateReceipts(timeline.receipts, now, policy);
  if (!first.ok) return first;
  const valid = validateTimeline(timeline, first.value, now);
  if (!valid.ok) return valid;
  const deadlines = deadlinesFrom(first.value, policy);
  const policeReport = requiresPoliceReport(timeline.category, timeline.suspectType, policy);
  const breaches = findBreaches(timeline, deadlines, policeReport.isRequired, now);
  const isHeadNotificationLate = isAfter(timeline.headNotifiedAt ?? now, deadlines.headNotificationDueAt);
  const status =
    breaches.length > 0
      ? 'IN_BREACH'
      : policeReport.isRequired && !timeline.policeReportedAt
        ? 'AWAITING_POLICE_REPORT'
        : 'COMPLIANT';
  return succeed({ status, deadlines, policeReport, isHeadNotificationLate, breaches });
}
