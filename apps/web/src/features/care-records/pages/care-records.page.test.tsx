import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import {
  buildRecordingLink,
  buildViewer,
  renderWithProviders,
} from '../../../shared/testing/render-with-providers';
import { ViewerProvider } from '../../auth/hooks/use-viewer';
import { buildCareRecords } from '../testing/care-records-factories';
import { CareRecordsPage } from './care-records.page';

// A mutation's operation is named like its field: RecordCounselling answers recordCounselling.
const fieldOf = (operationName = '') => operationName.charAt(0).toLowerCase() + operationName.slice(1);

function renderPage(
  canRecord: boolean,
  route = '/care-records',
  answer: (name?: string) => object = () => ({ __typename: 'LegalVicePrincipal', id: 'lvp-2' }),
) {
  const { link, operations } = buildRecordingLink((operation) =>
    operation.operationName === 'CareRecords'
      ? { data: { careRecords: buildCareRecords(canRecord) } }
      : { data: { [fieldOf(operation.operationName)]: answer(operation.operationName) } },
  );
  renderWithProviders(
    <ViewerProvider viewer={buildViewer({ role: 'HEAD', permissions: ['VIEW_CARE_RECORDS'] })}>
      <CareRecordsPage />
    </ViewerProvider>,
    { link, route },
  );
  return operations;
}

describe('the care-records page (PRV-5 to PRV-7, PRV-10)', () => {
  it('PRV-5: the legal section shows the server’s status, the gap and the appointments', async () => {
    renderPage(true);
    expect((await screen.findByTestId('lvp-status')).textContent).toBe('聘期已满');
    expect(screen.getByText(/缺少在任的法治副校长/)).toBeTruthy();
    expect(screen.getByTestId('lvp-card').textContent).toContain('2023-03-01 至 2026-01-31');
    expect(screen.getByTestId('lvp-add')).toBeTruthy();
  });

  it('PRV-5: a reader sees the records without the buttons viewerCan withholds', async () => {
    renderPage(false, '/care-records?section=counselling');
    expect(await screen.findByTestId('counselling-gap')).toBeTruthy();
    expect(screen.queryByTestId('counselling-edit')).toBeNull();
  });

  it('PRV-6, PRV-7: ?section= opens the courses and the teaching plan with the overdue intake and the short class', async () => {
    renderPage(true, '/care-records?section=courses');
    expect((await screen.findByTestId('course-status')).textContent).toBe('已逾期未授课');
    expect(screen.getByText(/未授课班级：2026级\(1\)班、2026级\(2\)班/)).toBeTruthy();
    fireEvent.click(screen.getByTestId('care-tab-teaching-plan'));
    const short = await screen.findAllByTestId('plan-short');
    expect(short).toHaveLength(1);
    expect(within(screen.getAllByTestId('plan-class')[1]).getByText('2026级(2)班')).toBeTruthy();
  });

  it('PRV-5: recording an appointment sends the form and shows a refusal in words', async () => {
    const operations = renderPage(true, '/care-records', () => ({
      __typename: 'ValidationError',
      field: 'termEnd',
    }));
    fireEvent.click(await screen.findByTestId('lvp-add'));
    fireEvent.change(screen.getByTestId('lvp-name'), { target: { value: '王建军' } });
    fireEvent.change(screen.getByTestId('lvp-organisation'), { target: { value: '九龙坡区人民法院' } });
    fireEvent.change(screen.getByTestId('lvp-term-start'), { target: { value: '2026-03-01' } });
    fireEvent.change(screen.getByTestId('lvp-term-end'), { target: { value: '2026-02-01' } });
    await act(async () => {
      fireEvent.click(screen.getByTestId('lvp-form-save'));
    });
    await waitFor(() =>
      expect(screen.getByTestId('lvp-form-refusal').textContent).toBe('请检查填写内容：聘期结束（含当日）'),
    );
    const sent = operations.find((o) => o.operationName === 'RecordLegalVicePrincipal');
    expect(sent?.variables.input).toMatchObject({
      institutionId: 'inst-1',
      name: '王建军',
      unit: 'POLICE',
      termStart: '2026-03-01',
      termEnd: '2026-02-01',
      phone: null,
    });
  });

  it('PRV-10: the documents link to their audited download; the missing pair is pointed out', async () => {
    renderPage(true, '/care-records?section=bullying');
    expect(await screen.findByTestId('bullying-missing')).toBeTruthy();
    const link = within(screen.getByTestId('bullying-card')).getByText('下载');
    expect(link.getAttribute('href')).toBe('/api/care-records/bullying-documents/doc-1');
  });
});
