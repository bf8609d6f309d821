import {
  assessReporting,
  escalationPlan,
  isAlertSkipped,
  type AlertKind,
  type AlertRecipient,
  type Breach,
  type BreachCode,
  type DistrictPolicy,
  type InstitutionKind,
  type ReportingHop,
  type ReportingTimeline,
  type ScheduledAlert,
  type UnitCode,
} from '@xiaohu/domain';
import type PgBoss from 'pg-boss';
import { In, type DataSource, type EntityManager } from 'typeorm';
import type { Clock } from '../../shared/clock/clock';
import { sendJobInTransaction, WORKER_POLLING_SECONDS } from '../../shared/jobs/job-queue';
import { JOB_QUEUES } from '../../shared/jobs/job-queues';
import { AccountEntity } from '../accounts/account.entity';
import { InstitutionEntity } from '../institutions/institution.entity';
import { deliverMail } from '../notifications/mail-delivery';
import type { MailSettings } from '../notifications/mail-settings';
import { notifyAccounts, type Message } from '../notifications/notify';
import { IncidentEventEntity } from './incident-event.entity';
import { IncidentExternalSourceEntity } from './incident-external-source.entity';
import { IncidentEntity } from './incident.entity';
import { isHeadInConflictOf } from './incident-conflict';
import { CaseOfficerEntity } from './case-officer.entity';
import { accessOf, toTimeline } from './incident-facts';
import { storeReportingOf } from './stored-reporting';
import { raiseCaseEvent } from '../webhooks/record-webhook-events';

export interface AlertDependencies {
  clock: Clock;
  policy: DistrictPolicy;
  mail: MailSettings;
}

export interface IncidentAlertJob {
  incidentId: string;
  kind: AlertKind;
}

/** The escalation plan of a stored incident (the domain decides whom and when). */
export function planOf(incident: IncidentEntity, kind: InstitutionKind, policy: DistrictPolicy) {
  return escalationPlan(
    {
      receipts: [{ personId: incident.reporterAccountId, receivedAt: incident.receivedAt }],
      recordedAt: incident.recordedAt,
      institution: { id: incident.institutionId, kind },
      category: incident.category,
      suspectType: incident.suspectType,
      isHeadInConflict: isHeadInConflictOf(incident, kind),
    },
    policy,
  );
}

async function recipientAccounts(
  manager: EntityManager,
  incident: IncidentEntity,
  kind: InstitutionKind,
  recipients: readonly AlertRecipient[],
  policy: DistrictPolicy,
): Promise<AccountEntity[]> {
  const units = recipients.flatMap((r) => (r.type === 'UNIT' ? [r.unit] : []));
  const wantsHead = recipients.some((r) => r.type === 'HEAD') && incident.headAccountId !== null;
  const accounts = await manager.getRepository(AccountEntity).find({
    select: {
      id: true,
      email: true,
      language: true,
      role: true,
      unitCode: true,
      institutionId: true,
      staffMemberId: true,
    },
    where: [
      ...(units.length > 0 ? [{ unitCode: In(units), isDisabled: false }] : []),
      ...(wantsHead ? [{ id: incident.headAccountId!, isDisabled: false }] : []),
    ],
  });
  const officers = new Set(
    accounts.length > 0
      ? (
          await manager.getRepository(CaseOfficerEntity).findBy({ accountId: In(accounts.map((a) => a.id)) })
        ).map((o) => o.accountId)
      : [],
  );
  // Nobody is told of a case the case policy would not show them (REP-7 existence, REP-11 suspect).
  return accounts.filter(
    (account) =>
      accessOf(
        incident,
        kind,
        {
          accountId: account.id,
          role: account.role,
          institutionId: account.institutionId,
          unit: account.unitCode as UnitCode | null,
          staffId: account.staffMemberId,
          isDesignatedCaseOfficer: officers.has(account.id),
        },
        policy,
      ).level !== 'NONE',
  );
}

/**
 * Runs one alert of a case, exactly once: the (case, kind) row is the key. Re-checks the facts with
 * the domain: skipped once the head or the police were told (skipIf), and the breach only if
 * assessReporting finds it. What it does is stamped `now`, beside the deadline it concerns.
 */
