import { fireEvent, screen, waitFor } from '@testing-library/react';
import { buildRecordingLink, renderWithProviders } from '../../../shared/testing/render-with-providers';
import { CloseCaseForm } from './close-case-form';

function renderForm(respond: Parameters<typeof buildRecordingLink>[0]) {
  const { link, operations } = buildRecordingLink(respond);
  renderWithProviders(<CloseCaseForm caseId="case-1" />, { link });
  return { closeCalls: () => operations.filter((operation) => operation.operationName === 'CloseCase') };
}

const refusal = {
  data: {
    closeCase: {
      __typename: 'TransitionRefusedError',
      code: 'TRANSITION_REFUSED',
      message: 'Private settlement',
      refusal: 'PRIVATE_SETTLEMENT_FORBIDDEN',
      ruleId: 'REP-4',
      breachRecorded: 'PRIVATE_SETTLEMENT',
    },
  },
};

describe('close case form', () => {
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

  it('REP-4: warns about a private settlement and shows the refusal and the breach recorded', async () => {
    const { closeCalls } = renderForm(() => refusal);
    fireEvent.click(screen.getByLabelText('双方私下调解'));
    expect(screen.getByTestId('close-private-settlement-warning').textContent).toContain(
      '私下调解不能代替报案',
    );
    fireEvent.click(screen.getByRole('button', { name: '结案…' }));
    fireEvent.click(await screen.findByRole('button', { name: '确认结案' }));
    expect((await screen.findByTestId('close-case-error')).textContent).toContain('已记录为“私下调解”违规');
    expect(closeCalls()[0].variables).toEqual({
      input: { caseId: 'case-1', reason: 'PRIVATE_SETTLEMENT', note: null },
    });
  });
});
