import { KeyedQueue, Semaphore } from './import-queue';

function deferred<T = void>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

const flush = () => new Promise((resolve) => setImmediate(resolve));

describe('import queue', () => {
  it('runs one import at a time per institution, the others waiting in order with their position; a full queue is refused', async () => {
    const queue = new KeyedQueue(3);
    const started: string[] = [];
    const gates = [deferred(), deferred(), deferred()];
    const enqueue = (key: string, i: number) =>
      queue.enqueue(key, async () => {
        started.push(`${key}${i}`);
        await gates[i].promise;
        return i;
      });
    const first = enqueue('a', 0);
    const second = enqueue('a', 1);
    const third = enqueue('a', 2);
    const other = queue.enqueue('b', async () => {
      started.push('b');
      return 9;
    });
    expect([first, second, third].map((q) => ('position' in q ? q.position : 'full'))).toEqual([0, 1, 2]);
    expect(enqueue('a', 0)).toEqual({ full: true, pending: 3 });
    await flush();
    expect(started).toEqual(['a0', 'b']);
    expect('done' in other && (await other.done)).toBe(9);

    gates[0].resolve();
    expect('done' in first && (await first.done)).toBe(0);
    await flush();
    expect(started).toEqual(['a0', 'b', 'a1']);
    // A slot freed: a new import may wait again.
    expect(queue.enqueue('a', async () => 3)).toMatchObject({ position: 2 });
    gates[1].resolve();
    gates[2].resolve();
    expect('done' in third && (await third.done)).toBe(2);
  });

  it('a failed import does not block the next one of the same institution', async () => {
    const queue = new KeyedQueue(2);
    const failing = queue.enqueue('a', () => Promise.reject(new Error('boom')));
    const next = queue.enqueue('a', async () => 'ran');
    await expect('done' in failing ? failing.done : null).rejects.toThrow('boom');
    expect('done' in next && (await next.done)).toBe('ran');
  });

  it('never runs more than its limit of tasks at once across institutions', async () => {
    const semaphore = new Semaphore(2);
    let running = 0;
    let most = 0;
    const gates = Array.from({ length: 5 }, () => deferred());
    const all = gates.map((gate) =>
      semaphore.run(async () => {
        running += 1;
        most = Math.max(most, running);
        await gate.promise;
        running -= 1;
      }),
    );
    await flush();
    expect(running).toBe(2);
    gates.forEach((gate) => gate.resolve());
    await Promise.all(all);
    expect(most).toBe(2);
  });
});
