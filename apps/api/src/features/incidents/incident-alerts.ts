import {
  assessReporting,
  escalationPlan,
  formatInZone,
  type AlertKind,
  type AlertRecipient,
  type DistrictPolicy,
  type IncidentCategory,
  type InstitutionKind,
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
import { notifyAccounts } from '../notifications/notify';
import { IncidentEventEntity } from './incident-event.entity';
import { IncidentExternalSourceEntity } from './incident-external-source.entity';
import { IncidentEntity } from './incident.entity';
import { isHeadInConflictOf } from './incident-conflict';
import { CaseOfficerEntity } from './case-officer.entity';
import { accessOf, toTimeline } from './incident-facts';

export interface AlertDependencies {
  clock: Clock;
  policy: DistrictPolicy;
  mail: MailSettings;
}

export interface IncidentAlertJob {
  incidentId: string;
  kind: AlertKind;
}

const CATEGORY_ZH: Record<IncidentCategory, string> = {
  SEXUAL_ASSAULT: '性侵',
  MOLESTATION: '猥亵',
  ABUSE: '虐待',
  BULLYING_VIOLENCE: '欺凌暴力',
  OTHER: '其他',
};

const ALERT_TEXT: Record<AlertKind, { zh: string; en: string }> = {
  DISCLOSURE_RECEIVED: { zh: '新的学生报告', en: 'New disclosure' },
  CONFLICT_OF_INTEREST: {
    zh: '校长存在利益冲突，案件直报安稳办',
    en: 'Head in conflict: case routed to SAFETY',
  },
  POLICE_REPORT_REMINDER: { zh: '距报警时限不足30分钟，尚未报警', en: 'Police report due within 30 minutes' },
  POLICE_DEADLINE_MISSED: {
    zh: '已超过报警时限，记录迟报',
    en: 'Police deadline missed: late report recorded',
  },
};

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
    select: { id: true, email: true, role: true, unitCode: true, institutionId: true, staffMemberId: true },
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
 * the domain: skipped once the police were told (skipIf), and the breach only if assessReporting finds it.
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

  const isSkipped = alert.skipIf === 'POLICE_REPORTED' && incident.policeReportedAt !== null;
  // The deadline itself is still on time (60:00, REP-3): fire once the domain sees the breach.
  if (
    !isSkipped &&
    alert.recordsBreach &&
    !(await assessedBreachCodes(manager, incident, now, deps.policy)).includes(alert.recordsBreach)
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

  if (alert.recordsBreach)
    await recordAssessedBreaches(manager, incident, now, deps.policy, [alert.recordsBreach]);
  await manager.getRepository(IncidentEventEntity).insert({
    incidentId: incident.id,
    kind: 'ALERT_SENT',
    at: alert.at,
    recordedAt: now,
    actorAccountId: null,
    detail: alert.kind,
    deadline: alert.kind === 'POLICE_DEADLINE_MISSED' ? 'POLICE_REPORT' : null,
    deadlineOutcome: alert.kind === 'POLICE_DEADLINE_MISSED' ? 'MISSED' : null,
  });
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
) {
  const text = ALERT_TEXT[alert.kind];
  const received = formatInZone(incident.receivedAt, policy.timeZone);
  return {
    kind: alert.kind,
    caseId: incident.id,
    title: `【校护】${institutionName}：${text.zh} / ${text.en}`,
    // Codes, times and the institution only: never the child (REP-7).
    body:
      `${institutionName} ${CATEGORY_ZH[incident.category]}（${incident.category}）案件，学生报告时间 ${received}（北京时间）。` +
      `规则 ${alert.ruleIds.join(', ')}。请登录校护查看。\n` +
      `${text.en}. Case ${incident.id}, received ${received} (Asia/Shanghai). Rules ${alert.ruleIds.join(', ')}.`,
  };
}

/** Inserts a breach unless the case already has one of that code; true when inserted. */
export async function insertBreach(
  manager: EntityManager,
  incidentId: string,
  code: string,
  ruleIds: string,
  occurredAt: Date,
  now: Date,
): Promise<boolean> {
  const rows = (await manager.query(
    `INSERT INTO incident_breach (incident_id, code, rule_ids, occurred_at, recorded_at) VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT DO NOTHING RETURNING id`,
    [incidentId, code, ruleIds, occurredAt, now],
  )) as unknown[];
  return rows.length > 0;
}

async function assessedBreachCodes(
  manager: EntityManager,
  incident: IncidentEntity,
  now: Date,
  policy: DistrictPolicy,
): Promise<string[]> {
  const sources = await manager
    .getRepository(IncidentExternalSourceEntity)
    .findBy({ incidentId: incident.id });
  const assessment = assessReporting(toTimeline(incident, sources, undefined), now, policy);
  return assessment.ok ? assessment.value.breaches.map((b) => b.code) : [];
}

/** Records the breaches of `codes` that the domain's assessment finds now. Idempotent. */
export async function recordAssessedBreaches(
  manager: EntityManager,
  incident: IncidentEntity,
  now: Date,
  policy: DistrictPolicy,
  codes: readonly string[],
): Promise<string[]> {
  const sources = await manager
    .getRepository(IncidentExternalSourceEntity)
    .findBy({ incidentId: incident.id });
  const assessment = assessReporting(toTimeline(incident, sources, undefined), now, policy);
  if (!assessment.ok) return [];
  const recorded: string[] = [];
  for (const breach of assessment.value.breaches.filter((b) => codes.includes(b.code))) {
    const inserted = await insertBreach(
      manager,
      incident.id,
      breach.code,
      breach.ruleIds.join(','),
      breach.occurredAt,
      now,
    );
    if (!inserted) continue;
    recorded.push(breach.code);
    await manager.getRepository(IncidentEventEntity).insert({
      incidentId: incident.id,
      kind: 'BREACH_RECORDED',
      at: breach.occurredAt,
      recordedAt: now,
      actorAccountId: null,
      detail: breach.code,
      deadline: breach.code === 'LATE_REPORT' ? 'POLICE_REPORT' : null,
      deadlineOutcome: breach.code === 'LATE_REPORT' ? 'MISSED' : null,
    });
  }
  return recorded;
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
