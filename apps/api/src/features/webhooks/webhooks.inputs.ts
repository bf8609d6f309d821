import { Field, ID, InputType } from 'type-graphql';

@InputType({ description: 'A new subscription of an API client.' })
export class SubscribeWebhookInput {
  @Field(() => ID, { description: 'The API client.' })
  clientId: string;

  @Field({ description: 'Where to POST deliveries: https (http only to localhost outside production).' })
  url: string;

  @Field(() => [String], { description: 'Event types from the catalogue (docs/WEBHOOKS.md), at least one.' })
  eventTypes: string[];
}

@InputType({ description: 'The subscription to end.' })
export class UnsubscribeWebhookInput {
  @Field(() => ID, { description: 'The subscription.' })
  subscriptionId: string;
}

@InputType({ description: 'The delivery to send again.' })
export class ReplayWebhookDeliveryInput {
  @Field(() => ID, { description: 'The delivery.' })
  deliveryId: string;
}
