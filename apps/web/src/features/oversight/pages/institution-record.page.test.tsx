import { screen, within } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { paths, routePatterns } from '../../../app/paths';
import type { InstitutionRecordQuery } from '../../../gql/graphql';
import { buildRecordingLink, renderWithProviders } from '../../../shared/testing/render-with-providers';
import { InstitutionRecordPage } from './institution-record.page';

type Record = NonNullable<InstitutionRecordQuery['institutionRecord']>;
const drill = {
  __typename: 'IndicatorDrill' as const,
  list: 'CASES' as const,
  state: null,
  breach: null,
  overdue: true,
  dueKind: null,
  hazardStatuses: [],
};
const record: Record = {
  __typename: 'InstitutionRecord',
  institution: {
    __typename: 'Institution',
    id: 'inst-1',
    name: '九龙坡区谢家湾小学',
    kind: 'PRIMARY',
    street: '谢家湾街道',
    address: '九龙坡区谢家湾街道谢家湾正街 26 号',
  },
  period: {
    __typename: 'OversightPeriod',
    kind: 'SCHOOL_YEAR',
    start: '2025-08-31T16:00:00.000Z',
    end: '2026-08-31T16:00:00.000Z',
  },
  indicators: [
    {
      __typename: 'OversightIndicator',
      id: 'POLICE_DEADLINE_PASSED',
      ruleIds: ['REP-3'],
      unit: 'COUNT',
      value: 1,
      rag: 'RED',
      isPeriodic: false,
      drill,
    },
    {
      __typename: 'OversightIndicator',
      id: 'BREACHES',
      ruleIds: ['REP-4'],
      unit: 'COUNT',
      value: 2,
      rag: 'AMBER',
      isPeriodic: true,
      drill: { ...drill, overdue: false, breach: 'ANY' },
    },
  ],
  months: [
    {
      __typename: 'InstitutionMonth',
      month: '2026-03',
      start: '2026-02-28T16:00:00.000Z',
      end: '2026-03-31T16:00:00.000Z',
      casesRecorded: 3,
      cells: [{ __typename: 'OversightCell', id: 'BREACHES', value: 2, rag: 'AMBER' }],
    },
  ],
};

function renderPage(answer: Record | null) {
  const { link } = buildRecordingLink(() => ({ data: { institutionRecord: answer } }));
  renderWithProviders(
    <Routes>
      <Route path={routePatterns.institutionRecord} element={<InstitutionRecordPage />} />
    </Routes>,
    { link, route: paths.institutionRecord('inst-1') },
  );
}

describe('InstitutionRecordPage (校园保护档案)', () => {
  it('ORG-3, REP-3: the card’s figures and months link to the institution’s cases', async () => {
    renderPage(record);
    expect(await screen.findByRole('heading', { name: '校园保护档案 · 九龙坡区谢家湾小学' })).toBeTruthy();
    expect(screen.getByTestId('figure-POLICE_DEADLINE_PASSED').getAttribute('href')).toBe(
      '/cases?institution=inst-1&overdue=1',
    );
    const months = screen.getByTestId('record-months');
    expect(within(months).getByRole('link', { name: '3' }).getAttribute('href')).toBe(
      '/cases?institution=inst-1&from=2026-03-01&to=2026-03-31',
    );
    expect(within(months).getByRole('link', { name: '2' }).getAttribute('href')).toBe(
      '/cases?institution=inst-1&from=2026-03-01&to=2026-03-31&breach=ANY',
    );
  });

  it('ORG-1: an institution out of reach reads as not found', async () => {
    renderPage(null);
    expect(await screen.findByText('没有找到该机构的档案，或它不在您的范围内。')).toBeTruthy();
  });
});
