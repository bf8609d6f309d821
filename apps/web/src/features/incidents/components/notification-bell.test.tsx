import { ApolloLink } from '@apollo/client';
import { isSubscriptionOperation } from '@apollo/client/utilities';
import { act, screen, waitFor } from '@testing-library/react';
import { Observable, Subject } from 'rxjs';
import { renderWithProviders } from '../../../shared/testing/render-with-providers';
import { NotificationBell } from './notification-bell';

const notification = (id: string, title: string, readAt: string | null) => ({
  __typename: 'Notification',
  id,
  kind: 'DISCLOSURE_RECEIVED',
  caseId: 'case-1',
  title,
  body: '请立即处理',
  urgent: false,
  createdAt: '2026-03-02T02:00:00.000Z',
  readAt,
  facts: null as null | Record<string, unknown>,
});

/** A notification with its facts, as written since issue 14: the bell words it in the reader's language. */
const worded = (id: string, school: string, isChildInDanger: boolean, createdAt: string) => ({
  ...notification(id, `${school}：stored title`, null),
  urgent: isChildInDanger,
  createdAt,
  facts: {
    __typename: 'NotificationFacts',
    institutionName: school,
    category: 'SEXUAL_ASSAULT',
    deadlineKind: 'HEAD_NOTIFICATION',
    dueAt: '2026-03-02T02:12:00.000Z',
    hazardItemZh: null,
    hazardItemEn: null,
    hazardId: null,
    isChildInDanger,
  },
});

function answer(items: ReturnType<typeof notification>[]) {
  return {
    data: {
      myNotifications: {
        __typename: 'NotificationConnection',
        unreadCount: items.filter((item) => !item.readAt).length,
        urgentUnread: items.filter((item) => item.urgent && !item.readAt),
        edges: items.map((node) => ({ __typename: 'NotificationEdge', cursor: node.id, node })),
      },
    },
  };
}

function staticLink(answers: ReturnType<typeof answer>[]) {
  let queries = 0;
  return new ApolloLink((operation) =>
    isSubscriptionOperation(operation.query)
      ? new Observable<ApolloLink.Result>(() => undefined)
      : new Observable((observer) => {
          observer.next(answers[Math.min(queries, answers.length - 1)]);
          queries += 1;
          observer.complete();
        }),
  );
}

describe('notification bell (issue 14: live without polling)', () => {
  it('REP-2: a change signal refetches the notifications and announces the new one in a toast', async () => {
    const signals = new Subject<ApolloLink.Result>();
    const answers = [
      answer([notification('n-1', '旧通知', '2026-03-02T02:05:00.000Z')]),
      answer([
        notification('n-2', '谢家湾小学有新的学生报告', null),
        notification('n-1', '旧通知', '2026-03-02T02:05:00.000Z'),
      ]),
    ];
    let queries = 0;
    const link = new ApolloLink((operation) =>
      isSubscriptionOperation(operation.query)
        ? new Observable<ApolloLink.Result>((observer) => void signals.subscribe(observer))
        : new Observable((observer) => {
            observer.next(answers[Math.min(queries, answers.length - 1)]);
            queries += 1;
            observer.complete();
          }),
    );
    renderWithProviders(<NotificationBell />, { link });
    await waitFor(() => expect(screen.getByTestId('notifications-button').dataset.unread).toBe('0'), {
      timeout: 5000,
    });
    expect(screen.queryByTestId('notification-toast')).toBeNull();

    act(() =>
      signals.next({
        data: { myNotificationsChanged: { __typename: 'LiveSignal', at: '2026-03-02T02:10:00.000Z' } },
      }),
    );
    await waitFor(() => expect(screen.getByTestId('notifications-button').dataset.unread).toBe('1'), {
      timeout: 5000,
    });
    expect(queries).toBe(2);
    expect(screen.getByTestId('notification-toast').textContent).toContain(
      '新通知：谢家湾小学有新的学生报告',
    );
  });

  it('REP-6: a child in danger — the badge turns red, the urgent one is listed first and marked 紧急', async () => {
    const link = staticLink([
      answer([
        worded('n-3', '谢家湾小学', false, '2026-03-02T02:03:00.000Z'),
        worded('n-2', '龙湖小学', true, '2026-03-02T02:02:00.000Z'),
      ]),
    ]);
    renderWithProviders(<NotificationBell />, { link });
    const button = await screen.findByTestId('notifications-button');
    await waitFor(() => expect(button.dataset.urgent).toBe('1'), { timeout: 5000 });
    expect(button.getAttribute('aria-label')).toBe('通知（2 条未读，其中 1 条紧急）');
    expect(button.querySelector('.MuiBadge-colorError')).not.toBeNull();
    act(() => button.click());
    const items = await screen.findAllByTestId('notification-item');
    expect(items.map((item) => item.dataset.urgent)).toEqual(['true', 'false']);
    expect(items[0].textContent).toContain('紧急');
    // Worded from its facts (not the stored title), with the deadline as local time as of when it was written.
    expect(items[0].textContent).toContain('龙湖小学：收到一起性侵学生报告');
    expect(items[0].textContent).toContain('须在 10:12 前告知学校负责人，还剩 10 分钟。');
    expect(items[1].textContent).not.toContain('紧急');
  });

  it('without an urgent one the badge only counts; an old notification shows its stored words', async () => {
    const link = staticLink([answer([notification('n-1', '【校护】旧通知 / Old', null)])]);
    renderWithProviders(<NotificationBell />, { link });
    const button = await screen.findByTestId('notifications-button');
    await waitFor(() => expect(button.dataset.unread).toBe('1'), { timeout: 5000 });
    expect(button.dataset.urgent).toBe('0');
    expect(button.querySelector('.MuiBadge-colorError')).toBeNull();
    act(() => button.click());
    expect((await screen.findByTestId('notification-item')).textContent).toContain('【校护】旧通知 / Old');
    expect(screen.queryByTestId('notification-urgent')).toBeNull();
  });

  it('REP-6: an urgent arrival is announced as 紧急 in a red toast', async () => {
    const signals = new Subject<ApolloLink.Result>();
    const answers = [answer([]), answer([worded('n-9', '龙湖小学', true, '2026-03-02T02:02:00.000Z')])];
    let queries = 0;
    const link = new ApolloLink((operation) =>
      isSubscriptionOperation(operation.query)
        ? new Observable<ApolloLink.Result>((observer) => void signals.subscribe(observer))
        : new Observable((observer) => {
            observer.next(answers[Math.min(queries, answers.length - 1)]);
            queries += 1;
            observer.complete();
          }),
    );
    renderWithProviders(<NotificationBell />, { link });
    await waitFor(() => expect(screen.getByTestId('notifications-button').dataset.unread).toBe('0'), {
      timeout: 5000,
    });
    act(() =>
      signals.next({
        data: { myNotificationsChanged: { __typename: 'LiveSignal', at: '2026-03-02T02:10:00.000Z' } },
      }),
    );
    const toast = await screen.findByTestId('notification-toast', {}, { timeout: 5000 });
    expect(toast.dataset.urgent).toBe('true');
    expect(toast.textContent).toContain('紧急：龙湖小学：收到一起性侵学生报告');
  });
});
