import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import { useQuery } from '@apollo/client/react';
import { Link as RouterLink } from 'react-router';
import { paths } from '../../../app/paths';
import { RequirePermission } from '../../auth/components/require-permission';
import { useCan, useViewer } from '../../auth/hooks/use-viewer';
import { useT } from '../../../i18n/i18n';
import { useCursorPages } from '../../../shared/hooks/use-cursor-pages';
import { EmptyState } from '../../../shared/ui/empty-state';
import { LoadingState } from '../../../shared/ui/loading-state';
import { PageHeader } from '../../../shared/ui/page-header';
import { Pager } from '../../../shared/ui/pager';
import { QueryError } from '../../../shared/ui/query-error';
import { StaffFilters } from '../components/staff-filters';
import { StaffTable } from '../components/staff-table';
import { isStaffFiltered, staffFilterKey, toStaffListVariables } from '../hooks/staff-filter';
import { useStaffFilter } from '../hooks/use-staff-filter';
import { staffExportUrl } from '../lib/staff-rest';
import { StaffListQuery } from '../staff.graphql';

// The header lives in StaffList so its actions (export) follow the filter.
export function StaffListPage() {
  return (
    <RequirePermission permission="VIEW_STAFF">
      <StaffList />
    </RequirePermission>
  );
}

function StaffList() {
  const t = useT();
  const viewer = useViewer();
  const canManage = useCan('MANAGE_STAFF');
  const { filter, setFilter, clearFilter } = useStaffFilter();
  const pages = useCursorPages(staffFilterKey(filter));
  const { data, previousData, loading, error, refetch } = useQuery(StaffListQuery, {
    variables: toStaffListVariables(filter, pages.after),
  });
  const connection = (data ?? previousData)?.staff;

  return (
    <>
      <PageHeader
        title={t('staff.title')}
        subtitle={t('staff.subtitle')}
        actions={
          <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap' }}>
            {canManage ? (
              <Button
                component={RouterLink}
                to={paths.staffNew()}
                variant="contained"
                data-testid="staff-add"
              >
                {t('staff.add')}
              </Button>
            ) : null}
            {canManage ? (
              <Button
                component={RouterLink}
                to={paths.staffImport()}
                variant="outlined"
                data-testid="staff-import"
              >
                {t('staff.import')}
              </Button>
            ) : null}
            <Button
              href={staffExportUrl({ search: filter.search })}
              variant="outlined"
              data-testid="staff-export"
              download
            >
              {t('staff.export')}
            </Button>
            <Button component={RouterLink} to={paths.staffDue()} variant="outlined" data-testid="staff-due">
              {t('staff.dueChecks')}
            </Button>
          </Box>
        }
      />
      <StaffFilters filter={filter} onChange={setFilter} onClear={clearFilter} />
      {loading && connection ? <LinearProgress aria-label={t('common.loading')} sx={{ mb: 1 }} /> : null}
      {error ? (
        <QueryError error={error} onRetry={() => void refetch()} />
      ) : !connection ? (
        <LoadingState />
      ) : connection.edges.length === 0 ? (
        <EmptyState
          title={t('staff.empty.title')}
          body={isStaffFiltered(filter) ? t('staff.empty.filtered') : t('staff.empty.none')}
          action={
            isStaffFiltered(filter) ? (
              <Button variant="outlined" onClick={clearFilter}>
                {t('common.clearFilters')}
              </Button>
            ) : undefined
          }
        />
      ) : (
        <>
          <StaffTable
            staff={connection.edges.map((edge) => edge.node)}
            showInstitution={!viewer.institution}
          />
          <Pager
            pageNumber={pages.pageNumber}
            hasPrevious={pages.hasPrevious}
            hasNext={connection.pageInfo.hasNextPage}
            onPrevious={pages.goPrevious}
            onNext={() => pages.goNext(connection.pageInfo.endCursor)}
            summary={t('staff.total', { count: connection.totalCount })}
          />
        </>
      )}
    </>
  );
}
