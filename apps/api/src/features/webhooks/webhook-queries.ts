import { webhookDeliveryAccess, webhookSubscriptionAccess, type WebhookDeliveryStatus } from '@xiaohu/domain';
import type { EntityManager } from 'typeorm';
import type { RequestContext } from '../../context';
import { recordAudit } from '../../shared/audit/audit-log';
import { toAccessActor, type SignedInActor } from '../../shared/auth/actor';
import { signedIn } from '../../shared/auth/signed-in';
import { decodeCursor, encodeCursor, pageSize } from '../../shared/graphql/connection';
import { ACTIVE_CLIENT_SQL } from './webhook-clients';
import { WebhookDelivery, WebhookDeliveryConnection, WebhookSubscription } from './webhooks.types';

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const MAX_SUBSCRIPTIONS = 200;
const ATTEMPTS_SHOWN = 20;

interface SubscriptionRow {
  id: string;
  client_id: string;
  url: string;
  event_types: string[];
  created_at: Date;
  unsubscribed_at: Date | null;
  pending_count: number;
  failed_count: number;
}

const SUBSCRIPTION_SELECT = `
  SELECT s.id, s.client_id, s.url, s.event_types, s.created_at, s.unsubscribed_at,
    (SELECT count(*)::int FROM webhook_delivery d WHERE d.subscription_id = s.id AND d.status = 'PENDING') AS pending_count,
    (SELECT count(*)::int FROM webhook_delivery d WHERE d.subscription_id = s.id AND d.status = 'FAILED') AS failed_count
  FROM webhook_subscription s`;

function subscriptionView(row: SubscriptionRow, actor: SignedInActor): WebhookSubscription {
  const access = webhookSubscriptionAccess({ isActive: row.unsubscribed_at === null }, toAccessActor(actor));
  return Object.assign(new WebhookSubscription(), {
    id: row.id,
    clientId: row.client_id,
    url: row.url,
    eventTypes: row.event_types,
    createdAt: row.created_at,
    unsubscribedAt: row.unsubscribed_at,
    pendingCount: row.pending_count,
    failedCount: row.failed_count,
    viewerCan: { unsubscribe: access.can.unsubscribe.allowed },
  });
}

/** One subscription as the API shows it, or null. */
export async function loadSubscriptionView(
  manager: EntityManager,
  id: string,
  actor: SignedInActor,
): Promise<WebhookSubscription | null> {
  if (!UUID.test(id)) return null;
  const rows = (await manager.query(`${SUBSCRIPTION_SELECT} WHERE s.id = $1`, [id])) as SubscriptionRow[];
  return rows[0] ? subscriptionView(rows[0], actor) : null;
}

/** The subscriptions, of one client or all, newest first (administrators; MANAGE_WEBHOOKS). */
export async function listWebhookSubscriptions(
  context: RequestContext,
  clientId: string | null,
): Promise<WebhookSubscription[]> {
  const actor = signedIn(context);
  if (clientId !== null && !UUID.test(clientId)) return [];
  const rows = (await context.dataSource.query(
    `${SUBSCRIPTION_SELECT} WHERE ($1::uuid IS NULL OR s.client_id = $1) ORDER BY s.created_at DESC, s.id LIMIT ${MAX_SUBSCRIPTIONS}`,
    [clientId],
  )) as SubscriptionRow[];
  return rows.map((row) => subscriptionView(row, actor));
}

interface DeliveryRow {
  id: string;
  subscription_id: string;
  sequence: string;
  event_type: string;
  status: WebhookDeliveryStatus;
  payload: object;
  attempt_count: number;
  created_at: Date;
  delivered_at: Date | null;
  is_subscription_active: boolean;
}

