import { screen, within } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { paths, routePatterns } from '../../../app/paths';
import type { OversightQuery } from '../../../gql/graphql';
import { buildRecordingLink, renderWithProviders } from '../../../shared/testing/render-with-providers';
import { OversightPage } from './oversight.page';

// ECharts draws on a canvas jsdom does not have: the chart itself is replaced, its options are not tested here.
jest.mock('../components/echart', () => ({
  EChart: ({ label }: { label: string }) => <div role="img" aria-label={label} />,
}));

type Dashboard = OversightQuery['oversight'];
const indicator = (
  id: string,
  value: number | null,
  rag: 'RED' | 'AMBER' | 'GREEN' | 'NONE',
  drill: Partial<Dashboard['indicators'][number]['drill']> = {},
) => ({
  __typename: 'OversightIndicator' as const,
  id,
  ruleIds: ['REP-3'],
  unit: id.startsWith('TIME_TO_POLICE_MEDIAN') ? ('MINUTES' as const) : ('COUNT' as const),
  value,
  rag,
  isPeriodic: id !== 'POLICE_DEADLINE_PASSED',
  drill: {
    __typename: 'IndicatorDrill' as const,
    list: 'CASES' as const,
    state: null,
    breach: null,
    overdue: false,
    dueKind: null,
    hazardStatuses: [],
    ...drill,
  },
});

function buildDashboard(overrides: Partial<Dashboard> = {}): Dashboard {
  return {
    __typename: 'Oversight',
    period: {
      __typename: 'OversightPeriod',
      kind: 'MONTH',
      start: '2026-02-28T16:00:00.000Z',
      end: '2026-03-31T16:00:00.000Z',
    },
    indicators: [
      indicator('POLICE_DEADLINE_PASSED', 2, 'RED', { overdue: true }),
      indicator('BREACHES', 1, 'AMBER', { breach: 'ANY' }),
      indicator('BREACH_LATE_REPORT', 1, 'AMBER', { breach: 'LATE_REPORT' }),
      indicator('TIME_TO_POLICE_MEDIAN', null, 'NONE'),
      {
        ...indicator('VETTING_COVERAGE', 95, 'AMBER', { list: 'DUE_CHECKS', overdue: true }),
        unit: 'PERCENT' as const,
      },
      indicator('OVERDUE_INTERVIEWS', 3, 'AMBER', {
        list: 'DUE_CHECKS',
        dueKind: 'REMINDER_INTERVIEW',
        overdue: true,
      }),
      { ...indicator('OPEN_MISCONDUCT', 1, 'AMBER', { list: 'MISCONDUCT' }), isPeriodic: false },
    ],
    trend: [],
    timeToPolice: [],
    policeDeadlineMinutes: 60,
    breachesBySection: [],
    coverageByKind: [
      {
        __typename: 'KindCoverage',
        kind: 'PRIMARY',
        activeStaff: 20,
        currentStaff: 19,
        coverage: 95,
        rag: 'AMBER',
      },
    ],
    table: {
      __typename: 'OversightTable',
      totalCount: 1,
      rows: [
        {
          __typename: 'OversightInstitutionRow',
          institution: {
            __typename: 'Institution',
            id: 'inst-1',
            name: '九龙坡区谢家湾小学',
            kind: 'PRIMARY',
            street: '谢家湾街道',
          },
          cells: [
            { __typename: 'OversightCell', id: 'POLICE_DEADLINE_PASSED', value: 2, rag: 'RED' },
            { __typename: 'OversightCell', id: 'TIME_TO_POLICE_MEDIAN', value: null, rag: 'NONE' },
          ],
        },
      ],
    },
    ...overrides,
  };
}

function renderPage(dashboard: Dashboard, route = paths.oversight({ section: 'BASIC' })) {
  const recording = buildRecordingLink((operation) =>
    operation.operationName === 'Oversight' ? { data: { oversight: dashboard } } : { data: null },
  );
  renderWithProviders(
    <Routes>
      <Route path={routePatterns.oversight} element={<OversightPage />} />
    </Routes>,
    { link: recording.link, route },
  );
  return recording.operations;
}

describe('OversightPage (监管总览)', () => {
  it('REP-3: every figure links to its list with the dashboard’s filters; red is said, not only shown', async () => {
    const operations = renderPage(buildDashboard());
    const passed = await screen.findByTestId('indicator-POLICE_DEADLINE_PASSED');
    expect(passed.getAttribute('data-rag')).toBe('RED');
    expect(within(passed).getByRole('img', { name: '红' })).toBeTruthy();
    expect(within(passed).getByRole('link').getAttribute('href')).toBe('/cases?section=BASIC&overdue=1');
    const late = screen.getByTestId('figure-BREACH_LATE_REPORT');
    expect(late.getAttribute('href')).toContain('breach=LATE_REPORT');
    expect(late.getAttribute('href')).toContain('from=2026-03-01&to=2026-03-31');
    expect(screen.getByTestId('indicator-TIME_TO_POLICE_MEDIAN').textContent).toContain('暂无数据');
    expect(screen.getByTestId('coverage-PRIMARY').textContent).toContain('小学 95%');
    // VET-1, VET-10: coverage opens every overdue check, interviews their own, with the same section.
    expect(screen.getByTestId('figure-VETTING_COVERAGE').getAttribute('href')).toBe(
      '/staff/due?section=BASIC&overdue=1',
    );
    expect(screen.getByTestId('figure-OVERDUE_INTERVIEWS').getAttribute('href')).toBe(
      '/staff/due?kind=REMINDER_INTERVIEW&section=BASIC&overdue=1',
    );
    // VET-11: open misconduct cases open the misconduct list with the same section.
    expect(screen.getByTestId('figure-OPEN_MISCONDUCT').getAttribute('href')).toBe(
      '/staff/misconduct?section=BASIC',
    );
    expect(operations[0].variables.filter).toMatchObject({ period: 'MONTH', section: 'BASIC' });
  });

  it('ORG-3: each institution row links to its card and its red cell to its late cases', async () => {
    renderPage(buildDashboard());
    const row = await screen.findByTestId('institution-row');
    expect(
      within(row)
        .getByRole('link', { name: /九龙坡区谢家湾小学/ })
        .getAttribute('href'),
    ).toBe(paths.institutionRecord('inst-1'));
    const red = row.querySelector('[data-indicator="POLICE_DEADLINE_PASSED"]')!;
    expect(red.getAttribute('data-rag')).toBe('RED');
    expect(
      within(red as HTMLElement)
        .getByRole('link')
        .getAttribute('href'),
    ).toBe('/cases?institution=inst-1&section=BASIC&overdue=1');
  });

  it('says so when no institution matches the filters', async () => {
    renderPage(buildDashboard({ table: { __typename: 'OversightTable', totalCount: 0, rows: [] } }));
    expect(await screen.findByText('没有符合条件的机构')).toBeTruthy();
    expect(screen.getAllByText('该期间内没有可统计的数据。')).toHaveLength(3);
  });
});
