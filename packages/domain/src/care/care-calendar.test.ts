import { formatInZone } from '../shared/zoned-time';
import { addCalendarDays } from './care-calendar';
import { at, zone } from './care.testing';

describe('addCalendarDays', () => {
  it('PRV-6: counts calendar days in the district’s zone, across month and year ends, keeping the time', () => {
    expect(formatInZone(addCalendarDays(at('2026-09-01 08:30'), 60, zone), zone)).toBe('2026-10-31 08:30:00');
    expect(formatInZone(addCalendarDays(at('2026-12-20 23:30'), 15, zone), zone)).toBe('2027-01-04 23:30:00');
    expect(formatInZone(addCalendarDays(at('2026-03-01 00:00'), -1, zone), zone)).toBe('2026-02-28 00:00:00');
  });

  it('PRV-6: keeps milliseconds and runs in a zone with daylight saving', () => {
    const instant = new Date('2026-03-07T12:00:00.250Z');
    // New York moves its clocks on 8 March 2026: the next day at the same wall time is 23 hours later.
    const next = addCalendarDays(instant, 1, 'America/New_York');
    expect(next.getTime() - instant.getTime()).toBe(23 * 3_600_000);
    expect(next.getUTCMilliseconds()).toBe(250);
  });
});
