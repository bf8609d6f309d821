/** Where a task stands: 0 runs at once, n waits behind n others of the same key. */
export type Enqueued<T> = { position: number; done: Promise<T> } | { full: true; pending: number };

/**
 * One task at a time per key (an institution's imports), the others waiting in order; at most
 * `maxPending` per key (running and waiting), so a burst of uploads cannot pile up in memory.
 */
export class KeyedQueue {
  private readonly pending = new Map<string, number>();
  private readonly tails = new Map<string, Promise<unknown>>();

  constructor(private readonly maxPending: number) {}

  enqueue<T>(key: string, task: () => Promise<T>): Enqueued<T> {
    const pending = this.pending.get(key) ?? 0;
    if (pending >= this.maxPending) return { full: true, pending };
    this.pending.set(key, pending + 1);
    const previous = this.tails.get(key) ?? Promise.resolve();
    const done = previous.then(task);
    const tail: Promise<void> = done.then(
      () => this.release(key, tail),
      () => this.release(key, tail),
    );
    this.tails.set(key, tail);
    return { position: pending, done };
  }

  private release(key: string, tail: Promise<unknown>): void {
    const left = (this.pending.get(key) ?? 1) - 1;
    if (left > 0) this.pending.set(key, left);
    else this.pending.delete(key);
    if (this.tails.get(key) === tail) this.tails.delete(key);
  }
}

/** At most `limit` tasks at once across every key (worker threads share the machine's cores). */
export class Semaphore {
  private running = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(private readonly limit: number) {}

  async run<T>(task: () => Promise<T>): Promise<T> {
    if (this.running >= this.limit) await new Promise<void>((resolve) => this.waiting.push(resolve));
    else this.running += 1;
    try {
      return await task();
    } finally {
      const next = this.waiting.shift();
      if (next) next();
      else this.running -= 1;
    }
  }
}
