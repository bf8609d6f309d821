// `npm start` keeps the API running: a crash (a non-zero exit, or a signal such as the kernel's OOM
// kill) is restarted after a back-off that grows 1 s, 2 s, 5 s, 10 s, 30 s, 60 s and falls back to
// 1 s once a run has lasted a minute. SIGINT and SIGTERM are passed on and end supervision.
import { spawn } from 'node:child_process';

export const DEFAULT_BACKOFF_MS = [1000, 2000, 5000, 10_000, 30_000, 60_000];

/**
 * Runs `command args` until it exits 0 or the supervisor is told to stop; resolves with the exit code
 * the supervisor should end with.
 */
export function supervise({
  command,
  args = [],
  spawnOptions = {},
  name = 'the API',
  log = (message) => process.stdout.write(`[xiaohu] ${message}\n`),
  backoffMs = DEFAULT_BACKOFF_MS,
  stableAfterMs = 60_000,
  signals = ['SIGINT', 'SIGTERM'],
}) {
  return new Promise((resolve) => {
    let child = null;
    let stopping = false;
    let restarts = 0;
    let failuresInARow = 0;
    let timer = null;

    const start = () => {
      timer = null;
      const startedAt = Date.now();
      child = spawn(command, args, { stdio: 'inherit', ...spawnOptions });
      child.on('exit', (code, signal) => {
        child = null;
        if (stopping) return resolve(signal ? 0 : (code ?? 0));
        if (code === 0) return resolve(0);
        const ranMs = Date.now() - startedAt;
        failuresInARow = ranMs >= stableAfterMs ? 0 : failuresInARow;
        const delay = backoffMs[Math.min(failuresInARow, backoffMs.length - 1)];
        failuresInARow += 1;
        restarts += 1;
        const how = signal ? `was killed by ${signal}` : `exited with code ${code}`;
        log(
          `${name} ${how} after ${(ranMs / 1000).toFixed(1)} s; restarting in ${delay / 1000} s (restart ${restarts})`,
        );
        timer = setTimeout(start, delay);
      });
    };

    for (const signal of signals) {
      process.on(signal, () => {
        stopping = true;
        if (timer) {
          clearTimeout(timer);
          resolve(0);
        } else child?.kill(signal);
      });
    }
    start();
  });
}
