import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Typography from '@mui/material/Typography';
import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useT } from '../../../i18n/i18n';
import { useCursorPages } from '../../../shared/hooks/use-cursor-pages';
import { formatDateTime } from '../../../shared/lib/dates';
import { ConfirmDialog } from '../../../shared/ui/confirm-dialog';
import { EmptyState } from '../../../shared/ui/empty-state';
import { PagedConnection } from '../../../shared/ui/paged-connection';
import { ResponsiveTable } from '../../../shared/ui/responsive-table';
import { ReplayWebhookDeliveryMutation, WebhookDeliveriesQuery } from '../webhooks.graphql';

const PAGE_SIZE = 20;
const STATUS_COLOR: Record<string, 'default' | 'success' | 'error'> = {
  PENDING: 'default',
  DELIVERED: 'success',
  FAILED: 'error',
};

/** A subscription's deliveries: status, attempts, the last answer and its time; replay with confirmation. */
export function WebhookDeliveries({ subscriptionId }: { subscriptionId: string }) {
  const t = useT();
  const pages = useCursorPages(`webhook-deliveries-${subscriptionId}`);
  const { data, previousData, loading, error, refetch } = useQuery(WebhookDeliveriesQuery, {
    variables: { subscriptionId, first: PAGE_SIZE, after: pages.after },
    fetchPolicy: 'cache-and-network',
  });
  const [replaying, setReplaying] = useState<string | null>(null);
  const [notice, setNotice] = useState<{ severity: 'success' | 'error'; text: string } | null>(null);
  const [replay, { loading: isReplaying }] = useMutation(ReplayWebhookDeliveryMutation);

  async function confirmReplay() {
    if (!replaying) return;
    const { data: answer } = await replay({ variables: { input: { deliveryId: replaying } } });
    const result = answer?.replayWebhookDelivery;
    setReplaying(null);
    if (result?.__typename === 'WebhookDelivery') {
      setNotice({ severity: 'success', text: t('webhooks.replay.queued') });
      void refetch();
    } else if (result && 'message' in result) {
      setNotice({ severity: 'error', text: t('webhooks.actionFailed', { message: result.message }) });
    }
  }

  return (
    <section data-testid="webhook-deliveries">
      <Typography variant="h6" component="h2" sx={{ mt: 3, mb: 1 }}>
        {t('webhooks.deliveries.title')}
      </Typography>
      {notice && (
        <Alert severity={notice.severity} onClose={() => setNotice(null)} data-testid="webhook-notice">
          {notice.text}
        </Alert>
      )}
      <PagedConnection
        connection={(data ?? previousData)?.webhookDeliveries}
        loading={loading}
        error={error}
        onRetry={() => void refetch()}
        pages={pages}
        empty={
          <EmptyState title={t('webhooks.deliveries.empty')} body={t('webhooks.deliveries.emptyBody')} />
        }
      >
        {(deliveries) => (
          <ResponsiveTable
            rows={deliveries}
            rowKey={(d) => d.id}
            rowProps={() => ({ 'data-testid': 'webhook-delivery-row' })}
            label={t('webhooks.deliveries.title')}
            testId="webhook-deliveries-table"
            columns={[
              {
                key: 'event',
                header: t('webhooks.column.event'),
                card: 'title',
                render: (d) => t(`webhooks.event.${d.eventType}` as 'webhooks.event.case.recorded'),
              },
              {
                key: 'status',
                header: t('webhooks.column.status'),
                render: (d) => (
                  <Chip
                    size="small"
                    color={STATUS_COLOR[d.status] ?? 'default'}
                    label={t(`webhooks.status.${d.status}` as 'webhooks.status.PENDING')}
                  />
                ),
              },
              { key: 'attempts', header: t('webhooks.column.attempts'), render: (d) => d.attemptCount },
              {
                key: 'lastAttempt',
                header: t('webhooks.column.lastAttempt'),
                render: (d) => {
                  const last = d.attempts[0];
                  if (!last) return t('webhooks.noAttempt');
                  return last.httpStatus !== null && last.httpStatus !== undefined && !last.error
                    ? t('webhooks.lastAttempt', { status: last.httpStatus, ms: last.responseMs })
                    : t('webhooks.lastAttemptError', { error: last.error ?? '', ms: last.responseMs });
                },
              },
              {
                key: 'createdAt',
                header: t('webhooks.column.createdAt'),
                render: (d) => formatDateTime(d.createdAt),
              },
              {
                key: 'actions',
                header: '',
                render: (d) =>
                  d.viewerCan.replay ? (
                    <Button size="small" onClick={() => setReplaying(d.id)} data-testid="webhook-replay">
                      {t('webhooks.replay')}
                    </Button>
                  ) : null,
              },
            ]}
          />
        )}
      </PagedConnection>
      <ConfirmDialog
        open={replaying !== null}
        title={t('webhooks.replay.title')}
        body={t('webhooks.replay.body')}
        busy={isReplaying}
        onConfirm={() => void confirmReplay()}
        onCancel={() => setReplaying(null)}
        testId="webhook-replay-dialog"
      />
    </section>
  );
}
