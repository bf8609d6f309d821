import { responsibleUnits, supervisingSection } from '../organisation/organisation.rules';
import type { InstitutionKind, UnitCode } from '../organisation/organisation.types';
import type { DistrictPolicy } from '../policy/policy';
import { succeed, type Result } from '../shared/result';
import { addMinutes } from '../shared/zoned-time';
import { reportingDeadlines, requiresPoliceReport } from './reporting.rules';
import type {
  AlertRecipient,
  EscalationInput,
  IncidentCategory,
  ReportingErrorCode,
  ReportingTimeline,
  ScheduledAlert,
} from './reporting.types';

const units = (list: { unit: UnitCode }[]): AlertRecipient[] =>
  list.map((r) => ({ type: 'UNIT', unit: r.unit }));

// REP-8: the units that receive institutions' incident reports, from the responsibility matrix.
const incidentReceivers = (kind: InstitutionKind, policy: DistrictPolicy): AlertRecipient[] =>
  units(responsibleUnits('INCIDENT_REPORT_RECEIPT', kind, policy));

/**
 * REP-2, REP-3, REP-4, REP-8, REP-11: the alerts to schedule for a disclosure (whom, when, and the
 * deadline each concerns). A head in conflict of interest is left out of every alert.
 */
export function escalationPlan(
  input: EscalationInput,
  policy: DistrictPolicy,
): Result<ScheduledAlert[], ReportingErrorCode> {
  const deadlines = reportingDeadlines(input, policy);
  if (!deadlines.ok) return deadlines;
  const { earliestReceipt, headNotificationDueAt, policeReportDueAt } = deadlines.value;
  const kind = input.institution.kind;
  const head: AlertRecipient[] = input.isHeadInConflict ? [] : [{ type: 'HEAD' }];
  const safety = incidentReceivers(kind, policy);
  const headDeadline = { kind: 'HEAD_NOTIFICATION', dueAt: headNotificationDueAt } as const;
  const policeDeadline = { kind: 'POLICE_REPORT', dueAt: policeReportDueAt } as const;
  const alerts: ScheduledAlert[] = [
    {
      kind: 'DISCLOSURE_RECEIVED',
      at: earliestReceipt.receivedAt,
      recipients: head,
      skipIf: null,
      recordsBreach: null,
      deadline: { ...headDeadline, isMissed: false },
      ruleIds: ['REP-2'],
    },
  ];
  if (input.isHeadInConflict && policy.conflictOfInterestRoutesToSafety) {
    alerts.push({
      kind: 'CONFLICT_OF_INTEREST',
      at: earliestReceipt.receivedAt,
      recipients: safety,
      skipIf: null,
      recordsBreach: null,
      deadline: null,
      ruleIds: ['REP-11', 'REP-8'],
    });
  }
  // REP-2, REP-8: no disclosure waits unseen; a head who has not acknowledged by "immediately" has
  // SAFETY told and is reminded, whatever the category.
  alerts.push({
    kind: 'HEAD_NOTIFICATION_MISSED',
    at: headNotificationDueAt,
    recipients: [...safety, ...head],
    skipIf: 'HEAD_NOTIFIED',
    recordsBreach: null,
    deadline: { ...headDeadline, isMissed: true },
    ruleIds: ['REP-2', 'REP-8'],
  });
  if (requiresPoliceReport(input.category, input.suspectType, policy).isRequired) {
    const reminderAt = addMinutes(policeReportDueAt, -policy.policeReminderMinutesBefore);
    alerts.push({
      kind: 'POLICE_REPORT_REMINDER',
      // A reminder set longer than the deadline itself fires at once rather than in the past.
      at: new Date(Math.max(reminderAt.getTime(), earliestReceipt.receivedAt.getTime())),
      recipients: [...head, ...safety],
      skipIf: 'POLICE_REPORTED',
      recordsBreach: null,
      deadline: { ...policeDeadline, isMissed: false },
      ruleIds: ['REP-3'],
    });
    alerts.push({
      kind: 'POLICE_DEADLINE_MISSED',
      at: policeReportDueAt,
      recipients: [
        ...safety,
        { type: 'UNIT', unit: supervisingSection(kind, policy).unit },
        ...units(responsibleUnits('COORDINATION', kind, policy)),
      ],
      skipIf: 'POLICE_REPORTED',
      recordsBreach: { code: 'LATE_REPORT', hop: 'SCHOOL_TO_POLICE' },
      deadline: { ...policeDeadline, isMissed: true },
      ruleIds: ['REP-3', 'REP-4', 'ORG-1'],
    });
  }
  return succeed(alerts.filter((a) => a.recipients.length > 0));
}

/** REP-2, REP-3: has the incident met the alert's skip condition (head told, police told)? */
export function isAlertSkipped(
  alert: Pick<ScheduledAlert, 'skipIf'>,
  timeline: Pick<ReportingTimeline, 'headNotifiedAt' | 'policeReportedAt'>,
): boolean {
  if (alert.skipIf === 'HEAD_NOTIFIED') return timeline.headNotifiedAt !== undefined;
  if (alert.skipIf === 'POLICE_REPORTED') return timeline.policeReportedAt !== undefined;
  return false;
}

/** REP-7: sexual assault and molestation cases are confidential unless someone decides otherwise. */
export function isConfidentialByDefault(category: IncidentCategory): boolean {
  return category === 'SEXUAL_ASSAULT' || category === 'MOLESTATION';
}
