import { randomUUID } from 'node:crypto';
import { denial } from '../../test-support/access-matrix-answers';
import { insertApiClient } from '../api-clients/api-clients.test-support';
import type { GraphQLTestClient } from '../../test-support/graphql-test-client';
import type { TestApp } from '../../test-support/test-app';

// Rows and probes of the access matrix (shared/auth/access-matrix.integration.test.ts) for webhooks.

type Outcome = 'ALLOW' | 'HIDDEN' | 'FORBIDDEN' | 'UNAUTHENTICATED';
const A: Outcome = 'ALLOW';
const F: Outcome = 'FORBIDDEN';
const U: Outcome = 'UNAUTHENTICATED';
type Row = Record<string, readonly [own: Outcome, other: Outcome]>;
interface ProbeInput {
  app: TestApp;
  client: () => Promise<GraphQLTestClient>;
  target: { id: string; name: string };
  attempt: number;
}

// MANAGE_WEBHOOKS (webhook-access, REP-7): the administrator only, leadership and 安稳办 included.
const ADMIN_ONLY: Row = {
  anonymous: [U, U],
  teacher: [F, F],
  'head.primary': [F, F],
  'head.kg': [F, F],
  staff: [F, F],
  basic: [F, F],
  preschool: [F, F],
  vocational: [F, F],
  safety: [F, F],
  inspect: [F, F],
  personnel: [F, F],
  policy: [F, F],
  leader: [F, F],
  admin: [A, A],
};

export const WEBHOOKS_MATRIX: Record<string, Row> = {
  webhookSubscriptions: ADMIN_ONLY,
  webhookDeliveries: ADMIN_ONLY,
  subscribeWebhook: ADMIN_ONLY,
  unsubscribeWebhook: ADMIN_ONLY,
  replayWebhookDelivery: ADMIN_ONLY,
};

async function request(input: ProbeInput, query: string, variables?: Record<string, unknown>) {
  return (await input.client()).request(query, variables);
}

export const WEBHOOKS_PROBES: Record<string, (input: ProbeInput) => Promise<Outcome>> = {
  webhookSubscriptions: async (input) =>
    denial(await request(input, '{ webhookSubscriptions { id viewerCan { unsubscribe } } }')) ?? A,
  webhookDeliveries: async (input) =>
    denial(
      await request(
        input,
        'query($id: ID!) { webhookDeliveries(subscriptionId: $id) { edges { cursor } } }',
        {
          id: randomUUID(),
        },
      ),
    ) ?? A,
  subscribeWebhook: async (input) =>
    denial(
      await request(
        input,
        'mutation($input: SubscribeWebhookInput!) { subscribeWebhook(input: $input) { __typename } }',
        {
          input: {
            clientId: await insertApiClient(input.app.owner, { name: `矩阵客户端 ${input.attempt}` }),
            url: 'http://127.0.0.1:9/hooks',
            eventTypes: ['case.closed'],
          },
        },
      ),
    ) ?? A,
  // An unknown id answers a typed NOT_FOUND (audited like any outcome): the gate let it through.
  unsubscribeWebhook: async (input) =>
    denial(
      await request(
        input,
        'mutation($input: UnsubscribeWebhookInput!) { unsubscribeWebhook(input: $input) { __typename } }',
        { input: { subscriptionId: randomUUID() } },
      ),
    ) ?? A,
  replayWebhookDelivery: async (input) =>
    denial(
      await request(
        input,
        'mutation($input: ReplayWebhookDeliveryInput!) { replayWebhookDelivery(input: $input) { __typename } }',
        { input: { deliveryId: randomUUID() } },
      ),
    ) ?? A,
};
