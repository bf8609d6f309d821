import type { IndicatorDrill } from '../../../gql/graphql';
import {
  casesPath,
  dashboardPath,
  drillPath,
  parseDashboardFilter,
  shanghaiDate,
  toOversightFilter,
} from './oversight-url';

const drill = (overrides: Partial<IndicatorDrill>): IndicatorDrill => ({
  __typename: 'IndicatorDrill',
  list: 'CASES',
  state: null,
  breach: null,
  overdue: false,
  dueKind: null,
  ...overrides,
});
// March 2026 in Shanghai: [2026-02-28T16:00Z, 2026-03-31T16:00Z).
const MARCH = { start: '2026-02-28T16:00:00.000Z', end: '2026-03-31T16:00:00.000Z' };

describe('the dashboard’s URL (contract 4)', () => {
  it('reads period, custom dates, section, kind and street, ignoring unknown values', () => {
    const filter = parseDashboardFilter(
      new URLSearchParams(
        'period=CUSTOM&from=2026-03-01&to=2026-03-31&section=BASIC&kind=PRIMARY&street=谢家湾街道',
      ),
    );
    expect(filter).toEqual({
      period: 'CUSTOM',
      from: '2026-03-01',
      to: '2026-03-31',
      section: 'BASIC',
      kind: 'PRIMARY',
      street: '谢家湾街道',
    });
    expect(parseDashboardFilter(new URLSearchParams('period=DECADE&section=SAFETY&kind=ZOO'))).toEqual({
      period: 'MONTH',
    });
    // A custom period without its two dates falls back to this month.
    expect(parseDashboardFilter(new URLSearchParams('period=CUSTOM&from=2026-03-01')).period).toBe('MONTH');
  });

  it('writes only what is set, and this month as no period at all', () => {
    expect(dashboardPath({ period: 'MONTH' })).toBe('/oversight');
    expect(dashboardPath({ period: 'SCHOOL_YEAR', section: 'PRESCHOOL' })).toBe(
      '/oversight?period=SCHOOL_YEAR&section=PRESCHOOL',
    );
    expect(toOversightFilter({ period: 'TERM', kind: 'KINDERGARTEN' })).toEqual({
      period: 'TERM',
      from: null,
      to: null,
      section: null,
      institutionKind: 'KINDERGARTEN',
      street: null,
    });
  });
});

describe('drill links: every number opens the list behind it with the same filters', () => {
  it('REP-3: a reading now links to the case list without the period', () => {
    const to = drillPath(drill({ overdue: true }), {
      filter: { period: 'MONTH', section: 'BASIC' },
      period: MARCH,
      isPeriodic: false,
    });
    expect(to).toBe('/cases?section=BASIC&overdue=1');
  });

  it('REP-4: a periodic figure carries the period as whole days in Shanghai, the last one included', () => {
    const to = drillPath(drill({ breach: 'LATE_REPORT' }), {
      filter: { period: 'MONTH', street: '杨家坪街道' },
      period: MARCH,
      isPeriodic: true,
      institutionId: 'inst-1',
    });
    const url = new URL(to!, 'http://x');
    expect(url.pathname).toBe('/cases');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      institution: 'inst-1',
      street: '杨家坪街道',
      from: '2026-03-01',
      to: '2026-03-31',
      breach: 'LATE_REPORT',
    });
  });

  it('VET-9, VET-10: overdue checks link to the due list of their kind; misconduct has no list', () => {
    expect(
      drillPath(drill({ list: 'DUE_CHECKS', dueKind: 'RECHECK', overdue: true }), {
        filter: { period: 'MONTH', section: 'PRESCHOOL' },
        period: MARCH,
        isPeriodic: false,
      }),
    ).toBe('/staff/due?kind=RECHECK&section=PRESCHOOL&overdue=1');
    expect(
      drillPath(drill({ list: 'STAFF' }), { filter: { period: 'MONTH' }, period: MARCH, isPeriodic: false }),
    ).toBe('/staff');
    expect(
      drillPath(drill({ list: 'NONE' }), { filter: { period: 'MONTH' }, period: MARCH, isPeriodic: false }),
    ).toBeNull();
  });

  it('names dates in Shanghai whatever the browser’s zone', () => {
    expect(shanghaiDate('2026-02-28T16:00:00.000Z')).toBe('2026-03-01');
    expect(casesPath({})).toBe('/cases');
    expect(casesPath({ state: 'OPEN' })).toBe('/cases?state=OPEN');
  });
});
