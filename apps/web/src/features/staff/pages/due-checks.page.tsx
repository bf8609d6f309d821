import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
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
          <TableContainer component={Paper} variant="outlined">
            <Table size="small" aria-label={t('staff.dueList.tableLabel')}>
              <TableHead>
                <TableRow>
                  <TableCell>{t('staff.dueList.column.kind')}</TableCell>
                  <TableCell>{t('staff.dueList.column.staff')}</TableCell>
                  <TableCell>{t('staff.column.idNumber')}</TableCell>
                  <TableCell>{t('staff.column.role')}</TableCell>
                  <TableCell>{t('staff.dueList.column.institution')}</TableCell>
                  <TableCell>{t('staff.dueList.column.last')}</TableCell>
                  <TableCell>{t('staff.dueList.column.due')}</TableCell>
                  <TableCell>{t('staff.dueList.column.state')}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {list.items.map((item) => (
                  <TableRow
                    key={`${item.kind}-${item.staffId}`}
                    data-testid="due-row"
                    data-overdue={item.isOverdue}
                  >
                    <TableCell>{staffLabels.dueKind(item.kind)}</TableCell>
                    <TableCell>
                      <Link component={RouterLink} to={paths.staffMember(item.staffId)}>
                        {item.staffName}
                      </Link>
                    </TableCell>
                    <TableCell sx={{ fontFamily: 'monospace' }}>{item.idNumberMasked}</TableCell>
                    <TableCell>{staffLabels.role(item.role)}</TableCell>
                    <TableCell>{item.institutionName}</TableCell>
                    <TableCell>{item.lastAt ? formatDate(item.lastAt) : t('staff.due.never')}</TableCell>
                    <TableCell>{formatDate(item.dueAt)}</TableCell>
                    <TableCell>
                      {item.isOverdue ? (
                        <Chip size="small" color="error" label={t('staff.due.overdue')} />
                      ) : (
                        <Chip size="small" variant="outlined" label={t('staff.dueList.onTime')} />
                      )}
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </TableContainer>
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
