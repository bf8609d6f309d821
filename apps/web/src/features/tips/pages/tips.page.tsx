import { useQuery } from '@apollo/client/react';
import Chip from '@mui/material/Chip';
import Link from '@mui/material/Link';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { TIP_STATUSES } from '@xiaohu/domain';
import { Link as RouterLink, useSearchParams } from 'react-router';
import { paths } from '../../../app/paths';
import type { TipStatus, TipsQuery as TipsQueryResult } from '../../../gql/graphql';
import { useT } from '../../../i18n/i18n';
import { formatDateTime } from '../../../shared/lib/dates';
import { EmptyState } from '../../../shared/ui/empty-state';
import { LoadingState } from '../../../shared/ui/loading-state';
import { PageHeader } from '../../../shared/ui/page-header';
import { QueryError } from '../../../shared/ui/query-error';
import { ResponsiveTable, type ResponsiveColumn } from '../../../shared/ui/responsive-table';
import { TipsQuery } from '../tips.graphql';

type Row = TipsQueryResult['tips'][number];

/** REP-9: 安稳办's inbox of anonymous tips, latest message first; what awaits an answer is marked. */
export function TipsPage() {
  const t = useT();
  const [params, setParams] = useSearchParams();
  const statusParam = params.get('status');
  const status = TIP_STATUSES.includes(statusParam as TipStatus) ? (statusParam as TipStatus) : null;
  const { data, loading, error, refetch } = useQuery(TipsQuery, {
    variables: { status },
    fetchPolicy: 'cache-and-network',
  });
  const columns: ResponsiveColumn<Row>[] = [
    {
      key: 'code',
      header: t('tips.column.code'),
      card: 'title',
      rowHeader: true,
      render: (row) => (
        <Link component={RouterLink} to={paths.tip(row.id)} data-testid="tip-link">
          {row.tipCode}
        </Link>
      ),
    },
    {
      key: 'category',
      header: t('tips.column.category'),
      render: (row) => t(`incidents.category.${row.category}`),
    },
    {
      key: 'school',
      header: t('tips.column.school'),
      render: (row) => row.school ?? '—',
    },
    {
      key: 'status',
      header: t('tips.column.status'),
      card: 'plain',
      render: (row) => (
        <>
          <Chip size="small" label={t(`tips.status.${row.status}`)} sx={{ mr: 0.5 }} />
          {row.awaiting === 'SAFETY' ? (
            <Chip size="small" color="warning" label={t('tips.inbox.awaitingSafety')} sx={{ mr: 0.5 }} />
          ) : null}
          {row.isConfidential ? (
            <Chip size="small" color="error" label={t('tips.inbox.confidential')} />
          ) : null}
        </>
      ),
    },
    { key: 'last', header: t('tips.column.lastMessage'), render: (row) => formatDateTime(row.lastMessageAt) },
  ];
  return (
    <>
      <PageHeader
        title={t('tips.inbox.title')}
        subtitle={t('tips.inbox.subtitle')}
        actions={
          <TextField
            select
            size="small"
            label={t('tips.inbox.filter')}
            value={status ?? ''}
            onChange={(event) => setParams(event.target.value ? { status: event.target.value } : {})}
            sx={{ minWidth: 140 }}
            slotProps={{ select: { SelectDisplayProps: { 'data-testid': 'tips-status' } as object } }}
          >
            <MenuItem value="">{t('tips.inbox.all')}</MenuItem>
            {TIP_STATUSES.map((s) => (
              <MenuItem key={s} value={s}>
                {t(`tips.status.${s}`)}
              </MenuItem>
            ))}
          </TextField>
        }
      />
      {loading && !data ? (
        <LoadingState />
      ) : error ? (
        <QueryError error={error} onRetry={() => void refetch()} />
      ) : (data?.tips.length ?? 0) === 0 ? (
        <EmptyState title={t('tips.inbox.empty')} body={t('tips.inbox.subtitle')} />
      ) : (
        <ResponsiveTable
          rows={data?.tips ?? []}
          columns={columns}
          rowKey={(row) => row.id}
          label={t('tips.inbox.title')}
          testId="tips-list"
        />
      )}
    </>
  );
}
