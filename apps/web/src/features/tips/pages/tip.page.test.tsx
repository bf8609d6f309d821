import { fireEvent, screen, within } from '@testing-library/react';
import { buildRecordingLink, renderWithProviders } from '../../../shared/testing/render-with-providers';
import { TipThreadPage } from './tip-thread.page';
import { TipPage } from './tip.page';

const SCHOOL = { __typename: 'TipSchool', id: 'school-1', name: '九龙坡区谢家湾小学' };

function renderTipPage(answer: Record<string, unknown>) {
  const recording = buildRecordingLink((operation) => {
    switch (operation.operationName) {
      case 'TipSchools':
        return { data: { tipSchools: [SCHOOL] } };
      case 'TipChallenge':
        return {
          data: { tipChallenge: { __typename: 'TipChallenge', challenge: 'c.1.0.m', difficulty: 0 } },
        };
      case 'SubmitTip':
        return { data: { submitTip: answer } };
      default:
        return { data: null };
    }
  });
  renderWithProviders(<TipPage />, { link: recording.link, route: '/tip' });
  return recording;
}

async function fillAndSend() {
  fireEvent.click(await screen.findByTestId('tip-category-ABUSE'));
  fireEvent.mouseDown(screen.getByTestId('tip-school'));
  fireEvent.click(await screen.findByRole('option', { name: SCHOOL.name }));
  fireEvent.change(screen.getByTestId('tip-description'), { target: { value: '老师打了同学' } });
  fireEvent.click(screen.getByTestId('tip-send'));
}

describe('the public tip page', () => {
  it('REP-9: sends the tip with the solved challenge and shows the code and passphrase once, with the warning', async () => {
    const recording = renderTipPage({
      __typename: 'TipReceipt',
      tipCode: 'ABCD-2345',
      passphrase: 'AAAA-BBBB-CCCC-DDDD',
    });
    await fillAndSend();
    const receipt = await screen.findByTestId('tip-receipt');
    expect(within(receipt).getByTestId('tip-code').textContent).toBe('ABCD-2345');
    expect(within(receipt).getByTestId('tip-passphrase').textContent).toBe('AAAA-BBBB-CCCC-DDDD');
    expect(within(receipt).getByTestId('tip-warning').textContent).toContain('无法找回');
    const sent = recording.operations.find((o) => o.operationName === 'SubmitTip');
    expect(sent?.variables.input).toMatchObject({
      category: 'ABUSE',
      institutionId: 'school-1',
      schoolName: null,
      description: '老师打了同学',
      challenge: 'c.1.0.m',
      nonce: '0',
    });
  });

  it('REP-9: a rate limit is said in plain words and nothing is shown to keep', async () => {
    renderTipPage({
      __typename: 'TipRateLimitedError',
      code: 'TIP_RATE_LIMITED',
      message: 'x',
      retryAfterSeconds: 600,
    });
    await fillAndSend();
    expect((await screen.findByTestId('tip-problem')).textContent).toBe('尝试次数太多，请 10 分钟后再试。');
    expect(screen.queryByTestId('tip-receipt')).toBeNull();
  });

  it('REP-9: without a category, school or description nothing is sent', async () => {
    const recording = renderTipPage({ __typename: 'TipReceipt', tipCode: 'x', passphrase: 'y' });
    fireEvent.click(await screen.findByTestId('tip-send'));
    expect(recording.operations.some((o) => o.operationName === 'SubmitTip')).toBe(false);
  });
});

describe('the reporter’s thread page', () => {
  it('REP-9: opens with the code and passphrase (never in the URL), shows 安稳办’s answer and sends a reply', async () => {
    const thread = (messages: { author: string; body: string }[]) => ({
      __typename: 'TipThread',
      tipCode: 'ABCD-2345',
      status: 'OPEN',
      category: 'ABUSE',
      submittedAt: '2026-03-02T02:00:00.000Z',
      description: '老师打了同学',
      canReply: true,
      messages: messages.map((m) => ({ __typename: 'TipMessage', sentAt: '2026-03-02T03:00:00.000Z', ...m })),
    });
    const recording = buildRecordingLink((operation) =>
      operation.operationName === 'TipThread'
        ? { data: { tipThread: thread([{ author: 'SAFETY', body: '请问是哪个班？' }]) } }
        : {
            data: {
              replyToTip: thread([
                { author: 'SAFETY', body: '请问是哪个班？' },
                { author: 'REPORTER', body: '三年级二班' },
              ]),
            },
          },
    );
    renderWithProviders(<TipThreadPage />, { link: recording.link, route: '/tip/thread' });
    fireEvent.change(screen.getByTestId('thread-code'), { target: { value: 'abcd 2345' } });
    fireEvent.change(screen.getByTestId('thread-passphrase'), { target: { value: 'AAAA-BBBB-CCCC-DDDD' } });
    fireEvent.click(screen.getByTestId('thread-open'));
    expect((await screen.findByTestId('tip-message-SAFETY')).textContent).toContain('请问是哪个班？');
    fireEvent.change(screen.getByTestId('thread-reply'), { target: { value: '三年级二班' } });
    fireEvent.click(screen.getByTestId('thread-send'));
    expect((await screen.findByTestId('tip-message-REPORTER')).textContent).toContain('三年级二班');
    expect(recording.operations.at(-1)?.variables.input).toEqual({
      code: 'abcd 2345',
      passphrase: 'AAAA-BBBB-CCCC-DDDD',
      body: '三年级二班',
    });
  });
});
