import type { WebhookDeliveryStatus } from '../integration/webhooks.rules';
import { permit } from './access.rules';
import type { AccessActor, Permit } from './access.types';

// Webhooks send case and staff events out of the system: the administrator, who registers the clients,
// manages what they receive (REP-7: what leaves is decided on the server, ids and times only).

/** May this actor reach the webhook pages at all? */
export function managesWebhooks(actor: AccessActor): boolean {
  return actor.role === 'ADMIN';
}

export interface WebhookSubscriptionAccess {
  canView: Permit;
  can: {
    /** Stop the deliveries of this subscription (it stays on record with its deliveries). */
    unsubscribe: Permit;
  };
}

/** REP-7: the administrator reads and ends subscriptions; an ended one cannot be ended again. */
export function webhookSubscriptionAccess(
  subscription: { isActive: boolean },
  actor: AccessActor,
): WebhookSubscriptionAccess {
  const isAdmin = managesWebhooks(actor);
  return {
    canView: permit(isAdmin, 'REP-7'),
    can: { unsubscribe: permit(isAdmin && subscription.isActive, 'REP-7') },
  };
}

export interface WebhookDeliveryAccess {
  canView: Permit;
  can: {
    /** Send the same message (same webhook-id) once more. */
    replay: Permit;
  };
}

/**
 * REP-7: the administrator replays a delivery that is no longer being retried (delivered or failed)
 * while its subscription is active; a pending one is still in the hands of the back-off.
 */
export function webhookDeliveryAccess(
  delivery: { status: WebhookDeliveryStatus; isSubscriptionActive: boolean },
  actor: AccessActor,
): WebhookDeliveryAccess {
  const isAdmin = managesWebhooks(actor);
  return {
    canView: permit(isAdmin, 'REP-7'),
    can: {
      replay: permit(isAdmin && delivery.isSubscriptionActive && delivery.status !== 'PENDING', 'REP-7'),
    },
  };
}
