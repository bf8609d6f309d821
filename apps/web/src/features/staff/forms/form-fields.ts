import dayjs from 'dayjs';
import { z } from 'zod';
import { DISPLAY_TIME_ZONE, startOfDayInstant } from '../../../shared/lib/dates';
import type { MessageKey } from '../../../i18n/i18n';

// Zod messages are i18n keys, translated where they are shown.
export const key = (messageKey: MessageKey) => messageKey;

/** Today's calendar date in Shanghai (YYYY-MM-DD), the default of every date field. */
export function todayInShanghai(now: Date = new Date()): string {
  return dayjs(now).tz(DISPLAY_TIME_ZONE).format('YYYY-MM-DD');
}

export function isCalendarDate(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && dayjs(value, 'YYYY-MM-DD').format('YYYY-MM-DD') === value;
}

/** A required date, not after `today` (work recorded as done cannot be in the future). */
export const pastDate = (today: string) =>
  z
    .string()
    .min(1, key('staff.validation.required'))
    .refine(isCalendarDate, key('staff.validation.date'))
    .refine((value) => value <= today, key('staff.validation.dateInFuture'));

export const requiredText = (max: number) =>
  z.string().trim().min(1, key('staff.validation.required')).max(max, key('staff.validation.tooLong'));

/** A calendar day as the API's instant: its start in Shanghai. */
export const dayToInstant = (day: string) => startOfDayInstant(day);
