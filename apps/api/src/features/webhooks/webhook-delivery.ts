import type PgBoss from 'pg-boss';
import { Webhook } from 'standardwebhooks';
import type { DataSource, EntityManager } from 'typeorm';
import type { Clock } from '../../shared/clock/clock';
import { WORKER_POLLING_SECONDS } from '../../shared/jobs/job-queue';
import { JOB_QUEUES } from '../../shared/jobs/job-queues';
import {
  WebhookDeliveryAttemptEntity,
  WebhookDeliveryEntity,
  WebhookSubscriptionEntity,
} from './webhook.entities';
import { ACTIVE_CLIENT_SQL } from './webhook-clients';
import {
  firstPendingOfChain,
  lockDeliveryChain,
  queueDelivery,
  type WebhookDeliveryJob,
} from './webhook-events';

export interface WebhookDeliveryDependencies {
  /** The time of sending (webhook-timestamp): the receiver checks it against its own clock. */
  clock: Clock;
  /** One HTTP attempt's limit. */
  timeoutMs?: number;
}

export type WebhookAttemptOutcome =
  'DELIVERED' | 'RETRY' | 'FAILED' | 'ALREADY_DONE' | 'WAITING' | 'UNSUBSCRIBED' | 'CLIENT_REVOKED';

interface HttpAnswer {
  httpStatus: number | null;
  responseMs: number;
  error: string | null;
}

const DEFAULT_TIMEOUT_MS = 10_000;

/** One signed POST (Standard Webhooks headers); no redirect is followed, only 2xx counts. */
async function post(
  url: string,
  secret: string,
  messageId: string,
  body: string,
  sentAt: Date,
  timeoutMs: number,
): Promise<HttpAnswer> {
  const signature = new Webhook(secret).sign(messageId, sentAt, body);
  const started = performance.now();
  try {
    const response = await fetch(url, {
      method: 'POST',
      redirect: 'manual',
      signal: AbortSignal.timeout(timeoutMs),
      headers: {
        'content-type': 'application/json',
        'user-agent': 'XiaoHu-Webhooks/1',
        'webhook-id': messageId,
        'webhook-timestamp': String(Math.floor(sentAt.getTime() / 1000)),
        'webhook-signature': signature,
      },
      body,
    });
    // The body is the receiver's: never stored, only drained.
    await response.arrayBuffer().catch(() => undefined);
    const responseMs = Math.round(performance.now() - started);
    const isOk = response.status >= 200 && response.status < 300;
    return { httpStatus: response.status, responseMs, error: isOk ? null : `HTTP ${response.status}` };
  } catch (error) {
    const responseMs = Math.round(performance.now() - started);
    return { httpStatus: null, responseMs, error: errorCode(error) };
  }
}

/** A short code of ours for a failed request (never a stack or the receiver's text). */
function errorCode(error: unknown): string {
  const { name, cause } = error as { name?: string; cause?: { code?: string } };
  if (name === 'TimeoutError' || name === 'AbortError') return 'TIMEOUT';
  return (cause?.code ?? name ?? 'ERROR').slice(0, 200);
}

async function isClientActive(manager: EntityManager, clientId: string): Promise<boolean> {
  const rows = (await manager.query(
    `SELECT 1 FROM api_client c JOIN account a ON a.id = c.account_id WHERE c.id = $1 AND ${ACTIVE_CLIENT_SQL}`,
    [clientId],
  )) as unknown[];
  return rows.length > 0;
}

/** Queues the next pending delivery of the chain once this one is done (delivered or given up). */
async function queueNextOfChain(manager: EntityManager, delivery: WebhookDeliveryEntity): Promise<void> {
  await lockDeliveryChain(manager, delivery.subscriptionId, delivery.orderingKey);
  const next = await firstPendingOfChain(manager, delivery.subscriptionId, delivery.orderingKey);
  if (next) await queueDelivery(manager, { deliveryId: next });
}

/**
 * Issue 13: one attempt of a delivery. Logged with its HTTP status, response time and error; on 2xx
 * the delivery is done and the next of its case is queued; after the last retry it is FAILED and the
 * next goes on. A scheduled delivery that is done already, or behind an earlier pending one of its
 * case, does nothing (a job may run twice). A replay resends the same message (same webhook-id).
 * Nothing goes to an ended subscription or a revoked client: a pending delivery is marked FAILED.
 */
