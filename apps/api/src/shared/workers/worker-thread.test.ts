import path from 'node:path';
import { runInWorker } from './worker-thread';

const FIXTURES = path.resolve(__dirname, '../../test-support/worker-fixtures.worker');

describe('worker threads with limits', () => {
  it('returns what the worker posts', async () => {
    expect(
      await runInWorker(
        FIXTURES,
        { mode: 'echo', value: [1, '二'] },
        { maxOldGenerationSizeMb: 64, timeoutMs: 30_000 },
      ),
    ).toEqual({
      ok: true,
      value: { echoed: [1, '二'] },
    });
  });

  it('a worker that exhausts its heap ends as OUT_OF_MEMORY; this process is unharmed', async () => {
    const before = process.memoryUsage().heapUsed;
    expect(
      await runInWorker(FIXTURES, { mode: 'hog' }, { maxOldGenerationSizeMb: 32, timeoutMs: 60_000 }),
    ).toEqual({
      ok: false,
      reason: 'OUT_OF_MEMORY',
    });
    expect(process.memoryUsage().heapUsed - before).toBeLessThan(32 * 1024 * 1024);
  });

  it('a worker past its time budget is terminated as TIMEOUT', async () => {
    expect(
      await runInWorker(FIXTURES, { mode: 'spin' }, { maxOldGenerationSizeMb: 32, timeoutMs: 500 }),
    ).toEqual({
      ok: false,
      reason: 'TIMEOUT',
    });
  });
});
