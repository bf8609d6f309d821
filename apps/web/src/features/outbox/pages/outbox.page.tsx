import Chip from '@mui/material/Chip';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import { useQuery } from '@apollo/client/react';
import type { MailDeliveryStatus } from '../../../gql/graphql';
import { useT } from '../../../i18n/i18n';
import { useCursorPages } from '../../../shared/hooks/use-cursor-pages';
import { formatDateTime } from '../../../shared/lib/dates';
import { EmptyState } from '../../../shared/ui/empty-state';
import { PagedConnection } from '../../../shared/ui/paged-connection';
import { PageHeader } from '../../../shared/ui/page-header';
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
        <TableContainer component={Paper} variant="outlined">
          <Table size="small" aria-label={t('outbox.title')}>
            <TableHead>
              <TableRow>
                <TableCell>{t('outbox.column.recipient')}</TableCell>
                <TableCell>{t('outbox.column.kind')}</TableCell>
                <TableCell>{t('outbox.column.status')}</TableCell>
                <TableCell>{t('outbox.column.createdAt')}</TableCell>
                <TableCell>{t('outbox.column.sentAt')}</TableCell>
                <TableCell>{t('outbox.column.lastFailedAt')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {mails.map((mail) => (
                <TableRow key={mail.id} data-testid="outbox-row">
                  <TableCell>
                    {mail.recipientDisplayName ?? t('outbox.unknownRecipient')}
                    {mail.recipientUsername ? ` (${mail.recipientUsername})` : ''}
                    <br />
                    {mail.to}
                  </TableCell>
                  <TableCell>{mail.kind ? t(`outbox.kind.${mail.kind}`) : '—'}</TableCell>
                  <TableCell>
                    <Chip
                      size="small"
                      color={STATUS_COLOR[mail.status]}
                      label={t(`outbox.status.${mail.status}`)}
                      data-testid="outbox-status"
                    />
                    {mail.failedAttempts > 0
                      ? ` ${t('outbox.attempts', { count: mail.failedAttempts })}`
                      : ''}
                  </TableCell>
                  <TableCell>{time(mail.createdAt)}</TableCell>
                  <TableCell>{time(mail.sentAt)}</TableCell>
                  <TableCell>{time(mail.lastFailedAt)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableContainer>
      )}
    </PagedConnection>
  );
}
