import dayjs from 'dayjs';
import { DISPLAY_TIME_ZONE } from '../../../shared/lib/dates';

/** An instant's calendar day in the district (YYYY-MM-DD). */
export const dayOf = (iso: string) => dayjs(iso).tz(DISPLAY_TIME_ZONE).format('YYYY-MM-DD');

/** The last day of a term that ends before `iso` (the day before, in the district). */
export const lastDayBefore = (iso: string) =>
  dayjs(iso).tz(DISPLAY_TIME_ZONE).subtract(1, 'day').format('YYYY-MM-DD');

/** Today in the district. */
export const today = () => dayjs().tz(DISPLAY_TIME_ZONE).format('YYYY-MM-DD');
