import type { DistrictPolicy } from '../policy/policy';
import { daysInMonth, fromZoned, toZoned } from '../shared/zoned-time';
import { refuse, succeed, type Result } from '../shared/result';
import type { CalendarDate, PeriodKind, PeriodRange } from './oversight.types';

const TERM_MONTHS = 6;
/** A custom period of more than this many days is refused: the dashboard is not an archive query. */
export const MAX_CUSTOM_PERIOD_DAYS = 3 * 366;

const midnight = (year: number, month: number, day: number, timeZone: string): Date =>
  fromZoned({ year, month, day, hour: 0, minute: 0, second: 0 }, timeZone);

// The first day of the month `offset` months after (year, month), as an instant in the zone.
function monthStart(year: number, month: number, offset: number, timeZone: string): Date {
  const index = year * 12 + (month - 1) + offset;
  return midnight(Math.floor(index / 12), (index % 12) + 1, 1, timeZone);
}

const isValidDate = (d: CalendarDate): boolean =>
  Number.isInteger(d.year) &&
  Number.isInteger(d.month) &&
  Number.isInteger(d.day) &&
  d.year >= 2000 &&
  d.year <= 2100 &&
  d.month >= 1 &&
  d.month <= 12 &&
  d.day >= 1 &&
  d.day <= daysInMonth(d.year, d.month);

// Months since the school year started (0-11), and the calendar year it started in.
function schoolYearOf(now: Date, policy: DistrictPolicy): { intoYear: number; startYear: number } {
  const today = toZoned(now, policy.timeZone);
  return {
    intoYear: (today.month - policy.schoolYearStartMonth + 12) % 12,
    startYear: today.month >= policy.schoolYearStartMonth ? today.year : today.year - 1,
  };
}

/** ACC-1, PRV-5: the school year holding `now` as [start, end), from the 1st of `schoolYearStartMonth`. */
export function schoolYearRange(now: Date, policy: DistrictPolicy): PeriodRange {
  const { startYear } = schoolYearOf(now, policy);
  return {
    start: monthStart(startYear, policy.schoolYearStartMonth, 0, policy.timeZone),
    end: monthStart(startYear, policy.schoolYearStartMonth, 12, policy.timeZone),
  };
}

/** ACC-1, PRV-7: the term (half a school year) holding `now` as [start, end). */
export function termRange(now: Date, policy: DistrictPolicy): PeriodRange {
  const { intoYear, startYear } = schoolYearOf(now, policy);
  const offset = intoYear < TERM_MONTHS ? 0 : TERM_MONTHS;
  return {
    start: monthStart(startYear, policy.schoolYearStartMonth, offset, policy.timeZone),
    end: monthStart(startYear, policy.schoolYearStartMonth, offset + TERM_MONTHS, policy.timeZone),
  };
}

/**
 * ACC-1: the dashboard's period as [start, end) instants, reckoned in the district's zone. MONTH is the
 * calendar month holding `now`; SCHOOL_YEAR starts on the 1st of `schoolYearStartMonth`; a TERM is half a
 * school year (two terms a year); CUSTOM runs from `from` to `to`, both whole days, `to` included.
 */
export function periodRange(
  kind: PeriodKind,
  now: Date,
  policy: DistrictPolicy,
  custom?: { from: CalendarDate; to: CalendarDate },
): Result<PeriodRange, 'INVALID_PERIOD'> {
  const zone = policy.timeZone;
  switch (kind) {
    case 'MONTH': {
      const today = toZoned(now, zone);
      return succeed({
        start: monthStart(today.year, today.month, 0, zone),
        end: monthStart(today.year, today.month, 1, zone),
      });
    }
    case 'SCHOOL_YEAR':
      return succeed(schoolYearRange(now, policy));
    case 'TERM':
      return succeed(termRange(now, policy));
    case 'CUSTOM':
      return customRange(custom, zone);
  }
}

function customRange(
  custom: { from: CalendarDate; to: CalendarDate } | undefined,
  zone: string,
): Result<PeriodRange, 'INVALID_PERIOD'> {
  if (!custom || !isValidDate(custom.from) || !isValidDate(custom.to))
    return refuse('INVALID_PERIOD', 'ACC-1', 'A custom period needs two valid dates');
  const start = midnight(custom.from.year, custom.from.month, custom.from.day, zone);
  const lastDay = midnight(custom.to.year, custom.to.month, custom.to.day, zone);
  // The day after `to`: midnight of `to` plus a day's worth of wall clock, read again in the zone.
  const after = toZoned(new Date(lastDay.getTime() + 36 * 3_600_000), zone);
  const end = midnight(after.year, after.month, after.day, zone);
  if (end.getTime() <= start.getTime())
    return refuse('INVALID_PERIOD', 'ACC-1', 'A period must end on or after its first day');
  if ((end.getTime() - start.getTime()) / 86_400_000 > MAX_CUSTOM_PERIOD_DAYS)
    return refuse(
      'INVALID_PERIOD',
      'ACC-1',
      `A custom period may span at most ${MAX_CUSTOM_PERIOD_DAYS} days`,
    );
  return succeed({ start, end });
}

/** 'YYYY-MM-DD' into a calendar date, or null (the URL's `from` and `to`). */
export function parseCalendarDate(text: string): CalendarDate | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return null;
  const date = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  return isValidDate(date) ? date : null;
}

/** The calendar months that [start, end) touches, as 'YYYY-MM' in the zone, oldest first (the trend's axis). */
export function monthsOf(range: PeriodRange, timeZone: string): string[] {
  const first = toZoned(range.start, timeZone);
  const months: string[] = [];
  for (let offset = 0; ; offset += 1) {
    const start = monthStart(first.year, first.month, offset, timeZone);
    if (start.getTime() >= range.end.getTime()) return months;
    const z = toZoned(start, timeZone);
    months.push(`${z.year}-${String(z.month).padStart(2, '0')}`);
  }
}
