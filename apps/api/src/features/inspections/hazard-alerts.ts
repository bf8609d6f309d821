import {
  hazardAlertPlan,
  isHazardAlertSkipped,
  supervisingSection,
  type DistrictPolicy,
  type HazardAlertKind,
} from '@xiaohu/domain';
import type PgBoss from 'pg-boss';
import { In, Like, Not, type DataSource, type EntityManager } from 'typeorm';
import { API_CLIENT_USERNAME_PREFIX } from '../accounts/account-rules';
import type { Clock } from '../../shared/clock/clock';
import { sendJobInTransaction, WORKER_POLLING_SECONDS } from '../../shared/jobs/job-queue';
import { JOB_QUEUES } from '../../shared/jobs/job-queues';
import { AccountEntity } from '../accounts/account.entity';
import type { MailSettings } from '../notifications/mail-settings';
import { notifyAccounts, type Recipient } from '../notifications/notify';
import { hazardFactsOf, loadHazardRow } from './hazard-queries';

export interface HazardAlertDependencies {
  clock: Clock;
  policy: DistrictPolicy;
  mail: MailSettings;
}

/** A job names the due date it was planned for: a later due date makes it stale (re-scheduled). */
export interface HazardAlertJob {
  hazardId: string;
  kind: HazardAlertKind;
  dueAt: string;
}

/**
 * PRV-1: the overdue alerts of a due date, as durable jobs in the caller's transaction (the one that sets
 * the due date). A changed due date schedules its own; the former ones find the date changed and stop.
 */
export async function scheduleHazardAlerts(
  manager: EntityManager,
  hazardId: string,
  dueAt: Date,
  policy: DistrictPolicy,
): Promise<void> {
  for (const alert of hazardAlertPlan(dueAt, policy)) {
    const job: HazardAlertJob = { hazardId, kind: alert.kind, dueAt: dueAt.toISOString() };
    await sendJobInTransaction(manager, JOB_QUEUES.hazardAlert.name, job, {
      startAfter: alert.at,
      singletonKey: `${hazardId}:${alert.kind}:${job.dueAt}`,
    });
  }
}

export type HazardAlertOutcome = 'SENT' | 'SKIPPED' | 'ALREADY_FIRED' | 'NOT_DUE' | 'STALE';

/**
 * PRV-1: runs one alert exactly once per (hazard, kind, due date): the owner and the head at the due
 * date, the supervising section `hazardEscalationDays` later; skipped once the hazard is rectified
 * (isHazardAlertSkipped). A job whose due date is no longer the hazard's is stale and does nothing.
 */
export async function fireHazardAlert(
  manager: EntityManager,
  job: HazardAlertJob,
  deps: HazardAlertDependencies,
): Promise<HazardAlertOutcome> {
  const now = deps.clock.now();
  await manager.query('SELECT id FROM hazard WHERE id = $1 FOR UPDATE', [job.hazardId]);
  const row = await loadHazardRow(manager, job.hazardId);
  if (!row || !row.due_at || row.due_at.toISOString() !== job.dueAt) return 'STALE';
  const alert = hazardAlertPlan(row.due_at, deps.policy).find((a) => a.kind === job.kind);
  if (!alert) return 'STALE';
  if (alert.at.getTime() > now.getTime()) return 'NOT_DUE';
  const isSkipped = isHazardAlertSkipped(hazardFactsOf(row));
  const recipients = isSkipped ? [] : await recipientsOf(manager, row, alert.recipients, deps.policy);
  const inserted = (await manager.query(
    `INSERT INTO hazard_alert (hazard_id, kind, due_at, outcome, fired_at, recipient_count)
     VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING RETURNING hazard_id`,
    [row.hazard_id, alert.kind, row.due_at, isSkipped ? 'SKIPPED' : 'SENT', now, recipients.length],
  )) as unknown[];
  if (inserted.length === 0) return 'ALREADY_FIRED';
  if (isSkipped) return 'SKIPPED';
  await notifyAccounts(
    manager,
    recipients,
    {
      kind: alert.kind,
      caseId: null,
      facts: {
        institutionName: row.institution_name,
        category: null,
        deadlineKind: null,
        dueAt: row.due_at.toISOString(),
        hazardItemZh: row.text_zh,
        hazardItemEn: row.text_en,
        hazardId: row.hazard_id,
        isChildInDanger: false,
      },
      timeZone: deps.policy.timeZone,
    },
    now,
    deps.mail,
  );
  return 'SENT';
}

async function recipientsOf(
  manager: EntityManager,
  row: {
    institution_id: string;
    institution_kind: Parameters<typeof supervisingSection>[0];
    owner_staff_id: string | null;
  },
  wanted: readonly string[],
  policy: DistrictPolicy,
): Promise<Recipient[]> {
  const repo = manager.getRepository(AccountEntity);
  const select = { id: true, email: true, language: true } as const;
  const found: Recipient[] = [];
  if (wanted.includes('OWNER') && row.owner_staff_id) {
    found.push(
      ...(await repo.find({ select, where: { staffMemberId: row.owner_staff_id, isDisabled: false } })),
    );
  }
  if (wanted.includes('HEAD')) {
    found.push(
      ...(await repo.find({
        select,
        // A person: an API client of a head's scope is not the institution's head.
        where: {
          institutionId: row.institution_id,
          role: 'HEAD',
          isDisabled: false,
          username: Not(Like(`${API_CLIENT_USERNAME_PREFIX}%`)),
        },
      })),
    );
  }
  if (wanted.includes('SUPERVISING_SECTION')) {
    const unit = supervisingSection(row.institution_kind, policy).unit;
    found.push(...(await repo.find({ select, where: { unitCode: In([unit]), isDisabled: false } })));
  }
  // The owner may be the head: one notification each.
  return [...new Map(found.map((a) => [a.id, a])).values()];
}

class NotDueYet extends Error {}

/** The hazard alerts' worker (call once at start-up, after startJobQueue). */
export async function startHazardWorkers(
  boss: PgBoss,
  dataSource: DataSource,
  deps: HazardAlertDependencies,
): Promise<void> {
  const options = { pollingIntervalSeconds: WORKER_POLLING_SECONDS, batchSize: 5 };
  await boss.work<HazardAlertJob>(JOB_QUEUES.hazardAlert.name, options, async (jobs) => {
    for (const job of jobs) {
      const outcome = await dataSource.transaction((manager) => fireHazardAlert(manager, job.data, deps));
      // Due by the database's clock; the app's may disagree by a little: retry.
      if (outcome === 'NOT_DUE') throw new NotDueYet(`Hazard alert ${job.data.kind} not due yet`);
    }
  });
}
