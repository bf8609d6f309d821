import dayjs from 'dayjs';
import { DISPLAY_TIME_ZONE, startOfDayInstant } from '../../../shared/lib/dates';

/** Today as YYYY-MM-DD in the district's zone (the default of a date field). */
export function todayInDistrict(now: Date = new Date()): string {
  return dayjs(now).tz(DISPLAY_TIME_ZONE).format('YYYY-MM-DD');
}

/** A date field's value as the instant its day begins in the district, or null when empty. */
export function dayToInstant(day: string): string | null {
  return day ? startOfDayInstant(day) : null;
}

/** An instant as the district's calendar day. */
export function formatDay(iso: string): string {
  return dayjs(iso).tz(DISPLAY_TIME_ZONE).format('YYYY-MM-DD');
}
