import dayjs from 'dayjs';
import { DISPLAY_TIME_ZONE } from '../../../shared/lib/dates';

/** A calendar date in Shanghai; the staff register records days, not times. */
export function formatDate(iso: string): string {
  return dayjs(iso).tz(DISPLAY_TIME_ZONE).format('YYYY-MM-DD');
}
