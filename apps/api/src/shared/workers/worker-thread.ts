import { existsSync } from 'node:fs';
import { Worker } from 'node:worker_threads';

export type WorkerOutcome<T> =
  { ok: true; value: T } | { ok: false; reason: 'OUT_OF_MEMORY' | 'TIMEOUT' | 'FAILED' };

export interface WorkerLimits {
  /** V8 old-generation heap of the worker; exceeding it ends the worker, never the server. */
  maxOldGenerationSizeMb: number;
  maxYoungGenerationSizeMb?: number;
  /** Wall-clock budget; the worker is terminated after it. */
  timeoutMs: number;
}

// Running from the TypeScript sources (the test tier): the worker compiles what it requires with swc,
// as jest does in the main thread. The build has .js files and needs none of this.
const TYPESCRIPT_BOOTSTRAP = `
const { readFileSync } = require('node:fs');
const { workerData } = require('node:worker_threads');
const { transformSync } = require(workerData.swcCore);
require.extensions['.ts'] = (module, filename) => {
  const { code } = transformSync(readFileSync(filename, 'utf8'), {
    filename,
    swcrc: false,
    jsc: { parser: { syntax: 'typescript', decorators: true }, transform: { legacyDecorator: true, decoratorMetadata: true }, target: 'es2022' },
    module: { type: 'commonjs', ignoreDynamic: true },
  });
  module._compile(code, filename);
};
require(workerData.entry);
`;

function workerFor(entryWithoutExtension: string, data: unknown, limits: WorkerLimits): Worker {
  const resourceLimits = {
    maxOldGenerationSizeMb: limits.maxOldGenerationSizeMb,
    maxYoungGenerationSizeMb: limits.maxYoungGenerationSizeMb ?? 16,
  };
  const built = `${entryWithoutExtension}.js`;
  if (existsSync(built)) return new Worker(built, { workerData: { data }, resourceLimits });
  return new Worker(TYPESCRIPT_BOOTSTRAP, {
    eval: true,
    resourceLimits,
    workerData: {
      data,
      entry: `${entryWithoutExtension}.ts`,
      swcCore: require.resolve('@swc/core', { paths: [__dirname] }),
    },
  });
}

/**
 * Runs `entry` (a module that reads `workerData.data` and posts one message) in a worker thread with
 * a heap limit and a time limit. Running out of memory or time ends the worker, never this process.
 */
export function runInWorker<T>(
  entryWithoutExtension: string,
  data: unknown,
  limits: WorkerLimits,
): Promise<WorkerOutcome<T>> {
  return new Promise((resolve) => {
    const worker = workerFor(entryWithoutExtension, data, limits);
    let outcome: WorkerOutcome<T> | null = null;
    const settle = (value: WorkerOutcome<T>) => {
      outcome ??= value;
    };
    const timer = setTimeout(() => {
      settle({ ok: false, reason: 'TIMEOUT' });
      void worker.terminate();
    }, limits.timeoutMs);
    worker.once('message', (value: T) => {
      settle({ ok: true, value });
      void worker.terminate();
    });
    worker.once('error', (error: Error & { code?: string }) => {
      settle({
        ok: false,
        reason: error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'OUT_OF_MEMORY' : 'FAILED',
      });
    });
    worker.once('exit', () => {
      clearTimeout(timer);
      resolve(outcome ?? { ok: false, reason: 'FAILED' });
    });
  });
}
