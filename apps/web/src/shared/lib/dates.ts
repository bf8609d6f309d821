import dayjs from 'dayjs';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';
import 'dayjs/locale/zh-cn';

dayjs.extend(utc);
dayjs.extend(timezone);

/** The plan's district: every time a user reads is shown in this zone, whatever the browser's. */
export const DISPLAY_TIME_ZONE = 'Asia/Shanghai';

export function formatDateTime(iso: string): string {
  return dayjs(iso).tz(DISPLAY_TIME_ZONE).format('YYYY-MM-DD HH:mm:ss');
}

export function formatDateTimeShort(iso: string): string {
  return dayjs(iso).tz(DISPLAY_TIME_ZONE).format('YYYY-MM-DD HH:mm');
}

/** Start of a calendar day (YYYY-MM-DD) in Shanghai, as a UTC instant. */
export function startOfDayInstant(day: string): string {
  return dayjs.tz(day, DISPLAY_TIME_ZONE).startOf('day').toISOString();
}

/** The instant the next calendar day begins in Shanghai: an exclusive upper bound that includes all of `day`. */
/** The calendar day (YYYY-MM-DD in Shanghai) of an instant, e.g. the last day of a period before its end. */
export function dayOfInstant(iso: string): string {
  return dayjs(iso).tz(DISPLAY_TIME_ZONE).format('YYYY-MM-DD');
}

export function startOfNextDayInstant(day: string): string {
  return dayjs.tz(day, DISPLAY_TIME_ZONE).startOf('day').add(1, 'day').toISOString();
}
