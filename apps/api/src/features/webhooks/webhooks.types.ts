import { Field, ID, Int, ObjectType } from 'type-graphql';
import { PageInfo } from '../../shared/graphql/connection';

@ObjectType({
  description: 'What the viewer may do with this subscription next (webhookSubscriptionAccess).',
})
export class WebhookSubscriptionViewerCan {
  @Field({ description: 'End it: no new deliveries.' })
  unsubscribe: boolean;
}

@ObjectType({
  description: 'An API client’s subscription to events, delivered signed to its URL (issue 13).',
})
export class WebhookSubscription {
  @Field(() => ID, { description: 'The subscription’s id.' })
  id: string;

  @Field(() => ID, { description: 'The API client it delivers to.' })
  clientId: string;

  @Field({ description: 'Where deliveries are POSTed (https; http only to localhost outside production).' })
  url: string;

  @Field(() => [String], {
    description: 'The event types it receives (case.recorded, case.policeDeadlineMissed, case.closed, …).',
  })
  eventTypes: string[];

  @Field(() => Date, { description: 'When it was made.' })
  createdAt: Date;

  @Field(() => Date, { nullable: true, description: 'When it was ended, if it was.' })
  unsubscribedAt: Date | null;

  @Field(() => Int, { description: 'Deliveries still being attempted.' })
  pendingCount: number;

  @Field(() => Int, { description: 'Deliveries given up after the retries ran out.' })
  failedCount: number;

  @Field(() => WebhookSubscriptionViewerCan, { description: 'What the viewer may do next.' })
  viewerCan: WebhookSubscriptionViewerCan;
}

@ObjectType({ description: 'A new subscription and its signing secret, shown this once.' })
export class WebhookSubscriptionCreated {
  @Field(() => WebhookSubscription, { description: 'The new subscription.' })
  subscription: WebhookSubscription;

  @Field({ description: 'Standard Webhooks secret (whsec_…): verify signatures with it. Never shown again.' })
  secret: string;
}

@ObjectType({ description: 'One HTTP attempt of a delivery.' })
export class WebhookDeliveryAttempt {
  @Field(() => Date, { description: 'When it was sent (its webhook-timestamp).' })
  attemptedAt: Date;

  @Field(() => Int, { nullable: true, description: 'The HTTP status; null when no answer came.' })
  httpStatus: number | null;

  @Field(() => Int, { description: 'Milliseconds until the answer (or the error).' })
  responseMs: number;

  @Field(() => String, {
    nullable: true,
    description: 'Why it failed (e.g. HTTP 500, TIMEOUT, ECONNREFUSED).',
  })
  error: string | null;

  @Field({ description: 'Sent by an administrator’s replay.' })
  isReplay: boolean;
}

@ObjectType({ description: 'What the viewer may do with this delivery next (webhookDeliveryAccess).' })
export class WebhookDeliveryViewerCan {
  @Field({ description: 'Send the same message (same webhook-id) again.' })
  replay: boolean;
}

@ObjectType({ description: 'One event for one subscription: the message and its attempts.' })
export class WebhookDelivery {
  @Field(() => ID, { description: 'Also the webhook-id header of every attempt and replay.' })
  id: string;

  @Field(() => ID, { description: 'The subscription it was made for.' })
  subscriptionId: string;

  @Field({ description: 'The event type (see docs/WEBHOOKS.md).' })
  eventType: string;

  @Field({ description: 'PENDING, DELIVERED or FAILED.' })
  status: string;

  @Field({ description: 'The JSON body sent: ids and instants only (REP-7).' })
  payload: string;

  @Field(() => Int, { description: 'HTTP attempts so far, replays included.' })
  attemptCount: number;

  @Field(() => Date, { description: 'When its event happened.' })
  createdAt: Date;

  @Field(() => Date, { nullable: true, description: 'When a 2xx answer first came.' })
  deliveredAt: Date | null;

  @Field(() => [WebhookDeliveryAttempt], { description: 'The attempts, newest first (at most 20).' })
  attempts: WebhookDeliveryAttempt[];

  @Field(() => WebhookDeliveryViewerCan, { description: 'What the viewer may do next.' })
  viewerCan: WebhookDeliveryViewerCan;
}

@ObjectType({ description: 'One delivery in a page.' })
export class WebhookDeliveryEdge {
  @Field(() => WebhookDelivery, { description: 'The delivery.' })
  node: WebhookDelivery;

  @Field({ description: 'Cursor of this delivery; pass it as `after`.' })
  cursor: string;
}

@ObjectType({ description: 'A page of deliveries, newest first.' })
export class WebhookDeliveryConnection {
  @Field(() => [WebhookDeliveryEdge], { description: 'The deliveries of this page.' })
  edges: WebhookDeliveryEdge[];

  @Field(() => PageInfo, { description: 'Whether more follow.' })
  pageInfo: PageInfo;
}
