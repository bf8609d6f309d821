import { screen } from '@testing-library/react';
import { buildRecordingLink, renderWithProviders } from '../../../shared/testing/render-with-providers';
import { OutboxPage } from './outbox.page';

jest.mock('../../auth/components/require-permission', () => ({
  RequirePermission: ({ children }: { children: React.ReactNode }) => children,
}));

const page = (edges: unknown[]) => ({
  data: {
    mailOutbox: {
      __typename: 'OutboxMailConnection',
      pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
      edges,
    },
  },
});

describe('mail outbox page', () => {
  it('shows delivery status per mail: recipient, kind, status, times', async () => {
    const { link } = buildRecordingLink(() =>
      page([
        {
          __typename: 'OutboxMailEdge',
          cursor: 'c1',
          node: {
            __typename: 'OutboxMail',
            id: 'm1',
            recipientUsername: 'safety',
            recipientDisplayName: '安稳办 杨科员',
            to: 'safety@jlp-edu.example',
            kind: 'CONFLICT_OF_INTEREST',
            status: 'FAILING',
            createdAt: '2026-05-01T02:00:00.000Z',
            sentAt: null,
            lastFailedAt: '2026-05-01T02:01:00.000Z',
            failedAttempts: 2,
          },
        },
      ]),
    );
    renderWithProviders(<OutboxPage />, { link });
    const row = await screen.findByTestId('outbox-row');
    expect(row.textContent).toContain('安稳办 杨科员 (safety)');
    expect(row.textContent).toContain('利害关系报送');
    expect(row.textContent).toContain('发送失败，重试中');
    expect(row.textContent).toContain('失败 2 次');
  });

  it('has an empty state', async () => {
    const { link } = buildRecordingLink(() => page([]));
    renderWithProviders(<OutboxPage />, { link });
    expect(await screen.findByText('还没有邮件')).toBeTruthy();
  });
});
