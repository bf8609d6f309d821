import { DEFAULT_POLICY } from '../policy/policy';
import {
  addCalendarMonths,
  daysInMonth,
  formatInZone,
  fromZoned,
  isValidInstant,
  toZoned,
} from './zoned-time';

const TZ = DEFAULT_POLICY.timeZone;

describe('zoned time', () => {
  it('REP-3: wall-clock readings are in Asia/Shanghai (UTC+8) whatever the server zone', () => {
    const instant = new Date('2025-01-31T16:30:00Z');
    expect(toZoned(instant, TZ)).toEqual({ year: 2025, month: 2, day: 1, hour: 0, minute: 30, second: 0 });
    expect(fromZoned({ year: 2025, month: 2, day: 1, hour: 0, minute: 30, second: 0 }, TZ)).toEqual(instant);
    expect(formatInZone(instant, 'UTC')).toBe('2025-01-31 16:30:00');
  });

  it('VET-9: adding months clamps to the month end, keeps milliseconds and handles leap years and negative months', () => {
    const jan31 = new Date('2024-01-31T02:00:00.250+08:00');
    expect(addCalendarMonths(jan31, 1, TZ).toISOString()).toBe('2024-02-28T18:00:00.250Z');
    expect(formatInZone(addCalendarMonths(jan31, 1, TZ), TZ)).toBe('2024-02-29 02:00:00');
    expect(formatInZone(addCalendarMonths(jan31, -2, TZ), TZ)).toBe('2023-11-30 02:00:00');
    expect(formatInZone(addCalendarMonths(jan31, 12, TZ), TZ)).toBe('2025-01-31 02:00:00');
    expect(daysInMonth(2100, 2)).toBe(28);
  });

  it('VET-10: a zone with daylight saving time is handled by the same code', () => {
    // 31 Oct 2025 09:00 in New York (EDT, UTC-4) plus one month: 30 Nov 09:00 EST (UTC-5).
    const start = new Date('2025-10-31T13:00:00Z');
    expect(addCalendarMonths(start, 1, 'America/New_York').toISOString()).toBe('2025-11-30T14:00:00.000Z');
  });

  it('REP-3: invalid instants are recognised', () => {
    expect(isValidInstant(new Date('x'))).toBe(false);
    expect(isValidInstant(new Date(0))).toBe(true);
  });
});
