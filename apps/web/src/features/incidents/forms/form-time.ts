import dayjs from 'dayjs';
import { DISPLAY_TIME_ZONE } from '../../../shared/lib/dates';

/** `<input type="datetime-local">` format, read and written as Beijing wall-clock time whatever the PC's zone. */
const LOCAL_INPUT_FORMAT = 'YYYY-MM-DDTHH:mm';

/** The wall-clock value for a datetime-local input showing `instant` in Beijing time, to the minute. */
export function toBeijingInputValue(instant: Date): string {
  return dayjs(instant).tz(DISPLAY_TIME_ZONE).format(LOCAL_INPUT_FORMAT);
}

/** The UTC instant a Beijing wall-clock input value stands for, or null when it is not a valid time. */
export function fromBeijingInputValue(value: string): Date | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/.test(value)) return null;
  const parsed = dayjs.tz(value, DISPLAY_TIME_ZONE);
  return parsed.isValid() ? parsed.toDate() : null;
}

/**
 * Whether a minute-precision input is after `now`. The input cannot show seconds, so the current
 * minute itself is never "in the future".
 */
export function isAfterNow(instant: Date, now: Date): boolean {
  return instant.getTime() > now.getTime();
}