export async function fireAlert(
  manager: EntityManager,
  job: IncidentAlertJob,
  deps: AlertDependencies,
): Promise<'SENT' | 'SKIPPED' | 'ALREADY_FIRED' | 'NOT_DUE' | 'NOT_IN_PLAN'> {
  const now = deps.clock.now();
  const incident = await manager
    .getRepository(IncidentEntity)
    .createQueryBuilder('incident')
    .setLock('pessimistic_write')
    .where('incident.id = :id', { id: job.incidentId })
    .getOne();
  if (!incident) return 'NOT_IN_PLAN';
  const institution = await manager
    .getRepository(InstitutionEntity)
    .findOneByOrFail({ id: incident.institutionId });
  const plan = planOf(incident, institution.kind, deps.policy);
  const alert = plan.ok ? plan.value.find((a) => a.kind === job.kind) : undefined;
  if (!alert) return 'NOT_IN_PLAN';
  if (alert.at.getTime() > now.getTime()) return 'NOT_DUE';

  const isSkipped = isAlertSkipped(alert, {
    headNotifiedAt: incident.acknowledgedAt ?? undefined,
    policeReportedAt: incident.policeReportedAt ?? undefined,
  });
  // The deadline itself is still on time (60:00, REP-3): fire once the domain sees the breach.
  const wanted = alert.recordsBreach;
  if (
    !isSkipped &&
    wanted &&
    !(await assessedBreaches(manager, incident, now, deps.policy)).some(
      (b) => b.code === wanted.code && b.hop === wanted.hop,
    )
  ) {
    return 'NOT_DUE';
  }
  const recipients = isSkipped
    ? []
    : await recipientAccounts(manager, incident, institution.kind, alert.recipients, deps.policy);
  // The key (case, kind) makes the alert fire once, whatever runs it twice.
  const inserted = (await manager.query(
    `INSERT INTO incident_alert (incident_id, kind, outcome, fired_at, recipient_count) VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT DO NOTHING RETURNING incident_id`,
    [incident.id, alert.kind, isSkipped ? 'SKIPPED' : 'SENT', now, recipients.length],
  )) as unknown[];
  if (inserted.length === 0) return 'ALREADY_FIRED';
  if (isSkipped) return 'SKIPPED';

  if (wanted) {
    await recordAssessedBreaches(manager, incident, now, deps.policy, [wanted.code], wanted.hop);
    // At the police deadline: AWAITING_POLICE_REPORT → IN_BREACH in the stored columns (stored-reporting.ts).
    await storeReportingOf(manager, incident.id, now, deps.policy);
  }
  // Stored truth: the alert went out now, whatever instant it was planned for (a late record, a late job).
  await manager.getRepository(IncidentEventEntity).insert({
    incidentId: incident.id,
    kind: 'ALERT_SENT',
    at: now,
    recordedAt: now,
    actorAccountId: null,
    detail: alert.kind,
    deadline: alert.deadline?.kind ?? null,
    dueAt: alert.deadline?.dueAt ?? null,
    deadlineOutcome: alert.deadline?.isMissed ? 'MISSED' : null,
  });
  // Issue 13: integrators learn of the missed police deadline with the alert, in its transaction.
  if (alert.kind === 'POLICE_DEADLINE_MISSED') {
    await raiseCaseEvent(
      manager,
      'case.policeDeadlineMissed',
      incident,
      now,
      deps.policy,
      alert.deadline?.dueAt,
    );
  }
  await notifyAccounts(
    manager,
    recipients,
    alertMessage(incident, institution.name, alert, deps.policy),
    now,
    deps.mail,
  );
  return 'SENT';
}

function alertMessage(
  incident: IncidentEntity,
  institutionName: string,
  alert: ScheduledAlert,
  policy: DistrictPolicy,
): Message {
  return {
    kind: alert.kind,
    caseId: incident.id,
    facts: {
      institutionName,
      category: incident.category,
      deadlineKind: alert.deadline?.kind ?? null,
      dueAt: alert.deadline?.dueAt.toISOString() ?? null,
      hazardItemZh: null,
      hazardItemEn: null,
      hazardId: null,
      isChildInDanger: incident.isChildInDanger,
    },
    timeZone: policy.timeZone,
  };
}

/** Inserts a breach unless the case already has one of that code and hop; true when inserted. */
async function insertBreach(
  manager: EntityManager,
  incidentId: string,
  breach: Breach,
  now: Date,
): Promise<boolean> {
  const rows = (await manager.query(
    `INSERT INTO incident_breach (incident_id, code, hop, rule_ids, occurred_at, recorded_at) VALUES ($1, $2, $3, $4, $5, $6)
     ON CONFLICT DO NOTHING RETURNING id`,
    [incidentId, breach.code, breach.hop, breach.ruleIds.join(','), breach.occurredAt, now],
  )) as unknown[];
  return rows.length > 0;
}

async function assessedBreaches(
  manager: EntityManager,
  incident: IncidentEntity,
  now: Date,
  policy: DistrictPolicy,
  attempt: Partial<ReportingTimeline> = {},
): Promise<Breach[]> {
  const sources = await manager
    .getRepository(IncidentExternalSourceEntity)
    .findBy({ incidentId: incident.id });
  const assessment = assessReporting(
    { ...toTimeline(incident, sources, undefined), ...attempt },
    now,
    policy,
  );
  return assessment.ok ? assessment.value.breaches : [];
}

