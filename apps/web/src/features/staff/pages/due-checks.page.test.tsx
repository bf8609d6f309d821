import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { paths, routePatterns } from '../../../app/paths';
import {
  buildRecordingLink,
  buildViewer,
  renderWithProviders,
} from '../../../shared/testing/render-with-providers';
import { ViewerProvider } from '../../auth/hooks/use-viewer';
import { DueChecksPage } from './due-checks.page';

const INSTITUTION = '0b5f4c9e-2d7a-4b1e-9c3f-8a6d5e4f3a21';
const leader = buildViewer({
  role: 'LEADER',
  institution: null,
  permissions: ['VIEW_STAFF'],
  home: 'DASHBOARD',
});

function renderPage(route: string) {
  const recording = buildRecordingLink((operation) =>
    operation.operationName === 'DueChecks'
      ? {
          data: {
            dueChecks: {
              __typename: 'DueCheckList',
              totalCount: 0,
              overdueCount: 0,
              pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
              items: [],
            },
          },
        }
      : { data: null },
  );
  renderWithProviders(
    <ViewerProvider viewer={leader}>
      <Routes>
        <Route path={routePatterns.staffDue} element={<DueChecksPage />} />
      </Routes>
    </ViewerProvider>,
    { link: recording.link, route },
  );
  return recording.operations;
}

describe('DueChecksPage (到期核查与约谈)', () => {
  it('VET-9, VET-10: the dashboard’s link narrows the list by institution kind, street and institution', async () => {
    const operations = renderPage(
      paths.staffDue({
        kind: 'RECHECK',
        institutionKind: 'KINDERGARTEN',
        street: '杨家坪街道',
        institution: INSTITUTION,
        overdue: '1',
      }),
    );
    await screen.findByText('没有到期事项');
    expect(operations[0].variables.filter).toEqual({
      kind: 'RECHECK',
      institutionKind: 'KINDERGARTEN',
      street: '杨家坪街道',
      institutionId: INSTITUTION,
      isOverdue: true,
    });
    const filters = screen.getByRole('group', { name: '筛选条件' });
    expect(within(filters).getByLabelText('镇街')).toHaveProperty('value', '杨家坪街道');
    // The one-institution filter comes from a link and can be removed; the others stay.
    fireEvent.click(within(screen.getByTestId('due-institution-filter')).getByTestId('CancelIcon'));
    await waitFor(() =>
      expect(operations.at(-1)!.variables.filter).toEqual({
        kind: 'RECHECK',
        institutionKind: 'KINDERGARTEN',
        street: '杨家坪街道',
        isOverdue: true,
      }),
    );
  });
});
