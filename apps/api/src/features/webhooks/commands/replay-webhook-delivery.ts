import { webhookDeliveryAccess } from '@xiaohu/domain';
import type { RequestContext } from '../../../context';
import { toAccessActor } from '../../../shared/auth/actor';
import { runCommand } from '../../../shared/commands/run-command';
import { queueDelivery } from '../webhook-events';
import { deliveryViews, loadDeliveryRow } from '../webhook-queries';
import type { ReplayWebhookDeliveryInput } from '../webhooks.inputs';
import { WebhookForbiddenError, WebhookNotFoundError } from '../webhooks.results';

/**
 * Issue 13: the administrator sends a delivered or failed message again: the same body and the same
 * webhook-id (receivers drop what they have seen), freshly signed, as a job with the usual retries.
 */
export async function replayWebhookDelivery(context: RequestContext, input: ReplayWebhookDeliveryInput) {
  return runCommand(context, {
    action: 'webhookDelivery.replay',
    targetType: 'webhook_delivery',
    targetId: input.deliveryId,
    load: async (manager) =>
      (await loadDeliveryRow(manager, input.deliveryId, true)) ?? WebhookNotFoundError.of(),
    authorize: (row, actor) => {
      const permit = webhookDeliveryAccess(
        { status: row.status, isSubscriptionActive: row.is_subscription_active },
        toAccessActor(actor),
      ).can.replay;
      return permit.allowed
        ? null
        : WebhookForbiddenError.of(
            'Only a delivered or failed message of an active subscription is replayed',
            permit.ruleId,
          );
    },
    execute: async (manager, row, actor) => {
      await queueDelivery(manager, { deliveryId: row.id, isReplay: true });
      const [view] = await deliveryViews(manager, [row], actor);
      return { result: view, details: { status: row.status } };
    },
  });
}
