import Chip from '@mui/material/Chip';
import { useQuery } from '@apollo/client/react';
import type { MailDeliveryStatus } from '../../../gql/graphql';
import { useT } from '../../../i18n/i18n';
import { useCursorPages } from '../../../shared/hooks/use-cursor-pages';
import { formatDateTime } from '../../../shared/lib/dates';
import { EmptyState } from '../../../shared/ui/empty-state';
import { PagedConnection } from '../../../shared/ui/paged-connection';
import { PageHeader } from '../../../shared/ui/page-header';
import { ResponsiveTable } from '../../../shared/ui/responsive-table';
import { RequirePermission } from '../../auth/components/require-permission';
import { MailOutboxQuery } from '../outbox.graphql';

const PAGE_SIZE = 20;
const STATUS_COLOR: Record<MailDeliveryStatus, 'default' | 'success' | 'error'> = {
  WAITING: 'default',
  SENT: 'success',
  FAILING: 'error',
};

/** The mail outbox as administrators see it: delivery status only, never what an alert says. */
export function OutboxPage() {
  const t = useT();
  return (
    <>
      <PageHeader title={t('outbox.title')} subtitle={t('outbox.subtitle')} />
      <RequirePermission permission="VIEW_MAIL_OUTBOX">
        <OutboxList />
      </RequirePermission>
    </>
  );
}

function OutboxList() {
  const t = useT();
  const pages = useCursorPages('outbox');
  const { data, previousData, loading, error, refetch } = useQuery(MailOutboxQuery, {
    variables: { first: PAGE_SIZE, after: pages.after },
    fetchPolicy: 'cache-and-network',
  });
  const time = (iso: string | null | undefined) => (iso ? formatDateTime(iso) : '—');
  return (
    <PagedConnection
      connection={(data ?? previousData)?.mailOutbox}
      loading={loading}
      error={error}
      onRetry={() => void refetch()}
      pages={pages}
      empty={<EmptyState title={t('outbox.empty.title')} body={t('outbox.empty.body')} />}
    >
      {(mails) => (
        <ResponsiveTable
          rows={mails}
          rowKey={(mail) => mail.id}
          rowProps={() => ({ 'data-testid': 'outbox-row' })}
          label={t('outbox.title')}
          testId="outbox-table"
          columns={[
            {
              key: 'recipient',
              header: t('outbox.column.recipient'),
              card: 'title',
              render: (mail) => (
                <>
                  {mail.recipientDisplayName ?? t('outbox.unknownRecipient')}
                  {mail.recipientUsername ? ` (${mail.recipientUsername})` : ''}
                  <br />
                  {mail.to}
                </>
              ),
            },
            {
              key: 'kind',
              header: t('outbox.column.kind'),
              render: (mail) => (mail.kind ? t(`outbox.kind.${mail.kind}`) : '—'),
            },
            {
              key: 'status',
              header: t('outbox.column.status'),
              render: (mail) => (
                <>
                  <Chip
                    size="small"
                    color={STATUS_COLOR[mail.status]}
                    label={t(`outbox.status.${mail.status}`)}
                    data-testid="outbox-status"
                  />
                  {mail.failedAttempts > 0 ? ` ${t('outbox.attempts', { count: mail.failedAttempts })}` : ''}
                </>
              ),
            },
            {
              key: 'createdAt',
              header: t('outbox.column.createdAt'),
              render: (mail) => time(mail.createdAt),
            },
            { key: 'sentAt', header: t('outbox.column.sentAt'), render: (mail) => time(mail.sentAt) },
            {
              key: 'lastFailedAt',
              header: t('outbox.column.lastFailedAt'),
              render: (mail) => time(mail.lastFailedAt),
            },
          ]}
        />
      )}
    </PagedConnection>
  );
}
