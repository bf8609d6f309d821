import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Webhook } from 'standardwebhooks';

export interface Received {
  id: string;
  type: string;
  data: Record<string, string>;
  body: string;
  headers: IncomingHttpHeaders;
}

/**
 * A webhook receiver for the tests: verifies every request with the library's own `verify` and
 * answers 204, or 500 while `failing`. Keeps what it verified, in arrival order.
 */
export class TestReceiver {
  readonly received: Received[] = [];
  readonly rejected: string[] = [];
  failing = false;
  secret = '';
  private server: Server | null = null;

  async start(): Promise<string> {
    this.server = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
      request.on('end', () => {
        if (this.failing) {
          response.writeHead(500).end('down for maintenance');
          return;
        }
        try {
          const message = new Webhook(this.secret).verify(
            body,
            request.headers as Record<string, string>,
          ) as {
            type: string;
            data: Record<string, string>;
          };
          this.received.push({
            id: String(request.headers['webhook-id']),
            type: message.type,
            data: message.data,
            body,
            headers: request.headers,
          });
          response.writeHead(204).end();
        } catch (error) {
          this.rejected.push((error as Error).message);
          response.writeHead(400).end();
        }
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/hooks`;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server?.close(() => resolve()) ?? resolve());
  }
}

export const SUBSCRIBE = `mutation($input: SubscribeWebhookInput!) { subscribeWebhook(input: $input) {
  __typename
  ... on WebhookSubscriptionCreated { secret subscription { id clientId url eventTypes viewerCan { unsubscribe } } }
  ... on ErrorResult { code message }
  ... on ValidationError { field }
} }`;
export const DELIVERIES = `query($id: ID!) { webhookDeliveries(subscriptionId: $id, first: 50) { edges { node {
  id eventType status payload attemptCount viewerCan { replay }
  attempts { httpStatus responseMs error isReplay }
} } } }`;
export const REPLAY = `mutation($input: ReplayWebhookDeliveryInput!) { replayWebhookDelivery(input: $input) {
  __typename ... on WebhookDelivery { id status } ... on ErrorResult { code message }
} }`;

/** Polls `read` until it returns `want` (a generous bound: loaded machines are slow); answers the last value. */
export async function pollFor<T>(read: () => T | Promise<T>, want: T, timeoutMs = 20_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  let value = await read();
  while (value !== want && Date.now() < until) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    value = await read();
  }
  return value;
}
