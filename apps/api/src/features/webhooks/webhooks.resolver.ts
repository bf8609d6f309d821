import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../context';
import { Allow } from '../../shared/auth/access';
import { replayWebhookDelivery } from './commands/replay-webhook-delivery';
import { subscribeWebhook } from './commands/subscribe-webhook';
import { unsubscribeWebhook } from './commands/unsubscribe-webhook';
import { listWebhookDeliveries, listWebhookSubscriptions } from './webhook-queries';
import {
  ReplayWebhookDeliveryInput,
  SubscribeWebhookInput,
  UnsubscribeWebhookInput,
} from './webhooks.inputs';
import {
  ReplayWebhookDeliveryResult,
  SubscribeWebhookResult,
  UnsubscribeWebhookResult,
} from './webhooks.results';
import { WebhookDeliveryConnection, WebhookSubscription } from './webhooks.types';

@Resolver(() => WebhookSubscription)
export class WebhooksResolver {
  @Allow('MANAGE_WEBHOOKS')
  @Query(() => [WebhookSubscription], {
    description: 'Issue 13: webhook subscriptions, of one API client or all, newest first (administrators).',
  })
  webhookSubscriptions(
    @Ctx() context: RequestContext,
    @Arg('clientId', () => ID, { nullable: true, description: 'Only this API client’s.' })
    clientId: string | null,
  ): Promise<WebhookSubscription[]> {
    return listWebhookSubscriptions(context, clientId);
  }

  @Allow('MANAGE_WEBHOOKS')
  @Query(() => WebhookDeliveryConnection, {
    description: 'Issue 13: a subscription’s deliveries with their attempts, newest first. Audited.',
  })
  webhookDeliveries(
    @Ctx() context: RequestContext,
    @Arg('subscriptionId', () => ID, { description: 'The subscription.' }) subscriptionId: string,
    @Arg('first', () => Int, { nullable: true, description: 'Page size (1..100, default 20).' })
    first: number | null,
    @Arg('after', () => String, {
      nullable: true,
      description: 'Cursor of the last item of the previous page.',
    })
    after: string | null,
  ): Promise<WebhookDeliveryConnection> {
    return listWebhookDeliveries(context, subscriptionId, first, after);
  }

  @Allow('MANAGE_WEBHOOKS')
  @Mutation(() => SubscribeWebhookResult, {
    description:
      'Issue 13: subscribes an API client to event types; answers the signing secret once. Audited.',
  })
  subscribeWebhook(
    @Ctx() context: RequestContext,
    @Arg('input', () => SubscribeWebhookInput, { description: 'Client, URL and event types.' })
    input: SubscribeWebhookInput,
  ) {
    return subscribeWebhook(context, input);
  }

  @Allow('MANAGE_WEBHOOKS')
  @Mutation(() => UnsubscribeWebhookResult, {
    description: 'Issue 13: ends a subscription; its deliveries stay on record. Audited.',
  })
  unsubscribeWebhook(
    @Ctx() context: RequestContext,
    @Arg('input', () => UnsubscribeWebhookInput, { description: 'The subscription.' })
    input: UnsubscribeWebhookInput,
  ) {
    return unsubscribeWebhook(context, input);
  }

  @Allow('MANAGE_WEBHOOKS')
  @Mutation(() => ReplayWebhookDeliveryResult, {
    description: 'Issue 13: sends a delivered or failed message again, with the same webhook-id. Audited.',
  })
  replayWebhookDelivery(
    @Ctx() context: RequestContext,
    @Arg('input', () => ReplayWebhookDeliveryInput, { description: 'The delivery.' })
    input: ReplayWebhookDeliveryInput,
  ) {
    return replayWebhookDelivery(context, input);
  }
}
