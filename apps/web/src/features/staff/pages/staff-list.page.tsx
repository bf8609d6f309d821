import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import { useQuery } from '@apollo/client/react';
import { Link as RouterLink } from 'react-router';
import { paths } from '../../../app/paths';
import { RequirePermission } from '../../auth/components/require-permission';
import { useCan, useViewer } from '../../auth/hooks/use-viewer';
import { useT } from '../../../i18n/i18n';
import { useCursorPages } from '../../../shared/hooks/use-cursor-pages';
import { EmptyState } from '../../../shared/ui/empty-state';
import { PagedConnection } from '../../../shared/ui/paged-connection';
import { PageHeader } from '../../../shared/ui/page-header';
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
      <PagedConnection
        connection={connection}
        loading={loading}
        error={error}
        onRetry={() => void refetch()}
        pages={pages}
        summary={(page) => t('staff.total', { count: page.totalCount })}
        empty={
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
        }
      >
        {(staff) => <StaffTable staff={staff} showInstitution={!viewer.institution} />}
      </PagedConnection>
    </>
  );
}
