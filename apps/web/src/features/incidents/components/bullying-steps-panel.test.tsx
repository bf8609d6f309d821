import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { BullyingStepsFieldsFragment } from '../../../gql/graphql';
import { buildRecordingLink, renderWithProviders } from '../../../shared/testing/render-with-providers';
import { BullyingStepsPanel } from './bullying-steps-panel';

const REQUIRED = '此项为必填项';
const STEPS = ['INVESTIGATION', 'FINDING', 'MEASURES', 'FOLLOW_UP_TALKS'] as const;

function steps(done: number, canRecord = true): BullyingStepsFieldsFragment {
  return {
    __typename: 'BullyingSteps',
    caseId: 'case-1',
    nextStep: STEPS[done] ?? null,
    viewerCan: { __typename: 'BullyingStepsViewerCan', recordStep: canRecord },
    steps: STEPS.map((step, index) => ({
      __typename: 'BullyingStepView',
      step,
      status: index < done ? 'DONE' : index === 1 ? 'OVERDUE' : 'DUE',
      dueAt: '2026-03-12T01:00:00.000Z',
      completedAt: index < done ? '2026-03-03T01:00:00.000Z' : null,
      isLate: false,
      note: index < done ? '已调查核实' : null,
      recordedBy: index < done ? '李校长' : null,
    })),
  };
}

function renderPanel(answers: { current: BullyingStepsFieldsFragment | null }) {
  const { link, operations } = buildRecordingLink((operation) =>
    operation.operationName === 'RecordBullyingStep'
      ? { data: { recordBullyingStep: steps(2) } }
      : { data: { case: { __typename: 'Case', id: 'case-1', bullyingSteps: answers.current } } },
  );
  renderWithProviders(<BullyingStepsPanel caseId="case-1" />, { link });
  return operations;
}

describe('the bullying steps panel (PRV-10)', () => {
  it('PRV-10: the steps show their status and the head records the next one with what was done', async () => {
    const answers = { current: steps(1) as BullyingStepsFieldsFragment | null };
    const operations = renderPanel(answers);
    const panel = await screen.findByTestId('case-bullying');
    expect(within(screen.getByTestId('bullying-step-INVESTIGATION')).getByText('已完成')).toBeTruthy();
    expect(within(screen.getByTestId('bullying-step-FINDING')).getByText('已逾期')).toBeTruthy();
    expect(within(panel).getByText('已调查核实')).toBeTruthy();
    fireEvent.change(screen.getByTestId('bullying-note'), {
      target: { value: '认定为欺凌，已告知双方家长' },
    });
    answers.current = steps(2);
    fireEvent.click(screen.getByRole('button', { name: '登记“认定结论”' }));
    await waitFor(() => expect(screen.getByText('已登记。')).toBeTruthy());
    const sent = operations.find((o) => o.operationName === 'RecordBullyingStep')!;
    expect(sent.variables.input).toMatchObject({
      caseId: 'case-1',
      step: 'FINDING',
      note: '认定为欺凌，已告知双方家长',
    });
  });

  it('PRV-10: an empty note is refused in the form, nothing is sent', async () => {
    const operations = renderPanel({ current: steps(0) });
    fireEvent.click(await screen.findByRole('button', { name: '登记“调查核实”' }));
    expect(await screen.findByText(REQUIRED)).toBeTruthy();
    expect(operations.some((o) => o.operationName === 'RecordBullyingStep')).toBe(false);
  });

  it('REP-7: a viewer who may not record sees the steps without the form; other cases show no panel', async () => {
    renderPanel({ current: steps(1, false) });
    await screen.findByTestId('case-bullying');
    expect(screen.queryByTestId('bullying-step-form')).toBeNull();
  });

  it('PRV-10: a case without bullying steps (another category, or outside the need-to-know group) shows nothing', async () => {
    const operations = renderPanel({ current: null });
    await waitFor(() => expect(operations.length).toBe(1));
    expect(screen.queryByTestId('case-bullying')).toBeNull();
  });
});
