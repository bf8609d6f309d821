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

  it('REP-3, VET-9: readings agree with Intl second by second around a change of offset, and on ordinary days', () => {
    const intl = (instant: Date, timeZone: string) => {
      const parts = new Intl.DateTimeFormat('en-US', {
        timeZone,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
      }).formatToParts(instant);
      const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
      return {
        year: get('year'),
        month: get('month'),
        day: get('day'),
        hour: get('hour'),
        minute: get('minute'),
        second: get('second'),
      };
    };
    // New York leaves daylight saving time at 06:00 UTC on 2 Nov 2025; every 7 minutes of that day and
    // the next, then Shanghai across 60 days at odd instants (milliseconds are dropped).
    const instants: [string, number][] = [
      ...Array.from({ length: 420 }, (_, i): [string, number] => [
        'America/New_York',
        Date.UTC(2025, 10, 2) + i * 7 * 60_000,
      ]),
      ...Array.from({ length: 60 }, (_, i): [string, number] => [
        TZ,
        Date.UTC(2025, 0, 31) + i * 86_399_999 + 123,
      ]),
      ['America/New_York', Date.UTC(2025, 10, 2, 5, 59, 59, 999)],
      ['America/New_York', Date.UTC(2025, 10, 2, 6, 0, 0)],
    ];
    for (const [timeZone, ms] of instants)
      expect(toZoned(new Date(ms), timeZone)).toEqual(intl(new Date(ms), timeZone));
    expect(
      fromZoned({ year: 2025, month: 11, day: 2, hour: 12, minute: 0, second: 0 }, 'America/New_York'),
    ).toEqual(new Date('2025-11-02T17:00:00Z'));
  });

  it('VET-9: the per-day memory of offsets stays bounded over decades of dates and stays right', () => {
    // More days than the memory holds: it starts over and still answers as Intl does.
    for (let day = 0; day < 10_050; day++) toZoned(new Date(Date.UTC(1990, 0, 1) + day * 86_400_000), TZ);
    expect(formatInZone(new Date('2020-06-30T16:00:00Z'), TZ)).toBe('2020-07-01 00:00:00');
  });

  it('REP-3: invalid instants are recognised', () => {
    expect(isValidInstant(new Date('x'))).toBe(false);
    expect(isValidInstant(new Date(0))).toBe(true);
  });
});
