import { ApolloLink } from '@apollo/client';
import { isSubscriptionOperation } from '@apollo/client/utilities';
import { act, screen, waitFor } from '@testing-library/react';
import { Observable, Subject } from 'rxjs';
import { renderWithProviders } from '../../../shared/testing/render-with-providers';
import { NotificationBell } from './notification-bell';

const notification = (id: string, title: string, readAt: string | null) => ({
  __typename: 'Notification',
  id,
  kind: 'NEW_DISCLOSURE',
  caseId: 'case-1',
  title,
  body: '请立即处理',
  createdAt: '2026-03-02T02:00:00.000Z',
  readAt,
});

function answer(items: ReturnType<typeof notification>[]) {
  return {
    data: {
      myNotifications: {
        __typename: 'NotificationConnection',
        unreadCount: items.filter((item) => !item.readAt).length,
        edges: items.map((node) => ({ __typename: 'NotificationEdge', cursor: node.id, node })),
      },
    },
  };
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
});
