import { webhookOrderingKey, webhookPayload, type AccessActor, type WebhookEvent } from '@xiaohu/domain';
import type { EntityManager } from 'typeorm';
import { toAccessActor } from '../../shared/auth/actor';
import { clientActor, CLIENT_ACTOR_COLUMNS, type ClientActorRow } from '../api-clients/api-tokens';
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

/** Would this client see the event's record through the API? Asked of its own access (REP-7, ORG-1). */
export type WebhookAudience = (client: AccessActor) => boolean;

/**
 * Issue 13: an event for the integrators, in the caller's transaction: one delivery per active
 * subscription to its type of a client not revoked that `isSeenBy` admits (the client's own actor, built
 * as the api-client gate builds it, asked of the same policy as a read of the record), and the job that
 * sends it, so both exist exactly when the event does. A delivery behind an earlier pending one of the
 * same case waits: that one's end queues it. The payload is the domain's (ids, institution, instants):
 * never a child's identity (REP-7).
 */
export async function raiseWebhookEvent(
  manager: EntityManager,
  event: WebhookEvent,
  isSeenBy: WebhookAudience,
): Promise<number> {
  const candidates = (await manager.query(
    `SELECT s.id AS subscription_id, ${CLIENT_ACTOR_COLUMNS} FROM webhook_subscription s
       JOIN api_client c ON c.id = s.client_id JOIN account a ON a.id = c.account_id
      WHERE s.unsubscribed_at IS NULL AND $1 = ANY(s.event_types) AND ${ACTIVE_CLIENT_SQL}
      ORDER BY s.id`,
    [event.type],
  )) as (ClientActorRow & { subscription_id: string })[];
  const subscriptions = candidates.filter((row) =>
    isSeenBy(toAccessActor(clientActor(row, row.subscription_id))),
  );
  const payload = webhookPayload(event);
  const orderingKey = webhookOrderingKey(event);
  for (const { subscription_id: subscriptionId } of subscriptions) {
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
