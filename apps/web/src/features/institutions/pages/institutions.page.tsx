import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import { useQuery } from '@apollo/client/react';
import { RequirePermission } from '../../auth/components/require-permission';
import { useT } from '../../../i18n/i18n';
import { useCursorPages } from '../../../shared/hooks/use-cursor-pages';
import { EmptyState } from '../../../shared/ui/empty-state';
import { LoadingState } from '../../../shared/ui/loading-state';
import { PageHeader } from '../../../shared/ui/page-header';
import { Pager } from '../../../shared/ui/pager';
import { QueryError } from '../../../shared/ui/query-error';
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
      {loading && connection ? <LinearProgress aria-label={t('common.loading')} sx={{ mb: 1 }} /> : null}
      {error ? (
        <QueryError error={error} onRetry={() => void refetch()} />
      ) : !connection ? (
        <LoadingState />
      ) : connection.edges.length === 0 ? (
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
      ) : (
        <>
          <InstitutionsTable institutions={connection.edges.map((edge) => edge.node)} />
          <Pager
            pageNumber={pages.pageNumber}
            hasPrevious={pages.hasPrevious}
            hasNext={connection.pageInfo.hasNextPage}
            onPrevious={pages.goPrevious}
            onNext={() => pages.goNext(connection.pageInfo.endCursor)}
            summary={t('institutions.total', { count: connection.totalCount })}
          />
        </>
      )}
    </>
  );
}
