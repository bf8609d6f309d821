import { canSee, responsibleUnits, supervisingSection } from '../organisation/organisation.rules';
import type { Actor, InstitutionKind, UnitCode } from '../organisation/organisation.types';
import type { DistrictPolicy } from '../policy/policy';
import { succeed, type Result } from '../shared/result';
import { addMinutes } from '../shared/zoned-time';
import { reportingDeadlines, requiresPoliceReport } from './reporting.rules';
import type {
  AccessDecision,
  AlertRecipient,
  ConflictOfInterest,
  EscalationInput,
  IncidentActor,
  IncidentCategory,
  IncidentFacts,
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

/** REP-11: is the head conflicted, is this actor the suspect, must the case go straight to SAFETY? */
export function conflictOfInterest(incident: IncidentFacts, actor: IncidentActor): ConflictOfInterest {
  const suspectId = incident.suspect.personId;
  const isHeadInConflict = incident.hasHeadDeclaredConflict || suspectId === incident.headPersonId;
  const isActorSuspect = suspectId !== undefined && suspectId === actor.personId;
  return { isHeadInConflict, isActorSuspect, mustRouteToSafety: isHeadInConflict, ruleIds: ['REP-11'] };
}

/** REP-7: sexual assault and molestation cases are confidential unless someone decides otherwise. */
export function isConfidentialByDefault(category: IncidentCategory): boolean {
  return category === 'SEXUAL_ASSAULT' || category === 'MOLESTATION';
}

/** REP-7: confidential by category default or because someone marked it so. */
export function isConfidential(incident: IncidentFacts): boolean {
  return isConfidentialByDefault(incident.category) || incident.isMarkedConfidential === true;
}

/**
 * REP-7, REP-11: the need-to-know group of a confidential case: the reporters, the head unless in
 * conflict, designated SAFETY members and the leadership. Never the suspect.
 */
export function needToKnow(incident: IncidentFacts, actor: IncidentActor): AccessDecision {
  const conflict = conflictOfInterest(incident, actor);
  if (conflict.isActorSuspect) return { allowed: false, reason: { ruleId: 'REP-11', clause: '-' } };
  if (incident.reporterPersonIds.includes(actor.personId)) {
    return { allowed: true, reason: { ruleId: 'REP-7', clause: '四(五)' } };
  }
  if (actor.personId === incident.headPersonId) {
    return conflict.isHeadInConflict
      ? { allowed: false, reason: { ruleId: 'REP-11', clause: '-' } }
      : { allowed: true, reason: { ruleId: 'REP-7', clause: '四(五)' } };
  }
  const isDesignatedSafety = actor.unit === 'SAFETY' && actor.isDesignatedForConfidentialCases === true;
  const isLeadership = actor.role === 'LEADER' || actor.unit === 'LEAD';
  return { allowed: isDesignatedSafety || isLeadership, reason: { ruleId: 'REP-7', clause: '四(五)' } };
}

function asScopeActor(actor: IncidentActor): Actor | null {
  if (actor.unit) return { type: 'COMMITTEE', unit: actor.unit };
  if (actor.institutionId) return { type: 'INSTITUTION', institutionId: actor.institutionId };
  return null;
}

/** REP-7, REP-11, ORG-1: may this actor see this incident at all? */
export function canViewIncident(
  incident: IncidentFacts,
  actor: IncidentActor,
  policy: DistrictPolicy,
): AccessDecision {
  if (conflictOfInterest(incident, actor).isActorSuspect) {
    return { allowed: false, reason: { ruleId: 'REP-11', clause: '-' } };
  }
  if (isConfidential(incident)) return needToKnow(incident, actor);
  const scopeActor = asScopeActor(actor);
  if (!scopeActor) return { allowed: false, reason: { ruleId: 'ORG-1', clause: '三' } };
  const seen = canSee(scopeActor, incident.institution, policy);
  return { allowed: seen.visible, reason: seen.reason };
}
