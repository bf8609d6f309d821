import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { paths, routePatterns } from '../../../app/paths';
import type { RiskSubjectFilter } from '../../../gql/graphql';
import { ViewerProvider } from '../../auth/hooks/use-viewer';
import {
  buildRecordingLink,
  buildViewer,
  renderWithProviders,
} from '../../../shared/testing/render-with-providers';
import { buildRiskSubject } from '../testing/risk-subject-factories';
import { filterFromParams, SurroundingsPage, surroundingsQuery } from './surroundings.page';

function renderList(
  viewerCanRecord: boolean,
  route = paths.surroundings(),
  viewer = buildViewer({ permissions: ['VIEW_SURROUNDINGS'] }),
) {
  const subject = buildRiskSubject();
  const recording = buildRecordingLink((operation) =>
    operation.operationName === 'RiskSubjects'
      ? {
          data: {
            riskSubjects: {
              __typename: 'RiskSubjectConnection',
              totalCount: 1,
              viewerCanRecord,
              pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: 'c1' },
              edges: [{ __typename: 'RiskSubjectEdge', cursor: 'c1', node: { ...subject, person: null } }],
            },
          },
        }
      : { data: null },
  );
  renderWithProviders(
    <ViewerProvider viewer={viewer}>
      <Routes>
        <Route path={routePatterns.surroundings} element={<SurroundingsPage />} />
      </Routes>
    </ViewerProvider>,
    { link: recording.link, route },
  );
  return recording;
}

describe('surroundings list', () => {
  it('PRV-3: rows and cards show the type and status, never an identity; 登记 only when the server allows', async () => {
    renderList(true);
    const cards = await screen.findByTestId('risk-subject-cards');
    expect(cards.textContent).toContain('有偏执行为或极端情绪人员');
    expect(cards.textContent).toContain('已报告');
    expect(cards.textContent).toContain('已报镇街 2026-03-02');
    expect(screen.getByTestId('risk-subject-table').textContent).toContain('九龙坡区谢家湾小学');
    expect(document.body.textContent).not.toContain('司马常顺');
    expect(screen.getByTestId('record-risk')).toBeTruthy();
  });

  it('PRV-3: no 登记 for a viewer the server does not let record (an inspector)', async () => {
    renderList(false);
    await screen.findByTestId('risk-subject-cards');
    expect(screen.queryByTestId('record-risk')).toBeNull();
  });

  it('PRV-3: the URL’s filters reach the query', async () => {
    const recording = renderList(
      false,
      paths.surroundings({ type: 'RISK_PERSON', state: 'CLOSED', institution: 'inst-9' }),
    );
    await screen.findByTestId('risk-subject-cards');
    expect(recording.operations[0].variables.filter).toEqual({
      institutionId: 'inst-9',
      subjectType: 'RISK_PERSON',
      isOpen: false,
      section: null,
      institutionKind: null,
      street: null,
    });
  });

  it('PRV-3: the dashboard’s section, kind and street reach the query and the export; a new street applies on Enter', async () => {
    const recording = renderList(
      false,
      paths.surroundings({
        section: 'BASIC',
        institutionKind: 'PRIMARY',
        street: '谢家湾街道',
        state: 'OPEN',
      }),
      buildViewer({ role: 'LEADER', institution: null, permissions: ['VIEW_SURROUNDINGS'] }),
    );
    await screen.findByTestId('risk-subject-cards');
    const filter: RiskSubjectFilter = {
      institutionId: null,
      subjectType: null,
      isOpen: true,
      section: 'BASIC',
      institutionKind: 'PRIMARY',
      street: '谢家湾街道',
    };
    const asked = () => recording.operations.filter((o) => o.operationName === 'RiskSubjects');
    expect(asked()[0]!.variables.filter).toEqual(filter);
    expect(paths.surroundingsExport(surroundingsQuery(filter))).toBe(
      '/api/surroundings/export?state=OPEN&section=BASIC&institutionKind=PRIMARY&street=%E8%B0%A2%E5%AE%B6%E6%B9%BE%E8%A1%97%E9%81%93',
    );
    expect(screen.getByTestId('surroundings-export').textContent).toBe('导出 Excel');
    const filters = screen.getByRole('group', { name: '筛选条件' });
    fireEvent.change(within(filters).getByLabelText('镇街'), { target: { value: '杨家坪街道' } });
    fireEvent.keyDown(within(filters).getByLabelText('镇街'), { key: 'Enter' });
    await waitFor(() =>
      expect(asked().at(-1)!.variables.filter).toEqual({ ...filter, street: '杨家坪街道' }),
    );
  });

  it('PRV-3: a head sees her own institution’s list without the district’s filters', async () => {
    renderList(true);
    await screen.findByTestId('risk-subject-cards');
    expect(screen.queryByRole('group', { name: '筛选条件' })).toBeNull();
    expect(screen.getByTestId('surroundings-export')).toBeTruthy();
  });

  it('PRV-3: unknown filter values are ignored', () => {
    expect(
      filterFromParams(
        new URLSearchParams('type=PLANET&state=MAYBE&section=SAFETY&institutionKind=ZOO&street=%20'),
      ),
    ).toEqual({
      institutionId: null,
      subjectType: null,
      isOpen: null,
      section: null,
      institutionKind: null,
      street: null,
    });
    expect(filterFromParams(new URLSearchParams('state=OPEN')).isOpen).toBe(true);
  });
});
