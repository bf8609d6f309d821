import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { paths, routePatterns } from '../../../app/paths';
import {
  buildRecordingLink,
  buildViewer,
  renderWithProviders,
} from '../../../shared/testing/render-with-providers';
import { ViewerProvider } from '../../auth/hooks/use-viewer';
import { HazardsPage } from './hazards.page';

const INSTITUTION = '0b5f4c9e-2d7a-4b1e-9c3f-8a6d5e4f3a21';
const leader = buildViewer({ role: 'LEADER', institution: null, permissions: ['VIEW_HAZARDS'] });
const head = buildViewer({ role: 'HEAD', permissions: ['VIEW_HAZARDS'] });

function renderPage(route: string, viewer = leader) {
  const recording = buildRecordingLink((operation) =>
    operation.operationName === 'Hazards'
      ? { data: { hazards: { __typename: 'HazardList', totalCount: 0, items: [] } } }
      : { data: null },
  );
  renderWithProviders(
    <ViewerProvider viewer={viewer}>
      <Routes>
        <Route path={routePatterns.hazards} element={<HazardsPage />} />
      </Routes>
    </ViewerProvider>,
    { link: recording.link, route },
  );
  return recording.operations;
}

describe('HazardsPage: the dashboard’s filters (PRV-1)', () => {
  it('PRV-1: the dashboard’s link narrows the list by section, kind, street and institution; the export carries them', async () => {
    const operations = renderPage(
      paths.hazards({
        section: 'BASIC',
        institutionKind: 'PRIMARY',
        street: '谢家湾街道',
        institution: INSTITUTION,
        status: 'OVERDUE',
      }),
    );
    await screen.findByText('没有符合条件的隐患。');
    expect(operations[0].variables).toEqual({
      filter: {
        statuses: ['OVERDUE'],
        institutionId: INSTITUTION,
        campaignId: null,
        section: 'BASIC',
        institutionKind: 'PRIMARY',
        street: '谢家湾街道',
        rectifiedFrom: null,
        rectifiedBefore: null,
      },
      first: 20,
      offset: 0,
    });
    const filters = screen.getByRole('group', { name: '筛选条件' });
    expect(within(filters).getByLabelText('镇街')).toHaveProperty('value', '谢家湾街道');
    // A new street applies on Enter; removing the institution asks again without it.
    fireEvent.change(within(filters).getByLabelText('镇街'), { target: { value: '杨家坪街道' } });
    fireEvent.keyDown(within(filters).getByLabelText('镇街'), { key: 'Enter' });
    await waitFor(() => expect(operations.at(-1)!.variables.filter.street).toBe('杨家坪街道'));
    fireEvent.click(within(screen.getByTestId('hazards-institution-filter')).getByTestId('CancelIcon'));
    await waitFor(() =>
      expect(operations.at(-1)!.variables.filter).toEqual({
        statuses: ['OVERDUE'],
        institutionId: null,
        campaignId: null,
        section: 'BASIC',
        institutionKind: 'PRIMARY',
        street: '杨家坪街道',
        rectifiedFrom: null,
        rectifiedBefore: null,
      }),
    );
  });

  it('PRV-1: a head sees her own hazards without the district’s filters', async () => {
    const operations = renderPage(paths.hazards(), head);
    await screen.findByText('没有符合条件的隐患。');
    expect(screen.queryByRole('group', { name: '筛选条件' })).toBeNull();
    expect(screen.queryByLabelText('镇街')).toBeNull();
    expect(operations[0].variables.filter).toMatchObject({
      section: null,
      institutionKind: null,
      street: null,
    });
  });
});
