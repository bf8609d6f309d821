import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { useCursorPages } from '../../../shared/hooks/use-cursor-pages';
import { ExportButton } from '../../../shared/ui/export-button';
import { Pager } from '../../../shared/ui/pager';
import { dueChecksExportUrl } from '../lib/staff-rest';
import { Link as RouterLink, useSearchParams } from 'react-router';
import { paths } from '../../../app/paths';
import { DueCheckFilters } from '../components/due-check-filters';
import { parseDueFilter } from '../hooks/due-filter';
import { RequirePermission } from '../../auth/components/require-permission';
import { useViewer } from '../../auth/hooks/use-viewer';
import { useT } from '../../../i18n/i18n';
import { EmptyState } from '../../../shared/ui/empty-state';
import { LoadingState } from '../../../shared/ui/loading-state';
import { PageHeader } from '../../../shared/ui/page-header';
import { QueryError } from '../../../shared/ui/query-error';
import { ResponsiveTable } from '../../../shared/ui/responsive-table';
import { formatDate } from '../lib/format';
import { useStaffLabels } from '../lib/staff-labels';
import { DueChecksQuery } from '../staff.graphql';

const PAGE_SIZE = 50;

export function DueChecksPage() {
  const t = useT();
  return (
    <>
      <PageHeader
        title={t('staff.dueList.title')}
        subtitle={t('staff.dueList.subtitle')}
        actions={
          <Button component={RouterLink} to={paths.staff()} variant="outlined">
            {t('staff.backToList')}
          </Button>
        }
      />
      <RequirePermission permission="VIEW_STAFF">
        <DueChecks />
      </RequirePermission>
    </>
  );
}

function DueChecks() {
  const t = useT();
  const staffLabels = useStaffLabels();
  const viewer = useViewer();
  const [params, setParams] = useSearchParams();
  const filter = useMemo(() => parseDueFilter(params), [params]);
  const pages = useCursorPages(JSON.stringify(filter));
  const { data, previousData, loading, error, refetch } = useQuery(DueChecksQuery, {
    variables: { filter, first: PAGE_SIZE, after: pages.after },
  });
  const list = (data ?? previousData)?.dueChecks;

  const update = (key: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };

  return (
    <>
      <DueCheckFilters
        key={filter.street ?? ''}
        filter={filter}
        showInstitutionFilters={!viewer.institution}
        onChange={update}
      >
        <ExportButton
          url={dueChecksExportUrl(filter)}
          fallbackName="due-checks.xlsx"
          label={t('dueList.export')}
          testId="due-export"
        />
      </DueCheckFilters>
      {error ? (
        <QueryError error={error} onRetry={() => void refetch()} />
      ) : loading && !list ? (
        <LoadingState />
      ) : !list || list.items.length === 0 ? (
        <EmptyState title={t('staff.dueList.empty.title')} body={t('staff.dueList.empty.body')} />
      ) : (
        <>
          <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }} data-testid="due-summary">
            {t('staff.dueList.summary', { total: list.totalCount, overdue: list.overdueCount })}
          </Typography>
          <ResponsiveTable
            rows={list.items}
            rowKey={(item) => `${item.kind}-${item.staffId}`}
            rowProps={(item) => ({ 'data-testid': 'due-row', 'data-overdue': item.isOverdue })}
            label={t('staff.dueList.tableLabel')}
            columns={[
              {
                key: 'kind',
                header: t('staff.dueList.column.kind'),
                render: (item) => staffLabels.dueKind(item.kind),
              },
              {
                key: 'staff',
                header: t('staff.dueList.column.staff'),
                card: 'title',
                render: (item) => (
                  <Link component={RouterLink} to={paths.staffMember(item.staffId)}>
                    {item.staffName}
                  </Link>
                ),
              },
              {
                key: 'idNumber',
                header: t('staff.column.idNumber'),
                cellProps: () => ({ sx: { fontFamily: 'monospace' } }),
                render: (item) => item.idNumberMasked,
              },
              { key: 'role', header: t('staff.column.role'), render: (item) => staffLabels.role(item.role) },
              {
                key: 'institution',
                header: t('staff.dueList.column.institution'),
                render: (item) => item.institutionName,
              },
              {
                key: 'last',
                header: t('staff.dueList.column.last'),
                render: (item) => (item.lastAt ? formatDate(item.lastAt) : t('staff.due.never')),
              },
              {
                key: 'due',
                header: t('staff.dueList.column.due'),
                cardOrder: 0.5,
                render: (item) => formatDate(item.dueAt),
              },
              {
                key: 'state',
                header: t('staff.dueList.column.state'),
                cardOrder: 0.2,
                render: (item) =>
                  item.isOverdue ? (
                    <Chip size="small" color="error" label={t('staff.due.overdue')} />
                  ) : (
                    <Chip size="small" variant="outlined" label={t('staff.dueList.onTime')} />
                  ),
              },
            ]}
          />
          <Pager
            pageNumber={pages.pageNumber}
            hasPrevious={pages.hasPrevious}
            hasNext={list.pageInfo.hasNextPage}
            onPrevious={pages.goPrevious}
            onNext={() => pages.goNext(list.pageInfo.endCursor)}
          />
        </>
      )}
    </>
  );
}
