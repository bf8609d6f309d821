import { TEXT_LIMITS } from '@xiaohu/domain';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { buildRecordingLink, renderWithProviders } from '../../../shared/testing/render-with-providers';
import { buildClosingReasons, buildClosingReasonsAfterPoliceReport } from '../testing/build-case';
import { CloseCaseForm } from './close-case-form';

function renderForm(
  respond: Parameters<typeof buildRecordingLink>[0],
  reasons = buildClosingReasonsAfterPoliceReport(),
) {
  const { link, operations } = buildRecordingLink(respond);
  renderWithProviders(<CloseCaseForm caseId="case-1" reasons={reasons} />, { link });
  return { closeCalls: () => operations.filter((operation) => operation.operationName === 'CloseCase') };
}

const refusal = {
  data: {
    closeCase: {
      __typename: 'TransitionRefusedError',
      code: 'TRANSITION_REFUSED',
      message: 'A police report is required',
      refusal: 'POLICE_REPORT_REQUIRED',
      ruleId: 'REP-4',
      breachRecorded: 'OMISSION',
    },
  },
};

const offeredReasons = () =>
  Array.from(
    screen.getByTestId('close-reason').querySelectorAll<HTMLInputElement>('input[type="radio"]'),
    (input) => input.value,
  );

describe('close case form', () => {
  it('REP-4: the close form offers exactly the allowed reasons', () => {
    renderForm(() => ({ data: null }), buildClosingReasons());
    expect(offeredReasons()).toEqual(['DUPLICATE']);
    expect(screen.queryByLabelText('已依法处理完毕')).toBeNull();
    expect(screen.queryByLabelText('双方私下调解')).toBeNull();
  });

  it('REP-4: explains each refused reason with the rule that refuses it', () => {
    renderForm(() => ({ data: null }), buildClosingReasons());
    const refused = screen.getAllByTestId('close-refused-reason');
    expect(refused.map((item) => item.getAttribute('data-reason'))).toEqual([
      'RESOLVED',
      'UNFOUNDED',
      'PRIVATE_SETTLEMENT',
    ]);
    expect(refused[0].textContent).toBe('已依法处理完毕：须先报案（REP-4）');
    expect(refused[2].textContent).toContain('私下调解不能代替报告');
  });

  it('REP-4: after the police report every reason but a private settlement is offered', () => {
    renderForm(() => ({ data: null }));
    expect(offeredReasons()).toEqual(['RESOLVED', 'UNFOUNDED', 'DUPLICATE']);
    expect(screen.getAllByTestId('close-refused-reason')).toHaveLength(1);
  });

  it('REP-4: with no allowed reason there is nothing to choose and nothing to send', () => {
    const none = buildClosingReasons().map((option) => ({
      ...option,
      isAllowed: false,
      refusal: option.refusal ?? 'INCIDENT_CLOSED',
    }));
    renderForm(() => ({ data: null }), none);
    expect(screen.getByTestId('close-no-reason')).toBeTruthy();
    expect(screen.queryByTestId('close-reason')).toBeNull();
    expect((screen.getByTestId('close-case-submit') as HTMLButtonElement).disabled).toBe(true);
  });

  it('requires a reason', async () => {
    const { closeCalls } = renderForm(() => ({ data: null }));
    fireEvent.click(screen.getByRole('button', { name: '结案…' }));
    expect(await screen.findByText('请选择一项')).toBeTruthy();
    expect(closeCalls()).toHaveLength(0);
  });

  it('asks for confirmation first, and cancelling sends nothing', async () => {
    const { closeCalls } = renderForm(() => ({ data: null }));
    fireEvent.click(screen.getByLabelText('已依法处理完毕'));
    fireEvent.click(screen.getByRole('button', { name: '结案…' }));
    const dialog = await screen.findByRole('dialog');
    expect(dialog.textContent).toContain('确认结案？');
    expect(dialog.textContent).toContain('结案原因：已依法处理完毕');
    fireEvent.click(screen.getByRole('button', { name: '取消' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(closeCalls()).toHaveLength(0);
  });

  it('REP-4: a refusal the server still answers is shown with the breach it recorded', async () => {
    const { closeCalls } = renderForm(() => refusal);
    fireEvent.click(screen.getByLabelText('已依法处理完毕'));
    fireEvent.click(screen.getByRole('button', { name: '结案…' }));
    fireEvent.click(await screen.findByRole('button', { name: '确认结案' }));
    expect((await screen.findByTestId('close-case-error')).textContent).toContain('已记录为“漏报”违规');
    expect(closeCalls()[0].variables).toEqual({
      input: { caseId: 'case-1', reason: 'RESOLVED', note: null },
    });
  });

  it('the note counts its characters and refuses more than TEXT_LIMITS.closingNote', async () => {
    const { closeCalls } = renderForm(() => ({ data: null }));
    expect(screen.getByTestId('close-note-counter').textContent).toBe(`0 / ${TEXT_LIMITS.closingNote}`);
    fireEvent.change(screen.getByTestId('close-note'), {
      target: { value: '字'.repeat(TEXT_LIMITS.closingNote + 1) },
    });
    const counter = await screen.findByText(`${TEXT_LIMITS.closingNote + 1} / ${TEXT_LIMITS.closingNote}`);
    expect(counter.getAttribute('data-too-long')).toBe('true');
    fireEvent.click(screen.getByLabelText('已依法处理完毕'));
    fireEvent.click(screen.getByRole('button', { name: '结案…' }));
    expect(await screen.findByText(`内容过长，最多 ${TEXT_LIMITS.closingNote} 字`)).toBeTruthy();
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(closeCalls()).toHaveLength(0);
  });
});
