import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Divider from '@mui/material/Divider';
import Typography from '@mui/material/Typography';
import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useT } from '../../../i18n/i18n';
import { ConfirmDialog } from '../../../shared/ui/confirm-dialog';
import { EmptyState } from '../../../shared/ui/empty-state';
import { LoadingState } from '../../../shared/ui/loading-state';
import { PageHeader } from '../../../shared/ui/page-header';
import { QueryError } from '../../../shared/ui/query-error';
import { ResponsiveTable } from '../../../shared/ui/responsive-table';
import { RequirePermission } from '../../auth/components/require-permission';
import { SubscribeWebhookForm } from '../components/subscribe-webhook-form';
import { WebhookDeliveries } from '../components/webhook-deliveries';
import { UnsubscribeWebhookMutation, WebhookSubscriptionsQuery } from '../webhooks.graphql';

/** Issue 13: API clients' webhook subscriptions and their deliveries (administrators). */
export function WebhooksPage() {
  const t = useT();
  return (
    <>
      <PageHeader title={t('webhooks.title')} subtitle={t('webhooks.subtitle')} />
      <RequirePermission permission="MANAGE_WEBHOOKS">
        <SubscribeWebhookForm />
        <Divider sx={{ my: 3 }} />
        <Subscriptions />
      </RequirePermission>
    </>
  );
}

function Subscriptions() {
  const t = useT();
  const { data, loading, error, refetch } = useQuery(WebhookSubscriptionsQuery, {
    fetchPolicy: 'cache-and-network',
  });
  const [selected, setSelected] = useState<string | null>(null);
  const [ending, setEnding] = useState<string | null>(null);
  const [unsubscribe, { loading: isEnding }] = useMutation(UnsubscribeWebhookMutation);
  const subscriptions = data?.webhookSubscriptions;

  async function confirmEnd() {
    if (!ending) return;
    await unsubscribe({ variables: { input: { subscriptionId: ending } } });
    setEnding(null);
    void refetch();
  }

  if (error && !subscriptions) return <QueryError error={error} onRetry={() => void refetch()} />;
  if (!subscriptions) return loading ? <LoadingState /> : null;
  return (
    <>
      <Typography variant="h6" component="h2" sx={{ mb: 1 }}>
        {t('webhooks.list.title')}
      </Typography>
      {subscriptions.length === 0 ? (
        <EmptyState title={t('webhooks.empty.title')} body={t('webhooks.empty.body')} />
      ) : (
        <ResponsiveTable
          rows={subscriptions}
          rowKey={(s) => s.id}
          rowProps={() => ({ 'data-testid': 'webhook-subscription-row' })}
          label={t('webhooks.list.title')}
          testId="webhook-subscriptions-table"
          columns={[
            { key: 'url', header: t('webhooks.column.url'), card: 'title', render: (s) => s.url },
            { key: 'client', header: t('webhooks.column.client'), render: (s) => s.clientId },
            {
              key: 'events',
              header: t('webhooks.column.events'),
              render: (s) =>
                s.eventTypes
                  .map((type) => t(`webhooks.event.${type}` as 'webhooks.event.case.recorded'))
                  .join('、'),
            },
            {
              key: 'state',
              header: t('webhooks.column.state'),
              render: (s) => (
                <Chip size="small" label={s.unsubscribedAt ? t('webhooks.ended') : t('webhooks.active')} />
              ),
            },
            {
              key: 'counts',
              header: t('webhooks.column.counts'),
              render: (s) => `${s.pendingCount} / ${s.failedCount}`,
            },
            {
              key: 'actions',
              header: '',
              render: (s) => (
                <>
                  <Button
                    size="small"
                    onClick={() => setSelected(s.id)}
                    data-testid="webhook-show-deliveries"
                  >
                    {t('webhooks.showDeliveries')}
                  </Button>
                  {s.viewerCan.unsubscribe && (
                    <Button
                      size="small"
                      color="warning"
                      onClick={() => setEnding(s.id)}
                      data-testid="webhook-unsubscribe"
                    >
                      {t('webhooks.unsubscribe')}
                    </Button>
                  )}
                </>
              ),
            },
          ]}
        />
      )}
      {selected && <WebhookDeliveries subscriptionId={selected} />}
      <ConfirmDialog
        open={ending !== null}
        title={t('webhooks.unsubscribe.title')}
        body={t('webhooks.unsubscribe.body')}
        busy={isEnding}
        onConfirm={() => void confirmEnd()}
        onCancel={() => setEnding(null)}
        testId="webhook-unsubscribe-dialog"
      />
    </>
  );
}
