import { EventEmitter } from 'node:events';
import { Client } from 'pg';

/**
 * The channel the database's change triggers notify on (migration 1796001800000): the payload is
 * `<topic>:<uuid>`, never a record's content. NOTIFY is sent at commit, so a signal always follows a
 * committed change, from whichever API process (replica) or job made it.
 */
export const CHANGE_CHANNEL = 'xiaohu_change';

/** notification: an account's notifications changed (key: account id); case: a case changed (key: case id). */
export type ChangeTopic = 'notification' | 'case';

export interface ChangeSignal {
  /** When this process heard of the change. */
  at: Date;
}

export interface ChangeFeed {
  /** The changes of one topic and key, until the consumer stops iterating. */
  changes(topic: ChangeTopic, key: string): AsyncIterableIterator<ChangeSignal>;
  /** Subscribers now listening (for tests and logs). */
  listenerCount(): number;
  stop(): Promise<void>;
}

type Log = (message: string, error?: unknown) => void;

const RETRY_MS = [500, 1_000, 2_000, 5_000, 10_000];
// Never more than this many signals waiting for a slow consumer: they only say "look again".
const MAX_QUEUED = 10;

/** One async iterator over emitted signals, removing its listener when the consumer returns. */
function signalIterator(emitter: EventEmitter, event: string): AsyncIterableIterator<ChangeSignal> {
  const queued: ChangeSignal[] = [];
  let waiting: ((result: IteratorResult<ChangeSignal>) => void) | null = null;
  let done = false;
  const onSignal = (signal: ChangeSignal) => {
    if (waiting) {
      const resolve = waiting;
      waiting = null;
      resolve({ value: signal, done: false });
    } else if (queued.length < MAX_QUEUED) queued.push(signal);
  };
  emitter.on(event, onSignal);
  const finish = (): Promise<IteratorResult<ChangeSignal>> => {
    if (!done) {
      done = true;
      emitter.off(event, onSignal);
      waiting?.({ value: undefined, done: true });
      waiting = null;
    }
    return Promise.resolve({ value: undefined, done: true });
  };
  return {
    next() {
      if (done) return Promise.resolve({ value: undefined, done: true });
      const signal = queued.shift();
      if (signal) return Promise.resolve({ value: signal, done: false });
      return new Promise((resolve) => {
        waiting = resolve;
      });
    },
    return: finish,
    throw: finish,
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}

/**
 * LISTENs on CHANGE_CHANNEL over one dedicated connection and fans the signals out to subscribers in
 * this process. A lost connection is reopened with back-off; signals sent while it was down are lost,
 * which the SPA covers by refetching when its socket reconnects.
 */
export async function startChangeFeed(databaseUrl: string, log: Log): Promise<ChangeFeed> {
  const emitter = new EventEmitter();
  emitter.setMaxListeners(0);
  let client: Client | null = null;
  let stopped = false;
  let attempt = 0;
  let retry: NodeJS.Timeout | null = null;

  const connect = async (): Promise<void> => {
    const next = new Client({ connectionString: databaseUrl });
    next.on('notification', (message) => {
      if (message.channel !== CHANGE_CHANNEL || !message.payload) return;
      emitter.emit(message.payload, { at: new Date() });
    });
    next.on('error', (error: Error & { code?: string }) => {
      // 57P01: the database is shutting down (a supervisor stops it with the API): not a fault.
      if (error.code === '57P01') log('The change feed’s database is shutting down');
      else log('The change feed lost its database connection; reconnecting', error);
      reconnect(next);
    });
    next.on('end', () => reconnect(next));
    await next.connect();
    await next.query(`LISTEN ${CHANGE_CHANNEL}`);
    client = next;
    attempt = 0;
  };
  const reconnect = (lost: Client) => {
    if (stopped || client !== lost) return;
    client = null;
    void lost.end().catch(() => undefined);
    const delay = RETRY_MS[Math.min(attempt, RETRY_MS.length - 1)];
    attempt += 1;
    retry = setTimeout(() => {
      retry = null;
      connect().catch((error: unknown) => {
        log('The change feed could not reconnect; trying again', error);
        if (!stopped) retry = setTimeout(() => void connect().catch(() => undefined), delay);
      });
    }, delay);
  };
  await connect();

  return {
    changes: (topic, key) => signalIterator(emitter, `${topic}:${key}`),
    listenerCount: () => emitter.eventNames().reduce((n, name) => n + emitter.listenerCount(name), 0),
    async stop() {
      stopped = true;
      if (retry) clearTimeout(retry);
      const open = client;
      client = null;
      await open?.end().catch(() => undefined);
    },
  };
}
