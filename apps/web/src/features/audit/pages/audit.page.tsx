import LinearProgress from '@mui/material/LinearProgress';
import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useT } from '../../../i18n/i18n';
import { useCursorPages } from '../../../shared/hooks/use-cursor-pages';
import { EmptyState } from '../../../shared/ui/empty-state';
import { LoadingState } from '../../../shared/ui/loading-state';
import { PageHeader } from '../../../shared/ui/page-header';
import { Pager } from '../../../shared/ui/pager';
import { QueryError } from '../../../shared/ui/query-error';
import { RequirePermission } from '../../auth/components/require-permission';
import { AuditEventsQuery } from '../audit.graphql';
import { AuditFilters } from '../components/audit-filters';
import { AuditTable } from '../components/audit-table';
import { EMPTY_AUDIT_FILTER, toAuditVariables, type AuditFilterValues } from '../hooks/audit-filter';

export function AuditPage() {
  const t = useT();
  return (
    <>
      <PageHeader title={t('audit.title')} subtitle={t('audit.subtitle')} />
      <RequirePermission permission="VIEW_AUDIT">
        <AuditLog />
      </RequirePermission>
    </>
  );
}

function AuditLog() {
  const t = useT();
  const [filter, setFilter] = useState<AuditFilterValues>(EMPTY_AUDIT_FILTER);
  const pages = useCursorPages(JSON.stringify(filter));
  // Always from the server: an audit log that shows a stale cache misleads.
  const { data, previousData, loading, error, refetch } = useQuery(AuditEventsQuery, {
    variables: toAuditVariables(filter, pages.after),
    fetchPolicy: 'network-only',
  });
  const connection = (data ?? previousData)?.auditEvents;

  return (
    <>
      <AuditFilters value={filter} onApply={setFilter} />
      {loading && connection ? <LinearProgress aria-label={t('common.loading')} sx={{ mb: 1 }} /> : null}
      {error ? (
        <QueryError error={error} onRetry={() => void refetch()} />
      ) : !connection ? (
        <LoadingState />
      ) : connection.edges.length === 0 ? (
        <EmptyState title={t('audit.empty.title')} body={t('audit.empty.body')} />
      ) : (
        <>
          <AuditTable events={connection.edges.map((edge) => edge.node)} />
          <Pager
            pageNumber={pages.pageNumber}
            hasPrevious={pages.hasPrevious}
            hasNext={connection.pageInfo.hasNextPage}
            onPrevious={pages.goPrevious}
            onNext={() => pages.goNext(connection.pageInfo.endCursor)}
          />
        </>
      )}
    </>
  );
}
