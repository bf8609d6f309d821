import { createUnionType, Field, ObjectType } from 'type-graphql';
import { ErrorCode, ErrorResult, ValidationError } from '../../shared/graphql/error-result';
import { WebhookDelivery, WebhookSubscription, WebhookSubscriptionCreated } from './webhooks.types';

@ObjectType({ implements: ErrorResult, description: 'No such subscription or delivery.' })
export class WebhookNotFoundError extends ErrorResult {
  static of(): WebhookNotFoundError {
    return Object.assign(new WebhookNotFoundError(), { code: ErrorCode.NOT_FOUND, message: 'Not found' });
  }
}

@ObjectType({
  implements: ErrorResult,
  description: 'Not now: the subscription is ended, or the delivery is still being retried.',
})
export class WebhookForbiddenError extends ErrorResult {
  @Field({ description: 'The rule of the webhook policy that refuses it.' })
  ruleId: string;

  static of(message: string, ruleId: string): WebhookForbiddenError {
    return Object.assign(new WebhookForbiddenError(), { code: ErrorCode.FORBIDDEN, message, ruleId });
  }
}

export const SubscribeWebhookResult = createUnionType({
  name: 'SubscribeWebhookResult',
  description: 'The subscription with its secret (shown once), or why not.',
  types: () => [WebhookSubscriptionCreated, ValidationError] as const,
});

export const UnsubscribeWebhookResult = createUnionType({
  name: 'UnsubscribeWebhookResult',
  description: 'The ended subscription, or why not.',
  types: () => [WebhookSubscription, ValidationError, WebhookNotFoundError, WebhookForbiddenError] as const,
});

export const ReplayWebhookDeliveryResult = createUnionType({
  name: 'ReplayWebhookDeliveryResult',
  description: 'The delivery, its replay queued, or why not.',
  types: () => [WebhookDelivery, ValidationError, WebhookNotFoundError, WebhookForbiddenError] as const,
});
