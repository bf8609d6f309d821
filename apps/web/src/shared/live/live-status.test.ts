import { createLiveStatusStore, fallbackPollInterval, FALLBACK_POLL_MS } from './live-status';
import { liveSocketUrl } from '../../app/live-socket';

describe('live status (issue 14: live without polling)', () => {
  it('polls once a minute while the socket is down and not at all while it is up', () => {
    const store = createLiveStatusStore();
    const seen: number[] = [];
    store.subscribe(() => seen.push(store.get().connections));
    expect(fallbackPollInterval(store.get())).toBe(FALLBACK_POLL_MS);
    expect(FALLBACK_POLL_MS).toBe(60_000);
    store.connected();
    expect(fallbackPollInterval(store.get())).toBe(0);
    store.closed();
    expect(fallbackPollInterval(store.get())).toBe(60_000);
    store.connected();
    // Each connection counts, so a reconnect can refetch what its signals missed.
    expect(seen).toEqual([1, 1, 2]);
  });

  it('opens the socket on this origin, wss: under https:', () => {
    expect(liveSocketUrl({ protocol: 'https:', host: 'xiaohu.example' })).toBe(
      'wss://xiaohu.example/graphql',
    );
    expect(liveSocketUrl({ protocol: 'http:', host: '127.0.0.1:4310' })).toBe('ws://127.0.0.1:4310/graphql');
  });
});
