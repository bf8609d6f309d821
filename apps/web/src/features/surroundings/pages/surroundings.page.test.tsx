import { screen } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { paths, routePatterns } from '../../../app/paths';
import { ViewerProvider } from '../../auth/hooks/use-viewer';
import {
  buildRecordingLink,
  buildViewer,
  renderWithProviders,
} from '../../../shared/testing/render-with-providers';
import { buildRiskSubject } from '../testing/risk-subject-factories';
import { filterFromParams, SurroundingsPage } from './surroundings.page';

function renderList(viewerCanRecord: boolean, route = paths.surroundings()) {
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
    <ViewerProvider viewer={buildViewer({ permissions: ['VIEW_SURROUNDINGS'] })}>
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
    });
  });

  it('PRV-3: unknown filter values are ignored', () => {
    expect(filterFromParams(new URLSearchParams('type=PLANET&state=MAYBE'))).toEqual({
      institutionId: null,
      subjectType: null,
      isOpen: null,
    });
    expect(filterFromParams(new URLSearchParams('state=OPEN')).isOpen).toBe(true);
  });
});
