import { DEFAULT_POLICY } from '../policy/policy';
import { formatInZone } from '../shared/zoned-time';
import {
  MAX_CUSTOM_PERIOD_DAYS,
  monthsOf,
  parseCalendarDate,
  periodRange,
  schoolYearRange,
  termRange,
} from './periods.rules';
import type { PeriodRange } from './oversight.types';

const zone = DEFAULT_POLICY.timeZone;
// 2026-11-15 10:00 in Shanghai.
const now = new Date('2026-11-15T02:00:00Z');
const shown = (r: { ok: true; value: PeriodRange } | { ok: false }) => {
  if (!r.ok) throw new Error('refused');
  return [formatInZone(r.value.start, zone), formatInZone(r.value.end, zone)];
};

describe('periodRange (the dashboard’s period picker)', () => {
  it('ACC-1: this month runs from the 1st, 00:00 in Shanghai, to the next month’s 1st', () => {
    expect(shown(periodRange('MONTH', now, DEFAULT_POLICY))).toEqual([
      '2026-11-01 00:00:00',
      '2026-12-01 00:00:00',
    ]);
    // 2026-12-31 20:00 UTC is already 1 January in Shanghai.
    expect(shown(periodRange('MONTH', new Date('2026-12-31T20:00:00Z'), DEFAULT_POLICY))).toEqual([
      '2027-01-01 00:00:00',
      '2027-02-01 00:00:00',
    ]);
  });

  it('ACC-1: the school year starts on the 1st of the policy’s month', () => {
    expect(shown(periodRange('SCHOOL_YEAR', now, DEFAULT_POLICY))).toEqual([
      '2026-09-01 00:00:00',
      '2027-09-01 00:00:00',
    ]);
    expect(shown(periodRange('SCHOOL_YEAR', new Date('2027-03-10T02:00:00Z'), DEFAULT_POLICY))).toEqual([
      '2026-09-01 00:00:00',
      '2027-09-01 00:00:00',
    ]);
    const february = { ...DEFAULT_POLICY, schoolYearStartMonth: 2 };
    expect(shown(periodRange('SCHOOL_YEAR', now, february))).toEqual([
      '2026-02-01 00:00:00',
      '2027-02-01 00:00:00',
    ]);
  });

  it('ACC-1: a school year has two terms of six months: autumn and spring', () => {
    expect(shown(periodRange('TERM', now, DEFAULT_POLICY))).toEqual([
      '2026-09-01 00:00:00',
      '2027-03-01 00:00:00',
    ]);
    expect(shown(periodRange('TERM', new Date('2027-03-01T00:00:00Z'), DEFAULT_POLICY))).toEqual([
      '2027-03-01 00:00:00',
      '2027-09-01 00:00:00',
    ]);
    // 2027-02-28 23:00 in Shanghai is still the autumn term.
    expect(shown(periodRange('TERM', new Date('2027-02-28T15:00:00Z'), DEFAULT_POLICY))).toEqual([
      '2026-09-01 00:00:00',
      '2027-03-01 00:00:00',
    ]);
  });

  it('ACC-1: a custom period holds whole days, its last day included', () => {
    const custom = { from: { year: 2026, month: 2, day: 3 }, to: { year: 2026, month: 2, day: 28 } };
    expect(shown(periodRange('CUSTOM', now, DEFAULT_POLICY, custom))).toEqual([
      '2026-02-03 00:00:00',
      '2026-03-01 00:00:00',
    ]);
    const oneDay = { from: { year: 2026, month: 12, day: 31 }, to: { year: 2026, month: 12, day: 31 } };
    expect(shown(periodRange('CUSTOM', now, DEFAULT_POLICY, oneDay))).toEqual([
      '2026-12-31 00:00:00',
      '2027-01-01 00:00:00',
    ]);
  });

  it('ACC-1: a custom period without valid dates, ending before it starts or too long is refused', () => {
    const day = (year: number, month: number, d: number) => ({ year, month, day: d });
    const refused = [
      periodRange('CUSTOM', now, DEFAULT_POLICY),
      periodRange('CUSTOM', now, DEFAULT_POLICY, { from: day(2026, 2, 30), to: day(2026, 3, 1) }),
      periodRange('CUSTOM', now, DEFAULT_POLICY, { from: day(2026, 3, 1), to: day(2026, 13, 1) }),
      periodRange('CUSTOM', now, DEFAULT_POLICY, { from: day(2026, 3, 2), to: day(2026, 3, 1) }),
      periodRange('CUSTOM', now, DEFAULT_POLICY, { from: day(2020, 1, 1), to: day(2026, 3, 1) }),
      periodRange('CUSTOM', now, DEFAULT_POLICY, { from: day(1999, 1, 1), to: day(2000, 3, 1) }),
      periodRange('CUSTOM', now, DEFAULT_POLICY, { from: day(2026, 0, 1), to: day(2026, 3, 1) }),
      periodRange('CUSTOM', now, DEFAULT_POLICY, { from: day(2101, 1, 1), to: day(2101, 3, 1) }),
      periodRange('CUSTOM', now, DEFAULT_POLICY, { from: day(2026, 1, 0), to: day(2026, 3, 1) }),
      periodRange('CUSTOM', now, DEFAULT_POLICY, { from: day(2026.5, 1, 1), to: day(2026, 3, 1) }),
      periodRange('CUSTOM', now, DEFAULT_POLICY, { from: day(2026, 1.5, 1), to: day(2026, 3, 1) }),
      periodRange('CUSTOM', now, DEFAULT_POLICY, { from: day(2026, 1, 1.5), to: day(2026, 3, 1) }),
    ];
    expect(MAX_CUSTOM_PERIOD_DAYS).toBeGreaterThan(365);
    for (const r of refused)
      expect(r).toMatchObject({ ok: false, error: { code: 'INVALID_PERIOD', ruleId: 'ACC-1' } });
  });
});

describe('parseCalendarDate and monthsOf', () => {
  it('ACC-1: reads the URL’s YYYY-MM-DD and refuses anything else', () => {
    expect(parseCalendarDate('2026-02-28')).toEqual({ year: 2026, month: 2, day: 28 });
    expect(parseCalendarDate('2026-02-29')).toBeNull();
    expect(parseCalendarDate('26-2-1')).toBeNull();
  });

  it('ACC-1: names the calendar months a period touches, in Shanghai', () => {
    const year = periodRange('SCHOOL_YEAR', now, DEFAULT_POLICY);
    if (!year.ok) throw new Error('refused');
    const months = monthsOf(year.value, zone);
    expect(months).toHaveLength(12);
    expect(months[0]).toBe('2026-09');
    expect(months[11]).toBe('2027-08');
  });
});

describe('schoolYearRange and termRange', () => {
  const both = (r: PeriodRange) => [formatInZone(r.start, zone), formatInZone(r.end, zone)];
  it('ACC-1, PRV-5, PRV-7: the school year and the term holding now, the same as the picker’s', () => {
    // 2027-03-01 00:30 in Shanghai is the first day of the second term.
    const spring = new Date('2027-02-28T16:30:00Z');
    expect(both(schoolYearRange(spring, DEFAULT_POLICY))).toEqual([
      '2026-09-01 00:00:00',
      '2027-09-01 00:00:00',
    ]);
    expect(both(termRange(spring, DEFAULT_POLICY))).toEqual(['2027-03-01 00:00:00', '2027-09-01 00:00:00']);
    expect(both(termRange(now, DEFAULT_POLICY))).toEqual(shown(periodRange('TERM', now, DEFAULT_POLICY)));
  });
});
