import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { paths, routePatterns } from '../../../app/paths';
import {
  buildRecordingLink,
  buildViewer,
  renderWithProviders,
} from '../../../shared/testing/render-with-providers';
import { ViewerProvider } from '../../auth/hooks/use-viewer';
import { MisconductCasesPage } from './misconduct-cases.page';

const INSTITUTION = '0b5f4c9e-2d7a-4b1e-9c3f-8a6d5e4f3a21';
const STAFF = '5d1c0b9a-8e7f-4a6b-9c5d-4e3f2a1b0c9d';
const leader = buildViewer({ role: 'LEADER', institution: null, permissions: [], home: 'DASHBOARD' });

const row = (id: string, staffName: string | null) => ({
  __typename: 'MisconductCaseRow',
  id,
  staffId: STAFF,
  staffName,
  institutionId: INSTITUTION,
  institutionName: '九龙坡区谢家湾小学',
  openedAt: '2026-03-02T02:00:00.000Z',
  status: 'OPEN',
  outcomes: [],
  decidedAt: null,
});

function renderPage(route: string, items: ReturnType<typeof row>[], totalCount = items.length) {
  const recording = buildRecordingLink((operation) =>
    operation.operationName === 'MisconductCases'
      ? { data: { misconductCases: { __typename: 'MisconductCaseList', totalCount, items } } }
      : { data: null },
  );
  renderWithProviders(
    <ViewerProvider viewer={leader}>
      <Routes>
        <Route path={routePatterns.staffMisconduct} element={<MisconductCasesPage />} />
      </Routes>
    </ViewerProvider>,
    { link: recording.link, route },
  );
  return recording.operations;
}

describe('MisconductCasesPage (失德违规案件)', () => {
  it('VET-11: the dashboard’s link narrows the list; the status is OPEN unless asked; removing a filter asks again', async () => {
    const operations = renderPage(
      paths.staffMisconduct({
        section: 'BASIC',
        institutionKind: 'PRIMARY',
        street: '谢家湾街道',
        institution: INSTITUTION,
      }),
      [],
    );
    await screen.findByText('没有失德违规案件');
    expect(operations[0].variables).toEqual({
      filter: {
        section: 'BASIC',
        institutionKind: 'PRIMARY',
        street: '谢家湾街道',
        institutionId: INSTITUTION,
        status: 'OPEN',
      },
      first: 50,
      offset: 0,
    });
    const filters = screen.getByRole('group', { name: '筛选条件' });
    expect(within(filters).getByLabelText('镇街')).toHaveProperty('value', '谢家湾街道');
    fireEvent.click(within(screen.getByTestId('misconduct-institution-filter')).getByTestId('CancelIcon'));
    await waitFor(() =>
      expect(operations.at(-1)!.variables.filter).toEqual({
        section: 'BASIC',
        institutionKind: 'PRIMARY',
        street: '谢家湾街道',
        status: 'OPEN',
      }),
    );
  });

  it('VET-11: rows link to the staff member; the count and the next page come from the API', async () => {
    const operations = renderPage(
      paths.staffMisconduct({ status: 'DECIDED' }),
      [row('c1', '张老师'), row('c2', null)],
      120,
    );
    expect((await screen.findByText('共 120 件')).textContent).toBe('共 120 件');
    expect(operations[0].variables.filter).toEqual({ status: 'DECIDED' });
    const rows = screen.getAllByTestId('misconduct-row');
    expect(within(rows[0]!).getByRole('link', { name: '张老师' }).getAttribute('href')).toBe(
      paths.staffMember(STAFF),
    );
    // A name the staff policy withholds is not shown.
    expect(within(rows[1]!).getByRole('link', { name: '（姓名不可见）' }).getAttribute('href')).toBe(
      paths.staffMember(STAFF),
    );
    fireEvent.click(screen.getByRole('button', { name: /下一页/ }));
    await waitFor(() => expect(operations.at(-1)!.variables.offset).toBe(50));
  });
});
