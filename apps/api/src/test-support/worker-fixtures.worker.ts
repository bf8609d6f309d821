import { parentPort, workerData } from 'node:worker_threads';

// Worker entries for worker-thread.test.ts: echo the data, exhaust the heap, or never finish.
const { data } = workerData as { data: { mode: 'echo' | 'hog' | 'spin'; value?: unknown } };
if (data.mode === 'echo') parentPort!.postMessage({ echoed: data.value });
else if (data.mode === 'hog') {
  const kept: string[][] = [];
  for (;;) kept.push(Array.from({ length: 100_000 }, (_, i) => `row ${i} ${kept.length}`));
} else {
  for (;;) {
    // busy: only terminate() ends this worker
  }
}
