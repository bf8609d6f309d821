import { fireEvent, screen, waitFor } from '@testing-library/react';
import type { TipFieldsFragment } from '../../../gql/graphql';
import { buildRecordingLink, renderWithProviders } from '../../../shared/testing/render-with-providers';
import { TipDetail } from './tip-detail.page';

const buildTip = (overrides: Partial<TipFieldsFragment> = {}): TipFieldsFragment =>
  ({
    __typename: 'Tip',
    id: 'tip-1',
    tipCode: 'ABCD-2345',
    category: 'BULLYING_VIOLENCE',
    isConfidential: false,
    school: '九龙坡区谢家湾小学',
    institutionId: 'school-1',
    status: 'OPEN',
    submittedAt: '2026-03-02T02:00:00.000Z',
    lastMessageAt: '2026-03-02T02:00:00.000Z',
    awaiting: 'SAFETY',
    happenedWhen: '上周五',
    description: '有人在校门口要钱',
    contact: null,
    caseId: null,
    ruleIds: ['REP-9', 'REP-8'],
    messages: [],
    viewerCan: { __typename: 'TipViewerCan', answer: true, close: true, convert: true },
    ...overrides,
  }) as TipFieldsFragment;

describe('a tip for 安稳办', () => {
  it('REP-9: shows only the actions the server allows', () => {
    const recording = buildRecordingLink(() => ({ data: null }));
    renderWithProviders(
      <TipDetail
        tip={buildTip({
          status: 'CLOSED',
          viewerCan: { __typename: 'TipViewerCan', answer: false, close: false, convert: false },
        })}
      />,
      { link: recording.link },
    );
    expect(screen.queryByTestId('tip-convert')).toBeNull();
    expect(screen.queryByTestId('tip-close')).toBeNull();
    expect(screen.queryByTestId('tip-answer')).toBeNull();
    expect(screen.getByTestId('tip-description').textContent).toBe('有人在校门口要钱');
  });

  it('REP-9: closing asks for confirmation first, then sends closeTip', async () => {
    const recording = buildRecordingLink((operation) =>
      operation.operationName === 'CloseTip'
        ? {
            data: {
              closeTip: buildTip({
                status: 'CLOSED',
                awaiting: null,
                viewerCan: { __typename: 'TipViewerCan', answer: false, close: false, convert: false },
              }),
            },
          }
        : { data: null },
    );
    renderWithProviders(<TipDetail tip={buildTip()} />, { link: recording.link });
    fireEvent.click(screen.getByTestId('tip-close'));
    expect(recording.operations).toHaveLength(0);
    expect(await screen.findByText('结束后双方都不能再发消息。确定结束这条举报？')).toBeTruthy();
    fireEvent.click(screen.getByTestId('tip-close-confirm-confirm'));
    await waitFor(() => expect(screen.getByTestId('tip-status').textContent).toBe('已结束'));
    expect(recording.operations.map((o) => o.operationName)).toEqual(['CloseTip']);
  });

  it('REP-9: an answer is sent and appears in the conversation', async () => {
    const recording = buildRecordingLink((operation) =>
      operation.operationName === 'AnswerTip'
        ? {
            data: {
              answerTip: buildTip({
                awaiting: 'REPORTER',
                messages: [
                  {
                    __typename: 'TipMessage',
                    author: 'SAFETY',
                    body: '收到',
                    sentAt: '2026-03-02T03:00:00.000Z',
                  },
                ],
              }),
            },
          }
        : { data: null },
    );
    renderWithProviders(<TipDetail tip={buildTip()} />, { link: recording.link });
    fireEvent.change(screen.getByTestId('tip-answer'), { target: { value: '收到' } });
    fireEvent.click(screen.getByTestId('tip-answer-send'));
    expect((await screen.findByTestId('tip-message-SAFETY')).textContent).toContain('收到');
    expect(recording.operations[0].variables).toEqual({ input: { tipId: 'tip-1', body: '收到' } });
  });
});
