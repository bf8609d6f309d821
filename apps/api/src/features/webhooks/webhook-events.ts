import { isAnnounced, webhookOrderingKey, webhookPayload, type WebhookEvent } from '@xiaohu/domain';
import type { EntityManager } from 'typeorm';
import { sendJobInTransaction } from '../../shared/jobs/job-queue';
import { JOB_QUEUES } from '../../shared/jobs/job-queues';
import { ACTIVE_CLIENT_SQL } from './webhook-clients';
import { WebhookDeliveryEntity } from './webhook.entities';

export type { WebhookEvent } from '@xiaohu/domain';

/** A delivery job: the message to send; a replay sends it again whatever its status. */
export interface WebhookDeliveryJob {
  deliveryId: string;
  isReplay?: boolean;
}

/**
 * Serialises the deliveries of one subscription and one case (or staff member): the transaction that
 * adds one and the one that finishes the previous take turns, so exactly one of them queues the next.
 */
export async function lockDeliveryChain(
  manager: EntityManager,
  subscriptionId: string,
  orderingKey: string,
): Promise<void> {
  await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [
    `webhook:${subscriptionId}:${orderingKey}`,
  ]);
}

/** Queues the job of a pending delivery (at most one live job per delivery). */
export async function queueDelivery(manager: EntityManager, job: WebhookDeliveryJob): Promise<void> {
  await sendJobInTransaction(manager, JOB_QUEUES.webhookDelivery.name, job, {
    singletonKey: `${job.deliveryId}${job.isReplay ? ':replay' : ''}`,
  });
}

/** The earliest pending delivery of a chain, if any (call with the chain locked). */
export async function firstPendingOfChain(
  manager: EntityManager,
  subscriptionId: string,
  orderingKey: string,
): Promise<string | null> {
  const rows = (await manager.query(
    `SELECT id FROM webhook_delivery WHERE subscription_id = $1 AND ordering_key = $2 AND status = 'PENDING'
     ORDER BY sequence LIMIT 1`,
    [subscriptionId, orderingKey],
  )) as { id: string }[];
  return rows[0]?.id ?? null;
}

/**
 * Issue 13: an event for the integrators, in the caller's transaction: one delivery per active
 * subscription to its type of a client not revoked, and the job that sends it, so both exist exactly
 * when the event does.
 * A delivery behind an earlier pending one of the same case waits: that one's end queues it.
 * The payload is the domain's (ids, institution, instants): never a child's identity, and a case whose
 * existence is need-to-know is not announced at all (REP-7, isAnnounced).
 */
export async function raiseWebhookEvent(manager: EntityManager, event: WebhookEvent): Promise<number> {
  if (!isAnnounced(event)) return 0;
  const subscriptions = (await manager.query(
    `SELECT s.id FROM webhook_subscription s
       JOIN api_client c ON c.id = s.client_id JOIN account a ON a.id = c.account_id
      WHERE s.unsubscribed_at IS NULL AND $1 = ANY(s.event_types) AND ${ACTIVE_CLIENT_SQL}
      ORDER BY s.id`,
    [event.type],
  )) as { id: string }[];
  const payload = webhookPayload(event);
  const orderingKey = webhookOrderingKey(event);
  for (const { id: subscriptionId } of subscriptions) {
    await lockDeliveryChain(manager, subscriptionId, orderingKey);
    const earlier = await firstPendingOfChain(manager, subscriptionId, orderingKey);
    const delivery = manager.getRepository(WebhookDeliveryEntity).create({
      subscriptionId,
      eventType: event.type,
      orderingKey,
      payload,
      status: 'PENDING',
      attemptCount: 0,
      createdAt: event.occurredAt,
      deliveredAt: null,
      lastAttemptAt: null,
    });
    await manager.getRepository(WebhookDeliveryEntity).insert(delivery);
    if (!earlier) await queueDelivery(manager, { deliveryId: delivery.id });
  }
  return subscriptions.length;
}
