import { useSyncExternalStore } from 'react';

/** Whether the subscription socket is up, and how many times it has (re)connected. */
export interface LiveStatus {
  connected: boolean;
  /** Counts connections: a change after the first one means signals may have been missed. */
  connections: number;
}

type Listener = () => void;

/** A tiny store the socket writes and components read (useLiveStatus). */
export function createLiveStatusStore() {
  let status: LiveStatus = { connected: false, connections: 0 };
  const listeners = new Set<Listener>();
  const set = (next: LiveStatus) => {
    status = next;
    for (const listener of listeners) listener();
  };
  return {
    get: () => status,
    subscribe(listener: Listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    connected: () => set({ connected: true, connections: status.connections + 1 }),
    closed: () => set({ ...status, connected: false }),
  };
}

export const liveStatus = createLiveStatusStore();

export function useLiveStatus(): LiveStatus {
  return useSyncExternalStore(liveStatus.subscribe, liveStatus.get, liveStatus.get);
}

/** Polling while the socket is down, once a minute (issue 14): nothing while signals arrive. */
export const FALLBACK_POLL_MS = 60_000;

export function fallbackPollInterval(status: LiveStatus): number {
  return status.connected ? 0 : FALLBACK_POLL_MS;
}
