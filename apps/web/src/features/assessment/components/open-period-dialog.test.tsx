import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { ApolloLink } from '@apollo/client';
import { buildRecordingLink, renderWithProviders } from '../../../shared/testing/render-with-providers';
import { OpenPeriodDialog } from './open-period-dialog';

const SCHOOLS = [
  { id: 'i-1', name: '九龙坡区谢家湾小学' },
  { id: 'i-2', name: '九龙坡区机关幼儿园' },
];

type Answer = { __typename: string; id?: string; code?: string; message?: string; field?: string | null };

function renderDialog(answer: Answer = { __typename: 'AssessmentPeriod', id: 'p-1' }) {
  const { link, operations } = buildRecordingLink((operation: ApolloLink.Operation) => {
    if (operation.operationName === 'AssessmentInstitutionOptions') {
      const search = (operation.variables.search as string | null) ?? '';
      const edges = SCHOOLS.filter((s) => s.name.includes(search)).map((node) => ({
        __typename: 'InstitutionEdge',
        node: { __typename: 'Institution', ...node },
      }));
      return { data: { institutions: { __typename: 'InstitutionConnection', edges } } };
    }
    if (operation.operationName === 'OpenAssessmentPeriod') return { data: { openAssessmentPeriod: answer } };
    return { data: null };
  });
  renderWithProviders(<OpenPeriodDialog open onClose={() => undefined} />, { link });
  const sent = () =>
    operations.filter((o) => o.operationName === 'OpenAssessmentPeriod').map((o) => o.variables.input);
  return { operations, sent };
}

const chooseMode = (mode: string) => fireEvent.click(screen.getByTestId(`open-period-mode-${mode}`));
const submit = () => fireEvent.click(screen.getByTestId('open-period-submit'));
async function confirm() {
  const dialog = await screen.findByTestId('open-period-confirm');
  const body = dialog.textContent ?? '';
  fireEvent.click(within(dialog).getByTestId('open-period-confirm-confirm'));
  return body;
}

describe('the dialog that opens an assessment period (ACC-1)', () => {
  it('ACC-1: by default every institution of the current school year, said so before it is confirmed', async () => {
    const { sent } = renderDialog();
    submit();
    expect(await confirm()).toContain('考核期间：当前学年。参评范围：全区所有单位。');
    await waitFor(() =>
      expect(sent()).toEqual([
        { name: null, schoolYear: null, section: null, kinds: null, institutionIds: null },
      ]),
    );
  });

  it('ACC-1, ORG-1: a section must be chosen; then its institutions are covered', async () => {
    const { sent } = renderDialog();
    fireEvent.change(screen.getByTestId('open-period-year'), { target: { value: '2025' } });
    chooseMode('SECTION');
    submit();
    expect(await screen.findByText('请选择一个主管科室。')).toBeTruthy();
    expect(screen.queryByTestId('open-period-confirm')).toBeNull();
    fireEvent.change(screen.getByTestId('open-period-section'), { target: { value: 'BASIC' } });
    submit();
    expect(await confirm()).toContain('考核期间：2025-2026学年。参评范围：基教科主管的全部单位。');
    await waitFor(() =>
      expect(sent()).toEqual([
        { name: null, schoolYear: 2025, section: 'BASIC', kinds: null, institutionIds: null },
      ]),
    );
  });

  it('ACC-1: at least one kind; the kinds chosen are listed and sent, nothing of the other modes', async () => {
    const { sent } = renderDialog();
    chooseMode('SECTION');
    fireEvent.change(screen.getByTestId('open-period-section'), { target: { value: 'PRESCHOOL' } });
    chooseMode('KINDS');
    submit();
    expect(await screen.findByText('请至少选择一个单位类别。')).toBeTruthy();
    fireEvent.click(screen.getByTestId('open-period-kind-KINDERGARTEN'));
    fireEvent.click(screen.getByTestId('open-period-kind-PRIMARY'));
    submit();
    expect(await confirm()).toContain('参评范围：以下类别的全部单位：小学、幼儿园。');
    await waitFor(() =>
      expect(sent()).toEqual([
        {
          name: null,
          schoolYear: null,
          section: null,
          kinds: ['PRIMARY', 'KINDERGARTEN'],
          institutionIds: null,
        },
      ]),
    );
  });

  it('ACC-1: institutions are searched by name and picked; the names are in the summary', async () => {
    const { sent, operations } = renderDialog();
    chooseMode('LIST');
    submit();
    expect(await screen.findByText('请至少选择一个参评单位。')).toBeTruthy();
    const picker = screen.getByTestId('open-period-institutions');
    act(() => picker.focus());
    fireEvent.change(picker, { target: { value: '谢家' } });
    // The server answers the search: only the matching institution is offered.
    await waitFor(() => expect(screen.queryByRole('option', { name: '九龙坡区机关幼儿园' })).toBeNull());
    fireEvent.click(await screen.findByRole('option', { name: '九龙坡区谢家湾小学' }));
    expect(
      operations.some(
        (o) => o.operationName === 'AssessmentInstitutionOptions' && o.variables.search === '谢家',
      ),
    ).toBe(true);
    submit();
    expect(await confirm()).toContain('参评范围：指定的 1 个单位：九龙坡区谢家湾小学。');
    await waitFor(() =>
      expect(sent()).toEqual([
        { name: null, schoolYear: null, section: null, kinds: null, institutionIds: ['i-1'] },
      ]),
    );
  });

  it('ACC-1: a school year outside 2000-2100 is refused in Chinese before anything is sent', async () => {
    const { sent } = renderDialog();
    fireEvent.change(screen.getByTestId('open-period-year'), { target: { value: '25' } });
    submit();
    expect(await screen.findByText('学年应为 2000 至 2100 之间的起始年份，例如 2025。')).toBeTruthy();
    expect(screen.queryByTestId('open-period-confirm')).toBeNull();
    expect(sent()).toEqual([]);
  });

  it('ACC-1: the server’s refusal of a listed institution is said in Chinese', async () => {
    renderDialog({
      __typename: 'ValidationError',
      code: 'VALIDATION_FAILED',
      message: '1 of the 1 listed institutions do not exist',
      field: 'institutionIds',
    });
    submit();
    await confirm();
    expect(await screen.findByText('所选单位中有的已不存在或不在所选范围内，请重新选择。')).toBeTruthy();
  });
});