export async function attemptWebhookDelivery(
  dataSource: DataSource,
  job: WebhookDeliveryJob,
  isLastAttempt: boolean,
  deps: WebhookDeliveryDependencies,
): Promise<WebhookAttemptOutcome> {
  const delivery = await dataSource.getRepository(WebhookDeliveryEntity).findOneBy({ id: job.deliveryId });
  if (!delivery) return 'ALREADY_DONE';
  if (!job.isReplay) {
    if (delivery.status !== 'PENDING') return 'ALREADY_DONE';
    const first = await firstPendingOfChain(
      dataSource.manager,
      delivery.subscriptionId,
      delivery.orderingKey,
    );
    if (first !== delivery.id) return 'WAITING';
  }
  const subscription = await dataSource
    .getRepository(WebhookSubscriptionEntity)
    .findOneByOrFail({ id: delivery.subscriptionId });
  // An ended subscription, or a revoked client's: nothing is sent; a pending delivery is given up.
  const ended = subscription.unsubscribedAt
    ? 'UNSUBSCRIBED'
    : (await isClientActive(dataSource.manager, subscription.clientId))
      ? null
      : 'CLIENT_REVOKED';
  if (ended) {
    if (job.isReplay) return ended;
    await dataSource.transaction(async (manager) => {
      await manager
        .getRepository(WebhookDeliveryEntity)
        .update({ id: delivery.id, status: 'PENDING' }, { status: 'FAILED' });
      await queueNextOfChain(manager, delivery);
    });
    return ended;
  }
  const sentAt = deps.clock.now();
  const answer = await post(
    subscription.url,
    subscription.secret,
    delivery.id,
    JSON.stringify(delivery.payload),
    sentAt,
    deps.timeoutMs ?? DEFAULT_TIMEOUT_MS,
  );
  const isDelivered = answer.error === null;
  const outcome: WebhookAttemptOutcome = isDelivered ? 'DELIVERED' : isLastAttempt ? 'FAILED' : 'RETRY';
  await dataSource.transaction(async (manager) => {
    await manager.getRepository(WebhookDeliveryAttemptEntity).insert({
      deliveryId: delivery.id,
      attemptedAt: sentAt,
      ...answer,
      isReplay: job.isReplay ?? false,
    });
    const wasPending = delivery.status === 'PENDING';
    await manager.getRepository(WebhookDeliveryEntity).update(
      { id: delivery.id },
      {
        attemptCount: () => 'attempt_count + 1',
        lastAttemptAt: sentAt,
        ...(isDelivered ? { status: 'DELIVERED' as const, deliveredAt: delivery.deliveredAt ?? sentAt } : {}),
        ...(!isDelivered && isLastAttempt && !job.isReplay ? { status: 'FAILED' as const } : {}),
      },
    );
    // A replay of a delivery still in its chain does not move the chain: its own job does.
    if (wasPending && !job.isReplay && outcome !== 'RETRY') await queueNextOfChain(manager, delivery);
  });
  return outcome;
}

class DeliveryFailed extends Error {}

/** The webhook deliveries' worker (call once at start-up, after startJobQueue). */
export async function startWebhookWorkers(
  boss: PgBoss,
  dataSource: DataSource,
  deps: WebhookDeliveryDependencies,
): Promise<void> {
  const queue = JOB_QUEUES.webhookDelivery.name;
  const options = {
    pollingIntervalSeconds: WORKER_POLLING_SECONDS,
    batchSize: 5,
    includeMetadata: true as const,
  };
  await boss.work<WebhookDeliveryJob>(queue, options, async (jobs) => {
    for (const job of jobs) {
      const isLastAttempt = job.retryCount >= job.retryLimit;
      const outcome = await attemptWebhookDelivery(dataSource, job.data, isLastAttempt, deps);
      // Failed one by one: the rest of the batch completes (and is not sent again).
      if (outcome === 'RETRY') {
        await boss.fail(queue, job.id, new DeliveryFailed(`Webhook delivery ${job.data.deliveryId} failed`));
      }
    }
  });
}
