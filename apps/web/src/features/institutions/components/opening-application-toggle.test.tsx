import { fireEvent, screen, waitFor } from '@testing-library/react';
import { buildRecordingLink, renderWithProviders } from '../../../shared/testing/render-with-providers';
import { OpeningApplicationToggle } from './opening-application-toggle';

function renderToggle(respond: Parameters<typeof buildRecordingLink>[0], isApplyingToOpen = false) {
  const { link, operations } = buildRecordingLink(respond);
  renderWithProviders(
    <OpeningApplicationToggle
      institutionId="inst-1"
      institutionName="九龙坡区机关幼儿园"
      isApplyingToOpen={isApplyingToOpen}
    />,
    { link },
  );
  return { operations };
}

describe('VET-4: opening application toggle', () => {
  it('asks for confirmation, then sends the state and the note', async () => {
    const { operations } = renderToggle(() => ({
      data: {
        setOpeningApplication: { __typename: 'Institution', id: 'inst-1', isApplyingToOpen: true },
      },
    }));
    fireEvent.click(screen.getByRole('button', { name: '标记为申办中' }));
    expect(screen.getByRole('dialog', { name: '将“九龙坡区机关幼儿园”标记为申办中？' })).toBeTruthy();
    expect(operations).toHaveLength(0);
    fireEvent.change(screen.getByLabelText('备注（选填）'), {
      target: { value: ' 九龙坡教委〔2026〕12号 ' },
    });
    fireEvent.click(screen.getByRole('button', { name: '确认' }));
    expect(await screen.findByText('申办状态已更新。')).toBeTruthy();
    expect(operations[0].variables).toEqual({
      input: { institutionId: 'inst-1', isApplying: true, note: '九龙坡教委〔2026〕12号' },
    });
  });

  it('cancelling sends nothing', () => {
    const { operations } = renderToggle(() => ({ data: null }), true);
    fireEvent.click(screen.getByRole('button', { name: '结束申办' }));
    fireEvent.click(screen.getByRole('button', { name: '取消' }));
    expect(operations).toHaveLength(0);
  });

  it('shows a refusal in Chinese and keeps the dialog open', async () => {
    renderToggle(() => ({
      data: {
        setOpeningApplication: {
          __typename: 'OpeningApplicationForbiddenError',
          code: 'FORBIDDEN',
          message: 'no',
        },
      },
    }));
    fireEvent.click(screen.getByRole('button', { name: '标记为申办中' }));
    fireEvent.click(screen.getByRole('button', { name: '确认' }));
    await waitFor(() =>
      expect(screen.getByTestId('opening-error').textContent).toBe('您无权更改该机构的申办状态。'),
    );
    expect(screen.getByRole('dialog')).toBeTruthy();
  });
});
