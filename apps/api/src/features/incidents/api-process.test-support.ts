import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { transformFileSync, type Options } from '@swc/core';

const API_ROOT = path.resolve(__dirname, '../../..');
const DOMAIN_SRC = path.resolve(API_ROOT, '../../packages/domain/src');

// The same transform as jest.config.js, so the child runs exactly the code the other tests run.
const SWC: Options = {
  jsc: {
    parser: { syntax: 'typescript', decorators: true },
    transform: { legacyDecorator: true, decoratorMetadata: true },
    target: 'es2022',
  },
  // ignoreDynamic keeps import() of ESM-only packages real, as tsc's "nodenext" does.
  module: { type: 'commonjs', ignoreDynamic: true },
  sourceMaps: false,
  swcrc: false,
};

const isSource = (file: string) =>
  file.endsWith('.ts') && !file.endsWith('.test.ts') && !file.endsWith('.d.ts');

function transpileTree(from: string, to: string, skipDirs: readonly string[]): void {
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    const source = path.join(from, entry.name);
    if (entry.isDirectory()) {
      if (!skipDirs.includes(entry.name)) transpileTree(source, path.join(to, entry.name), skipDirs);
    } else if (isSource(entry.name) && !entry.name.endsWith('.test-support.ts')) {
      mkdirSync(to, { recursive: true });
      writeFileSync(path.join(to, entry.name.replace(/\.ts$/, '.js')), transformFileSync(source, SWC).code);
    }
  }
}

export interface ApiBuild {
  mainFile: string;
  remove(): void;
}

/**
 * A runnable copy of the API and the domain package, transpiled with swc (a second or two) rather than
 * tsc: the test tier runs before anything is built on a fresh clone. It lives under apps/api/node_modules
 * so the API's dependencies resolve as usual and `findRepoRoot` finds the workspace.
 */
export function buildApiForChildProcess(): ApiBuild {
  const root = path.join(
    API_ROOT,
    'node_modules',
    '.cache',
    `xiaohu-api-process-${randomBytes(4).toString('hex')}`,
  );
  transpileTree(path.join(API_ROOT, 'src'), path.join(root, 'api'), ['test-support']);
  // @xiaohu/domain resolves to this copy first (node_modules beside the api folder).
  const domain = path.join(root, 'node_modules', '@xiaohu', 'domain');
  transpileTree(DOMAIN_SRC, domain, []);
  writeFileSync(
    path.join(domain, 'package.json'),
    JSON.stringify({ name: '@xiaohu/domain', main: 'index.js' }),
  );
  return {
    mainFile: path.join(root, 'api', 'main.js'),
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
}

export interface ApiProcess {
  child: ChildProcess;
  baseUrl: string;
  /** Everything the process printed so far (for failure messages). */
  output(): string;
  /** Resolves when the process has exited. */
  exited: Promise<void>;
}

/** Starts `node main.js` and waits for its "ready" line. */
export async function startApiProcess(
  mainFile: string,
  env: NodeJS.ProcessEnv,
  timeoutMs = 60_000,
): Promise<ApiProcess> {
  const child = spawn(process.execPath, [mainFile], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const baseUrl = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`API did not start in ${timeoutMs} ms:\n${output}`)),
      timeoutMs,
    );
    const onData = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const ready = /is ready at (http:\/\/\S+?) /.exec(output);
      if (ready) {
        clearTimeout(timer);
        resolve(ready[1]);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`API exited before it was ready (${code ?? signal}):\n${output}`));
    });
  });
  return { child, baseUrl, output: () => output, exited };
}

/** SIGKILL, no shutdown handler runs: what a crash or power cut does. */
export async function killApiProcess(api: ApiProcess | undefined): Promise<void> {
  if (!api || api.child.exitCode !== null || api.child.signalCode !== null) return;
  api.child.kill('SIGKILL');
  await api.exited;
}
