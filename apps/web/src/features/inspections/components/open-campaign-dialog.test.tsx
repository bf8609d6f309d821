import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import {
  buildRecordingLink,
  buildViewer,
  renderWithProviders,
} from '../../../shared/testing/render-with-providers';
import { ViewerProvider } from '../../auth/hooks/use-viewer';
import { OpenCampaignDialog } from './open-campaign-dialog';

const TEMPLATE = {
  __typename: 'InspectionTemplate',
  id: 'template-1',
  nameZh: '校园安全排查表',
  nameEn: 'Checklist',
};
const SCHOOL = { __typename: 'Institution', id: 'school-1', name: '九龙坡区谢家湾小学', kind: 'PRIMARY' };

function renderDialog() {
  const { link, operations } = buildRecordingLink((operation) => {
    if (operation.operationName === 'InspectionTemplates')
      return { data: { inspectionTemplates: [TEMPLATE] } };
    if (operation.operationName === 'Institutions')
      return {
        data: {
          institutions: {
            __typename: 'InstitutionConnection',
            totalCount: 1,
            edges: [{ __typename: 'InstitutionEdge', cursor: 'c1', node: SCHOOL }],
            pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
          },
        },
      };
    return { data: null };
  });
  renderWithProviders(
    <ViewerProvider viewer={buildViewer({ role: 'SECTION_MEMBER', permissions: ['VIEW_INSPECTIONS'] })}>
      <OpenCampaignDialog open onClose={() => undefined} />
    </ViewerProvider>,
    { link },
  );
  return operations;
}

describe('opening a campaign (PRV-1)', () => {
  it('PRV-1: a campaign may cover a list of chosen institutions; it cannot be opened with an empty list', async () => {
    const operations = renderDialog();
    fireEvent.change(screen.getByTestId('campaign-name'), { target: { value: '开学安全大检查' } });
    fireEvent.change(screen.getByTestId('campaign-from'), { target: { value: '2026-09-01' } });
    fireEvent.change(screen.getByTestId('campaign-to'), { target: { value: '2026-09-30' } });
    fireEvent.mouseDown(screen.getByLabelText('覆盖范围'));
    fireEvent.click(within(await screen.findByRole('listbox')).getByText('指定单位'));
    const submit = screen.getByTestId('campaign-submit') as HTMLButtonElement;
    expect(submit.disabled).toBe(true);

    const picker = within(screen.getByTestId('campaign-institutions-picker')).getByRole('combobox');
    fireEvent.mouseDown(picker);
    fireEvent.click(await screen.findByText(SCHOOL.name));
    await waitFor(() => expect(submit.disabled).toBe(false));
    fireEvent.click(submit);
    await waitFor(() =>
      expect(operations.some((o) => o.operationName === 'OpenInspectionCampaign')).toBe(true),
    );
    expect(operations.find((o) => o.operationName === 'OpenInspectionCampaign')!.variables).toMatchObject({
      input: {
        name: '开学安全大检查',
        templateId: 'template-1',
        institutionIds: ['school-1'],
        kinds: null,
        section: null,
      },
    });
  });
});
