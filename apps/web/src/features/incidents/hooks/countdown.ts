/** How a deadline stands at `now`; the deadline itself always comes from the API. */
export type DeadlineStanding =
  | { type: 'MET'; metAt: string; isLate: boolean }
  | { type: 'RUNNING'; remainingMs: number }
  | { type: 'OVERDUE'; overdueMs: number };

const SECOND_MS = 1000;
const MINUTE_MS = 60 * SECOND_MS;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;

const pad = (value: number) => String(value).padStart(2, '0');

/**
 * A duration as a clock: `MM:SS` under an hour, `H:MM:SS` under a day, `{days}d H:MM:SS` beyond.
 * Whole seconds are rounded down, so the last second shows 00:00 rather than 00:01 at the deadline.
 */
export function formatDuration(ms: number): { days: number; clock: string } {
  const total = Math.max(0, Math.floor(ms / SECOND_MS)) * SECOND_MS;
  const days = Math.floor(total / DAY_MS);
  const hours = Math.floor((total % DAY_MS) / HOUR_MS);
  const minutes = Math.floor((total % HOUR_MS) / MINUTE_MS);
  const seconds = Math.floor((total % MINUTE_MS) / SECOND_MS);
  const clock =
    hours > 0 || days > 0 ? `${hours}:${pad(minutes)}:${pad(seconds)}` : `${pad(minutes)}:${pad(seconds)}`;
  return { days, clock };
}

/**
 * Where a deadline stands: met (late or not, as the server judged it), still running, or overdue.
 * Only the countdown is computed here, for display between two refetches.
 */
export function deadlineStanding(
  dueAt: string,
  met: { at: string | null | undefined; isLate: boolean },
  nowMs: number,
): DeadlineStanding {
  const dueMs = Date.parse(dueAt);
  if (met.at) return { type: 'MET', metAt: met.at, isLate: met.isLate };
  const remainingMs = dueMs - nowMs;
  // At the deadline itself nothing is left to count down; a report made at that instant is still on time (MET).
  return remainingMs > 0 ? { type: 'RUNNING', remainingMs } : { type: 'OVERDUE', overdueMs: nowMs - dueMs };
}