// A late report misses the deadline of its hop; the breach's instant is that deadline.
const LATE_HOP_DEADLINE: Partial<Record<ReportingHop, 'HEAD_NOTIFICATION' | 'POLICE_REPORT'>> = {
  TEACHER_TO_HEAD: 'HEAD_NOTIFICATION',
  SCHOOL_TO_POLICE: 'POLICE_REPORT',
};

async function saveBreaches(
  manager: EntityManager,
  incident: IncidentEntity,
  breaches: readonly Breach[],
  now: Date,
): Promise<BreachCode[]> {
  const recorded: BreachCode[] = [];
  for (const breach of breaches) {
    if (!(await insertBreach(manager, incident.id, breach, now))) continue;
    recorded.push(breach.code);
    const deadline = breach.code === 'LATE_REPORT' ? (LATE_HOP_DEADLINE[breach.hop] ?? null) : null;
    // Recorded now; the deadline it concerns stands beside it.
    await manager.getRepository(IncidentEventEntity).insert({
      incidentId: incident.id,
      kind: 'BREACH_RECORDED',
      at: now,
      recordedAt: now,
      actorAccountId: null,
      detail: breach.code,
      deadline,
      dueAt: deadline ? breach.occurredAt : null,
      deadlineOutcome: deadline ? 'MISSED' : null,
    });
  }
  return recorded;
}

/**
 * Records the breaches of `codes` (of `hop` only, when given) that the domain's assessment finds now.
 * Idempotent: one breach per code and hop.
 */
export async function recordAssessedBreaches(
  manager: EntityManager,
  incident: IncidentEntity,
  now: Date,
  policy: DistrictPolicy,
  codes: readonly BreachCode[],
  hop?: ReportingHop,
): Promise<BreachCode[]> {
  const found = await assessedBreaches(manager, incident, now, policy);
  const wanted = found.filter((b) => codes.includes(b.code) && (hop === undefined || b.hop === hop));
  return saveBreaches(manager, incident, wanted, now);
}

/**
 * REP-4: a refused attempt that is itself a breach (canTransition's `breachToRecord`) is recorded as
 * the domain assesses the case with that attempt made now: closing without the police report (漏报),
 * a settlement between the parties (私下调解).
 */
export async function recordRefusedAttempt(
  manager: EntityManager,
  incident: IncidentEntity,
  code: BreachCode,
  now: Date,
  policy: DistrictPolicy,
): Promise<BreachCode[]> {
  const attempt: Partial<ReportingTimeline> =
    code === 'PRIVATE_SETTLEMENT' ? { privateSettlementAt: now } : { closedAt: now };
  const found = await assessedBreaches(manager, incident, now, policy, attempt);
  return saveBreaches(
    manager,
    incident,
    found.filter((b) => b.code === code),
    now,
  );
}

/**
 * REP-2 to REP-4: alerts already due fire now in the same transaction; later ones become durable jobs
 * in the same transaction as the case, so they exist exactly when the case does.
 */
export async function scheduleAlerts(
  manager: EntityManager,
  incident: IncidentEntity,
  alerts: readonly ScheduledAlert[],
  deps: AlertDependencies,
): Promise<void> {
  const now = deps.clock.now();
  for (const alert of alerts) {
    const job: IncidentAlertJob = { incidentId: incident.id, kind: alert.kind };
    if (alert.at.getTime() <= now.getTime()) {
      await fireAlert(manager, job, deps);
    } else {
      await sendJobInTransaction(manager, JOB_QUEUES.incidentAlert.name, job, {
        startAfter: alert.at,
        singletonKey: `${incident.id}:${alert.kind}`,
      });
    }
  }
}

class NotDueYet extends Error {}

/** Workers for escalation alerts and mail delivery (call once at start-up, after startJobQueue). */
export async function startIncidentWorkers(
  boss: PgBoss,
  dataSource: DataSource,
  deps: AlertDependencies,
  log: (message: string, error?: unknown) => void,
): Promise<void> {
  const options = { pollingIntervalSeconds: WORKER_POLLING_SECONDS, batchSize: 5 };
  await boss.work<IncidentAlertJob>(JOB_QUEUES.incidentAlert.name, options, async (jobs) => {
    for (const job of jobs) {
      const outcome = await dataSource.transaction((manager) => fireAlert(manager, job.data, deps));
      // The job is due by the database's clock; the app's clock may disagree by a little: retry.
      if (outcome === 'NOT_DUE') throw new NotDueYet(`Alert ${job.data.kind} not due yet`);
    }
  });
  await boss.work<{ mailId: string }>(JOB_QUEUES.mailDelivery.name, options, async (jobs) => {
    for (const job of jobs) {
      try {
        await deliverMail(dataSource, job.data.mailId, deps.mail, deps.clock);
      } catch (error) {
        log('Mail delivery failed; will retry', (error as Error).message);
        throw error;
      }
    }
  });
}
