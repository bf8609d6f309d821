import Button from '@mui/material/Button';
import { useQuery } from '@apollo/client/react';
import { RequirePermission } from '../../auth/components/require-permission';
import { useT } from '../../../i18n/i18n';
import { useCursorPages } from '../../../shared/hooks/use-cursor-pages';
import { EmptyState } from '../../../shared/ui/empty-state';
import { PagedConnection } from '../../../shared/ui/paged-connection';
import { PageHeader } from '../../../shared/ui/page-header';
import { InstitutionFilters } from '../components/institution-filters';
import { InstitutionsTable } from '../components/institutions-table';
import { filterKey, isFiltered, toInstitutionsVariables } from '../hooks/institution-filter';
import { useInstitutionFilter } from '../hooks/use-institution-filter';
import { InstitutionsQuery } from '../institutions.graphql';

export function InstitutionsPage() {
  const t = useT();
  return (
    <>
      <PageHeader title={t('institutions.title')} subtitle={t('institutions.subtitle')} />
      <RequirePermission permission="VIEW_INSTITUTIONS">
        <InstitutionsList />
      </RequirePermission>
    </>
  );
}

function InstitutionsList() {
  const t = useT();
  const { filter, setFilter, clearFilter } = useInstitutionFilter();
  const pages = useCursorPages(filterKey(filter));
  const { data, previousData, loading, error, refetch } = useQuery(InstitutionsQuery, {
    variables: toInstitutionsVariables(filter, pages.after),
  });
  const shown = data ?? previousData;
  const connection = shown?.institutions;

  return (
    <>
      <InstitutionFilters filter={filter} onChange={setFilter} onClear={clearFilter} />
      <PagedConnection
        connection={connection}
        loading={loading}
        error={error}
        onRetry={() => void refetch()}
        pages={pages}
        summary={(page) => t('institutions.total', { count: page.totalCount })}
        empty={
          <EmptyState
            title={t('institutions.empty.title')}
            body={isFiltered(filter) ? t('institutions.empty.filtered') : t('institutions.empty.none')}
            action={
              isFiltered(filter) ? (
                <Button variant="outlined" onClick={clearFilter}>
                  {t('common.clearFilters')}
                </Button>
              ) : undefined
            }
          />
        }
      >
        {(institutions) => <InstitutionsTable institutions={institutions} />}
      </PagedConnection>
    </>
  );
}
