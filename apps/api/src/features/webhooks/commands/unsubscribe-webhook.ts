import { webhookSubscriptionAccess } from '@xiaohu/domain';
import type { RequestContext } from '../../../context';
import { toAccessActor } from '../../../shared/auth/actor';
import { runCommand } from '../../../shared/commands/run-command';
import { WebhookSubscriptionEntity } from '../webhook.entities';
import { loadSubscriptionView, UUID } from '../webhook-queries';
import type { UnsubscribeWebhookInput } from '../webhooks.inputs';
import { WebhookForbiddenError, WebhookNotFoundError } from '../webhooks.results';

/** Issue 13: ends a subscription; deliveries not yet made are given up when their turn comes. */
export async function unsubscribeWebhook(context: RequestContext, input: UnsubscribeWebhookInput) {
  const now = context.clock.now();
  return runCommand(context, {
    action: 'webhookSubscription.end',
    targetType: 'webhook_subscription',
    targetId: input.subscriptionId,
    load: async (manager) => {
      const entity = UUID.test(input.subscriptionId)
        ? await manager
            .getRepository(WebhookSubscriptionEntity)
            .createQueryBuilder('s')
            .setLock('pessimistic_write')
            .where('s.id = :id', { id: input.subscriptionId })
            .getOne()
        : null;
      return entity ?? WebhookNotFoundError.of();
    },
    authorize: (entity, actor) => {
      const permit = webhookSubscriptionAccess(
        { isActive: entity.unsubscribedAt === null },
        toAccessActor(actor),
      ).can.unsubscribe;
      return permit.allowed
        ? null
        : WebhookForbiddenError.of('The subscription has ended already', permit.ruleId);
    },
    execute: async (manager, entity, actor) => {
      await manager
        .getRepository(WebhookSubscriptionEntity)
        .update({ id: entity.id }, { unsubscribedAt: now });
      return { result: (await loadSubscriptionView(manager, entity.id, actor))! };
    },
  });
}