/** Deliveries with their latest attempts (two statements, whatever the page size). */
export async function deliveryViews(
  manager: EntityManager,
  rows: DeliveryRow[],
  actor: SignedInActor,
): Promise<WebhookDelivery[]> {
  const attempts = rows.length
    ? ((await manager.query(
        `SELECT delivery_id, attempted_at, http_status, response_ms, error, is_replay FROM (
           SELECT a.*, row_number() OVER (PARTITION BY delivery_id ORDER BY attempted_at DESC, id) AS n
           FROM webhook_delivery_attempt a WHERE delivery_id = ANY($1::uuid[])) ranked
         WHERE n <= ${ATTEMPTS_SHOWN} ORDER BY attempted_at DESC`,
        [rows.map((r) => r.id)],
      )) as {
        delivery_id: string;
        attempted_at: Date;
        http_status: number | null;
        response_ms: number;
        error: string | null;
        is_replay: boolean;
      }[])
    : [];
  const accessActor = toAccessActor(actor);
  return rows.map((row) => {
    const access = webhookDeliveryAccess(
      { status: row.status, isSubscriptionActive: row.is_subscription_active },
      accessActor,
    );
    return Object.assign(new WebhookDelivery(), {
      id: row.id,
      subscriptionId: row.subscription_id,
      eventType: row.event_type,
      status: row.status,
      payload: JSON.stringify(row.payload),
      attemptCount: row.attempt_count,
      createdAt: row.created_at,
      deliveredAt: row.delivered_at,
      attempts: attempts
        .filter((a) => a.delivery_id === row.id)
        .map((a) => ({
          attemptedAt: a.attempted_at,
          httpStatus: a.http_status,
          responseMs: a.response_ms,
          error: a.error,
          isReplay: a.is_replay,
        })),
      viewerCan: { replay: access.can.replay.allowed },
    });
  });
}

// A revoked client's subscription counts as ended: nothing is replayed to it.
const DELIVERY_SELECT = `
  SELECT d.id, d.subscription_id, d.sequence::text AS sequence, d.event_type, d.status, d.payload,
    d.attempt_count, d.created_at, d.delivered_at,
    (s.unsubscribed_at IS NULL AND ${ACTIVE_CLIENT_SQL}) AS is_subscription_active
  FROM webhook_delivery d JOIN webhook_subscription s ON s.id = d.subscription_id
  JOIN api_client c ON c.id = s.client_id JOIN account a ON a.id = c.account_id`;

/** One delivery row (locked when asked), or null. */
export async function loadDeliveryRow(
  manager: EntityManager,
  id: string,
  lock = false,
): Promise<DeliveryRow | null> {
  if (!UUID.test(id)) return null;
  const rows = (await manager.query(`${DELIVERY_SELECT} WHERE d.id = $1${lock ? ' FOR UPDATE OF d' : ''}`, [
    id,
  ])) as DeliveryRow[];
  return rows[0] ?? null;
}

/**
 * A subscription's deliveries, newest first (keyset on the sequence). Audited: the payloads name
 * cases and staff members by id.
 */
export async function listWebhookDeliveries(
  context: RequestContext,
  subscriptionId: string,
  first: number | null,
  after: string | null,
): Promise<WebhookDeliveryConnection> {
  const actor = signedIn(context);
  const size = pageSize(first, 20);
  const before = after ? decodeCursor(after, ['int64'])[0] : null;
  return context.dataSource.transaction(async (manager) => {
    const rows = UUID.test(subscriptionId)
      ? ((await manager.query(
          `${DELIVERY_SELECT} WHERE d.subscription_id = $1 AND ($2::bigint IS NULL OR d.sequence < $2)
           ORDER BY d.sequence DESC LIMIT $3`,
          [subscriptionId, before, size + 1],
        )) as DeliveryRow[])
      : [];
    const page = rows.slice(0, size);
    await recordAudit(manager, actor, context.clock.now(), {
      action: 'webhookDelivery.list',
      outcome: 'OK',
      targetType: 'webhook_subscription',
      targetId: subscriptionId.slice(0, 64),
      details: { count: page.length },
    });
    const nodes = await deliveryViews(manager, page, actor);
    return Object.assign(new WebhookDeliveryConnection(), {
      edges: nodes.map((node, i) => ({ node, cursor: encodeCursor([page[i].sequence]) })),
      pageInfo: {
        hasNextPage: rows.length > size,
        endCursor: page.length ? encodeCursor([page[page.length - 1].sequence]) : null,
      },
    });
  });
}
