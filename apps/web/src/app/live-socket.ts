import { createClient, type Client } from 'graphql-ws';
import { liveStatus } from '../shared/live/live-status';

const MAX_RETRY_WAIT_MS = 30_000;

/** The socket URL of this origin's /graphql (ws: or wss: as the page). */
export function liveSocketUrl(location: Pick<Location, 'protocol' | 'host'>): string {
  return `${location.protocol === 'https:' ? 'wss:' : 'ws:'}//${location.host}/graphql`;
}

/**
 * The subscription socket: opened on the first subscription, retried for as long as the page lives
 * with a growing wait (at most 30 s), its state in `liveStatus` so that queries poll while it is down.
 * The browser sends the session cookie with the upgrade request; the server checks the origin.
 */
export function createLiveSocket(url: string): Client {
  return createClient({
    url,
    lazy: true,
    retryAttempts: Number.POSITIVE_INFINITY,
    shouldRetry: () => true,
    retryWait: (retries) =>
      new Promise((resolve) =>
        setTimeout(resolve, Math.min(MAX_RETRY_WAIT_MS, 1000 * 2 ** retries) + Math.random() * 500),
      ),
    on: {
      connected: () => liveStatus.connected(),
      closed: () => liveStatus.closed(),
    },
  });
}
