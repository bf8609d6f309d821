import {
  caseAccess,
  escalationPlan,
  isAlertSkipped,
  notificationText,
  type AccessActor,
  type Breach,
  type CaseFacts,
  type IncidentCategory,
  type ReportingTimeline,
  type ScheduledAlert,
  type SuspectType,
} from '@xiaohu/domain';
import type { CaseContext, CaseEvent, CaseTables } from './district-case.types';
import type { GeneratedInstitution } from './district-institutions';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** What a generated disclosure's alerts depend on: instants as epoch milliseconds. */
export interface AlertFacts {
  id: string;
  timeline: ReportingTimeline;
  received: number;
  recorded: number;
  category: IncidentCategory;
  suspectType: SuspectType;
  isHeadInConflict: boolean;
  /** REP-6: recorded with the child in danger: its notifications are urgent. */
  isChildInDanger: boolean;
  acknowledged: number | null;
  policeReported: number | null;
  /** When the police report was recorded in XiaoHu. */
  policeRecorded: number | null;
  factsAt: (t: number) => CaseFacts;
}

/**
 * The alerts of a disclosure as the escalation jobs ran them (incident_alert, ALERT_SENT, notifications):
 * due ones at the record, later ones a few seconds after their instant, skipped once the head or the
 * police were told. Returns when the police-deadline alert went out, if it did.
 */
export async function writeAlerts(
  tables: CaseTables,
  context: CaseContext,
  institution: GeneratedInstitution,
  event: CaseEvent,
  facts: AlertFacts,
): Promise<number | null> {
  const { random, now, policy } = context;
  const { id, timeline, recorded, category, suspectType, isHeadInConflict } = facts;
  const { acknowledged, policeReported, policeRecorded, factsAt } = facts;
  let policeAlertSentAt: number | null = null;
  const plan = escalationPlan(
    {
      receipts: timeline.receipts,
      recordedAt: new Date(recorded),
      institution: { id: institution.id, kind: institution.kind },
      category,
      suspectType,
      isHeadInConflict,
    },
    policy,
  );
  if (!plan.ok) throw new Error(`Generated an invalid disclosure (${plan.error.code})`);
  for (const alert of plan.value) {
    const at = alert.at.getTime();
    const firedAt = at <= recorded ? recorded : at + random.int(1, 15) * 1_000;
    const isSkipped = isAlertSkipped(alert, {
      headNotifiedAt: acknowledged !== null && acknowledged <= firedAt ? new Date(acknowledged) : undefined,
      policeReportedAt:
        policeRecorded !== null && policeRecorded <= firedAt ? new Date(policeReported!) : undefined,
    });
    if (isSkipped) {
      await tables.alert([id, alert.kind, 'SKIPPED', firedAt, 0]);
      continue;
    }
    const recipients = recipientsOf(context, institution, alert, factsAt(firedAt));
    await tables.alert([id, alert.kind, 'SENT', firedAt, recipients.length]);
    if (alert.kind === 'POLICE_DEADLINE_MISSED') policeAlertSentAt = firedAt;
    await event(
      'ALERT_SENT',
      firedAt,
      firedAt,
      null,
      alert.kind,
      alert.deadline?.kind ?? null,
      alert.deadline?.dueAt.getTime() ?? null,
      alert.deadline?.isMissed ? 'MISSED' : null,
    );
    // The same words and facts as the alert jobs write (features/notifications/notify.ts), in the
    // accounts' default language.
    const notificationFacts = {
      institutionName: institution.name,
      category,
      deadlineKind: alert.deadline?.kind ?? null,
      dueAt: alert.deadline?.dueAt.toISOString() ?? null,
      hazardItemZh: null,
      hazardItemEn: null,
      hazardId: null,
      isChildInDanger: facts.isChildInDanger,
    };
    const notificationJson = JSON.stringify(notificationFacts);
    const { title, body } = notificationText(
      alert.kind,
      notificationFacts,
      'zh-CN',
      new Date(firedAt),
      policy.timeZone,
    );
    for (const accountId of recipients) {
      const isRead = firedAt < now - 14 * DAY ? random.chance(0.95) : random.chance(0.4);
      await tables.notification([
        random.uuid(),
        accountId,
        alert.kind,
        id,
        title,
        body,
        notificationJson,
        facts.isChildInDanger,
        firedAt,
        isRead ? Math.min(firedAt + random.int(2, 4_000) * MINUTE, now) : null,
      ]);
    }
  }
  return policeAlertSentAt;
}

/** When the app records each kind of breach: epoch milliseconds, null where the case has none. */
export interface BreachStamps {
  /** The disclosure's record: a late teacher → head hop is found there. */
  recorded: number;
  /** The police-deadline alert, else the late police report's record. */
  policeAlertSentAt: number | null;
  policeRecorded: number | null;
  /** The district's record of a case learned from elsewhere (concealment). */
  externalRecordedAt: number | null;
  /** The refused private settlement. */
  settlementAttempt: number | null;
}

/** incident_breach and BREACH_RECORDED: exactly the assessment's breaches, each stamped when the app would have recorded it. */
export async function writeBreaches(
  tables: CaseTables,
  context: CaseContext,
  event: CaseEvent,
  id: string,
  breaches: readonly Breach[],
  stamps: BreachStamps,
): Promise<void> {
  const { random } = context;
  for (const breach of breaches) {
    let recordedAt: number;
    if (breach.code === 'LATE_REPORT' && breach.hop === 'TEACHER_TO_HEAD') recordedAt = stamps.recorded;
    else if (breach.code === 'LATE_REPORT') recordedAt = stamps.policeAlertSentAt ?? stamps.policeRecorded!;
    else if (breach.code === 'CONCEALMENT') recordedAt = stamps.externalRecordedAt!;
    else if (breach.code === 'PRIVATE_SETTLEMENT') recordedAt = stamps.settlementAttempt!;
    else throw new Error(`The generator makes no ${breach.code} breach`);
    const occurredAt = breach.occurredAt.getTime();
    await tables.breach([
      random.uuid(),
      id,
      breach.code,
      breach.hop,
      breach.ruleIds.join(','),
      occurredAt,
      recordedAt,
    ]);
    const deadline =
      breach.code === 'LATE_REPORT'
        ? breach.hop === 'TEACHER_TO_HEAD'
          ? 'HEAD_NOTIFICATION'
          : 'POLICE_REPORT'
        : null;
    await event(
      'BREACH_RECORDED',
      recordedAt,
      recordedAt,
      null,
      breach.code,
      deadline,
      deadline ? occurredAt : null,
      deadline ? 'MISSED' : null,
    );
  }
}

/** The accounts an alert reaches: its recipients whom the case policy shows the case (as fireAlert does). */
function recipientsOf(
  context: CaseContext,
  institution: GeneratedInstitution,
  alert: ScheduledAlert,
  facts: CaseFacts,
): string[] {
  const candidates: AccessActor[] = [];
  for (const recipient of alert.recipients) {
    if (recipient.type === 'HEAD') {
      candidates.push({
        accountId: institution.headAccountId,
        role: 'HEAD',
        institutionId: institution.id,
        unit: null,
        staffId: institution.headStaffId,
        isDesignatedCaseOfficer: false,
      });
    } else {
      for (const actor of context.unitActors) if (actor.unit === recipient.unit) candidates.push(actor);
    }
  }
  const ids = new Set<string>();
  for (const actor of candidates) {
    if (!ids.has(actor.accountId) && caseAccess(facts, actor, context.policy).level !== 'NONE')
      ids.add(actor.accountId);
  }
  return [...ids];
}
