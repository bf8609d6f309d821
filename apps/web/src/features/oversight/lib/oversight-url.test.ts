import type { IndicatorDrill } from '../../../gql/graphql';
import {
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
  hazardStatuses: [],
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

  it('REP-3, REP-4: every case figure carries section, kind, street, institution and its own condition', () => {
    const filter = { period: 'MONTH', section: 'BASIC', kind: 'PRIMARY', street: '谢家湾街道' } as const;
    const params = (d: Partial<IndicatorDrill>, isPeriodic: boolean) =>
      Object.fromEntries(
        new URL(
          drillPath(drill(d), { filter, period: MARCH, isPeriodic, institutionId: 'inst-1' })!,
          'http://x',
        ).searchParams,
      );
    const dashboard = { section: 'BASIC', kind: 'PRIMARY', street: '谢家湾街道', institution: 'inst-1' };
    const march = { from: '2026-03-01', to: '2026-03-31' };
    expect(params({ state: 'OPEN' }, false)).toEqual({ ...dashboard, state: 'OPEN' });
    expect(params({ overdue: true }, false)).toEqual({ ...dashboard, overdue: '1' });
    expect(params({ breach: 'ANY' }, true)).toEqual({ ...dashboard, ...march, breach: 'ANY' });
    expect(params({ breach: 'CONCEALMENT' }, true)).toEqual({
      ...dashboard,
      ...march,
      breach: 'CONCEALMENT',
    });
    expect(params({}, true)).toEqual({ ...dashboard, ...march });
  });

  it('VET-9, VET-10: overdue checks link to the due list of their kind with the dashboard’s filters', () => {
    expect(
      drillPath(drill({ list: 'DUE_CHECKS', dueKind: 'RECHECK', overdue: true }), {
        filter: { period: 'MONTH', section: 'PRESCHOOL' },
        period: MARCH,
        isPeriodic: false,
      }),
    ).toBe('/staff/due?kind=RECHECK&section=PRESCHOOL&overdue=1');
    const to = drillPath(drill({ list: 'DUE_CHECKS', dueKind: 'REMINDER_INTERVIEW', overdue: true }), {
      filter: { period: 'TERM', section: 'BASIC', kind: 'SECONDARY', street: '石桥铺街道' },
      period: MARCH,
      isPeriodic: false,
      institutionId: 'inst-2',
    });
    const url = new URL(to!, 'http://x');
    expect(url.pathname).toBe('/staff/due');
    // The due list's `kind` is the check's; the institution's kind travels as institutionKind.
    expect(Object.fromEntries(url.searchParams)).toEqual({
      kind: 'REMINDER_INTERVIEW',
      section: 'BASIC',
      institutionKind: 'SECONDARY',
      street: '石桥铺街道',
      institution: 'inst-2',
      overdue: '1',
    });
  });

  it('PRV-1, PRV-2: campaign completion links to the campaigns, one institution’s rooms to its register', () => {
    const context = {
      filter: { period: 'MONTH' as const },
      period: MARCH,
      isPeriodic: false,
      institutionId: 'inst-4',
    };
    expect(drillPath(drill({ list: 'CAMPAIGNS' }), context)).toBe('/inspections');
    expect(drillPath(drill({ list: 'PLACES' }), context)).toBe('/places?institution=inst-4');
  });

  it('VET-11: open misconduct links to the misconduct list with the dashboard’s filters, never the period', () => {
    const to = drillPath(drill({ list: 'MISCONDUCT' }), {
      filter: { period: 'TERM', section: 'BASIC', kind: 'PRIMARY', street: '谢家湾街道' },
      period: MARCH,
      isPeriodic: false,
      institutionId: 'inst-3',
    });
    const url = new URL(to!, 'http://x');
    expect(url.pathname).toBe('/staff/misconduct');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      section: 'BASIC',
      institutionKind: 'PRIMARY',
      street: '谢家湾街道',
      institution: 'inst-3',
    });
  });

  it('VET-1: coverage links to every overdue check; a figure without a list links nowhere', () => {
    expect(
      drillPath(drill({ list: 'DUE_CHECKS', dueKind: null, overdue: true }), {
        filter: { period: 'MONTH', kind: 'KINDERGARTEN' },
        period: MARCH,
        isPeriodic: false,
      }),
    ).toBe('/staff/due?institutionKind=KINDERGARTEN&overdue=1');
    expect(
      drillPath(drill({ list: 'NONE' }), { filter: { period: 'MONTH' }, period: MARCH, isPeriodic: false }),
    ).toBeNull();
  });

  it('PRV-1: hazard figures link to the hazard list with section, institution kind, street and institution', () => {
    const to = drillPath(drill({ list: 'HAZARDS', hazardStatuses: ['OVERDUE'] }), {
      filter: { period: 'TERM', section: 'BASIC', kind: 'PRIMARY', street: '谢家湾街道' },
      period: MARCH,
      isPeriodic: false,
      institutionId: 'inst-4',
    });
    const url = new URL(to!, 'http://x');
    expect(url.pathname).toBe('/hazards');
    // As on the staff lists, the institution's kind travels as institutionKind.
    expect(Object.fromEntries(url.searchParams)).toEqual({
      section: 'BASIC',
      institutionKind: 'PRIMARY',
      street: '谢家湾街道',
      institution: 'inst-4',
      status: 'OVERDUE',
    });
    expect(
      drillPath(drill({ list: 'HAZARDS', hazardStatuses: ['INCOMPLETE', 'OPEN', 'OVERDUE'] }), {
        filter: { period: 'MONTH', kind: 'KINDERGARTEN' },
        period: MARCH,
        isPeriodic: false,
      }),
    ).toBe('/hazards?institutionKind=KINDERGARTEN&status=INCOMPLETE%2COPEN%2COVERDUE');
    expect(
      drillPath(drill({ list: 'HAZARDS', hazardStatuses: ['RECTIFIED', 'RECTIFIED_LATE'] }), {
        filter: { period: 'MONTH' },
        period: MARCH,
        isPeriodic: true,
      }),
    ).toBe('/hazards?status=RECTIFIED%2CRECTIFIED_LATE&rectifiedFrom=2026-03-01&rectifiedTo=2026-03-31');
  });

  it('PRV-3: open surroundings link to the surroundings list with the dashboard’s filters', () => {
    const to = drillPath(drill({ list: 'SURROUNDINGS', state: 'OPEN' }), {
      filter: { period: 'MONTH', section: 'VOCATIONAL', kind: 'TRAINING_INSTITUTION', street: '杨家坪街道' },
      period: MARCH,
      isPeriodic: false,
      institutionId: 'inst-5',
    });
    const url = new URL(to!, 'http://x');
    expect(url.pathname).toBe('/surroundings');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      section: 'VOCATIONAL',
      institutionKind: 'TRAINING_INSTITUTION',
      street: '杨家坪街道',
      institution: 'inst-5',
      state: 'OPEN',
    });
  });

  it('PRV-2: unmonitored rooms link to the district overview with the dashboard’s filters, or to one register', () => {
    const context = {
      filter: { period: 'MONTH', section: 'VOCATIONAL', kind: 'TRAINING_INSTITUTION', street: '杨家坪街道' },
      period: MARCH,
      isPeriodic: false,
    } as const;
    const url = new URL(drillPath(drill({ list: 'PLACES' }), context)!, 'http://x');
    expect(url.pathname).toBe('/places');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      section: 'VOCATIONAL',
      institutionKind: 'TRAINING_INSTITUTION',
      street: '杨家坪街道',
    });
    expect(drillPath(drill({ list: 'PLACES' }), { ...context, institutionId: 'inst-6' })).toBe(
      '/places?institution=inst-6',
    );
  });

  it('names dates in Shanghai whatever the browser’s zone', () => {
    expect(shanghaiDate('2026-02-28T16:00:00.000Z')).toBe('2026-03-01');
    expect(shanghaiDate('2026-03-31T15:59:59.999Z')).toBe('2026-03-31');
  });
});
