import { fireEvent, screen, within } from '@testing-library/react';
import { buildRecordingLink, renderWithProviders } from '../../../shared/testing/render-with-providers';
import { WebhooksPage } from './webhooks.page';

jest.mock('../../auth/components/require-permission', () => ({
  RequirePermission: ({ children }: { children: React.ReactNode }) => children,
}));

const CLIENT_ID = '6f1c1a52-0000-4000-8000-000000000001';

const SUBSCRIPTION = {
  __typename: 'WebhookSubscription',
  id: 's1',
  clientId: CLIENT_ID,
  url: 'https://platform.example.cn/hooks',
  eventTypes: ['case.recorded', 'case.closed'],
  createdAt: '2026-12-01T02:00:00.000Z',
  unsubscribedAt: null,
  pendingCount: 1,
  failedCount: 0,
  viewerCan: { __typename: 'WebhookSubscriptionViewerCan', unsubscribe: true },
};

const delivery = (id: string, status: string, replay: boolean, attempt: Record<string, unknown> | null) => ({
  __typename: 'WebhookDeliveryEdge',
  cursor: id,
  node: {
    __typename: 'WebhookDelivery',
    id,
    eventType: 'case.recorded',
    status,
    attemptCount: attempt ? 1 : 0,
    createdAt: '2026-12-01T02:00:00.000Z',
    deliveredAt: null,
    attempts: attempt
      ? [
          {
            __typename: 'WebhookDeliveryAttempt',
            attemptedAt: '2026-12-01T02:00:01.000Z',
            isReplay: false,
            ...attempt,
          },
        ]
      : [],
    viewerCan: { __typename: 'WebhookDeliveryViewerCan', replay },
  },
});

function respond(operationName: string | undefined) {
  switch (operationName) {
    case 'WebhookSubscriptions':
      return { data: { webhookSubscriptions: [SUBSCRIPTION] } };
    case 'WebhookDeliveries':
      return {
        data: {
          webhookDeliveries: {
            __typename: 'WebhookDeliveryConnection',
            pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
            edges: [
              delivery('d1', 'DELIVERED', true, { httpStatus: 204, responseMs: 35, error: null }),
              delivery('d2', 'PENDING', false, { httpStatus: 500, responseMs: 120, error: 'HTTP 500' }),
            ],
          },
        },
      };
    case 'WebhookClientChoices':
      return {
        data: {
          apiClients: [
            { __typename: 'ApiClient', id: CLIENT_ID, name: '区智慧校园平台', status: 'ACTIVE' },
            { __typename: 'ApiClient', id: 'c2', name: '旧平台', status: 'REVOKED' },
          ],
        },
      };
    case 'ReplayWebhookDelivery':
      return {
        data: { replayWebhookDelivery: { __typename: 'WebhookDelivery', id: 'd1', status: 'DELIVERED' } },
      };
    case 'SubscribeWebhook':
      return {
        data: {
          subscribeWebhook: {
            __typename: 'ValidationError',
            field: 'url',
            message: 'url: must be https (须使用 https 地址)',
          },
        },
      };
    default:
      return new Error(`unexpected ${operationName}`);
  }
}

describe('webhooks page', () => {
  it('lists subscriptions with their events in Chinese, and deliveries with status, attempts and time', async () => {
    const { link } = buildRecordingLink((operation) => respond(operation.operationName));
    renderWithProviders(<WebhooksPage />, { link });
    const row = await screen.findByTestId('webhook-subscription-row');
    expect(row.textContent).toContain('https://platform.example.cn/hooks');
    expect(row.textContent).toContain('案件已登记、案件已办结');
    expect(row.textContent).toContain('订阅中');
    fireEvent.click(within(row).getByTestId('webhook-show-deliveries'));
    const rows = await screen.findAllByTestId('webhook-delivery-row');
    expect(rows[0].textContent).toContain('已送达');
    expect(rows[0].textContent).toContain('HTTP 204，35 毫秒');
    expect(rows[1].textContent).toContain('投递中');
    expect(rows[1].textContent).toContain('HTTP 500，120 毫秒');
    // Replay is offered where the server says so (viewerCan), never decided here.
    expect(within(rows[0]).queryByTestId('webhook-replay')).toBeTruthy();
    expect(within(rows[1]).queryByTestId('webhook-replay')).toBeNull();
  });

  it('replays only after confirmation', async () => {
    const { link, operations } = buildRecordingLink((operation) => respond(operation.operationName));
    renderWithProviders(<WebhooksPage />, { link });
    fireEvent.click(await screen.findByTestId('webhook-show-deliveries'));
    const [first] = await screen.findAllByTestId('webhook-delivery-row');
    fireEvent.click(within(first).getByTestId('webhook-replay'));
    expect(operations.some((o) => o.operationName === 'ReplayWebhookDelivery')).toBe(false);
    fireEvent.click(await screen.findByTestId('webhook-replay-dialog-confirm'));
    expect(await screen.findByText('已安排重新推送')).toBeTruthy();
    expect(operations.find((o) => o.operationName === 'ReplayWebhookDelivery')?.variables).toEqual({
      input: { deliveryId: 'd1' },
    });
  });

  it('the client is chosen from the registered clients, each with its status; the server’s refusal is shown', async () => {
    const { link, operations } = buildRecordingLink((operation) => respond(operation.operationName));
    renderWithProviders(<WebhooksPage />, { link });
    await screen.findByTestId('webhook-subscription-row');
    const form = screen.getByTestId('subscribe-webhook-form');
    fireEvent.mouseDown(within(form).getByRole('combobox', { name: /接口客户端/ }));
    const options = await screen.findAllByTestId('webhook-client-option');
    expect(options.map((o) => o.textContent)).toEqual(['区智慧校园平台（可用）', '旧平台（已吊销）']);
    fireEvent.click(options[0]);
    fireEvent.change(screen.getByTestId('webhook-url'), { target: { value: 'http://platform.example.cn/' } });
    fireEvent.click(screen.getByLabelText('案件已办结'));
    fireEvent.click(screen.getByTestId('subscribe-webhook-submit'));
    expect((await screen.findByTestId('subscribe-webhook-error')).textContent).toContain('须使用 https 地址');
    expect(operations.find((o) => o.operationName === 'SubscribeWebhook')?.variables).toEqual({
      input: { clientId: CLIENT_ID, url: 'http://platform.example.cn/', eventTypes: ['case.closed'] },
    });
  });
});
