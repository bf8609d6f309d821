import { fromZoned, toZoned } from '../shared/zoned-time';

const DAY_MS = 86_400_000;

/** Same wall-clock time `days` calendar days later in the zone (a day is not always 24 hours). */
export function addCalendarDays(instant: Date, days: number, timeZone: string): Date {
  const z = toZoned(instant, timeZone);
  // Date.UTC normalises the day overflow into the following months.
  const day = new Date(Date.UTC(z.year, z.month - 1, z.day) + days * DAY_MS);
  const shifted = fromZoned(
    { ...z, year: day.getUTCFullYear(), month: day.getUTCMonth() + 1, day: day.getUTCDate() },
    timeZone,
  );
  return new Date(shifted.getTime() + instant.getUTCMilliseconds());
}
