import { graphql } from '../../gql';

export const WebhookSubscriptionsQuery = graphql(`
  query WebhookSubscriptions {
    webhookSubscriptions {
      id
      clientId
      url
      eventTypes
      createdAt
      unsubscribedAt
      pendingCount
      failedCount
      viewerCan {
        unsubscribe
      }
    }
  }
`);

export const WebhookDeliveriesQuery = graphql(`
  query WebhookDeliveries($subscriptionId: ID!, $first: Int, $after: String) {
    webhookDeliveries(subscriptionId: $subscriptionId, first: $first, after: $after) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          eventType
          status
          attemptCount
          createdAt
          deliveredAt
          attempts {
            attemptedAt
            httpStatus
            responseMs
            error
            isReplay
          }
          viewerCan {
            replay
          }
        }
      }
    }
  }
`);

export const SubscribeWebhookMutation = graphql(`
  mutation SubscribeWebhook($input: SubscribeWebhookInput!) {
    subscribeWebhook(input: $input) {
      __typename
      ... on WebhookSubscriptionCreated {
        secret
        subscription {
          id
        }
      }
      ... on ValidationError {
        field
        message
      }
    }
  }
`);

export const UnsubscribeWebhookMutation = graphql(`
  mutation UnsubscribeWebhook($input: UnsubscribeWebhookInput!) {
    unsubscribeWebhook(input: $input) {
      __typename
      ... on WebhookSubscription {
        id
        unsubscribedAt
        viewerCan {
          unsubscribe
        }
      }
      ... on ErrorResult {
        code
        message
      }
    }
  }
`);

export const ReplayWebhookDeliveryMutation = graphql(`
  mutation ReplayWebhookDelivery($input: ReplayWebhookDeliveryInput!) {
    replayWebhookDelivery(input: $input) {
      __typename
      ... on WebhookDelivery {
        id
        status
      }
      ... on ErrorResult {
        code
        message
      }
    }
  }
`);

/** The clients a subscription may be for (administrators, as the page). */
export const WebhookClientChoicesQuery = graphql(`
  query WebhookClientChoices {
    apiClients {
      id
      name
      status
    }
  }
`);
