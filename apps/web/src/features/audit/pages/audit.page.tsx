import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useT } from '../../../i18n/i18n';
import { useCursorPages } from '../../../shared/hooks/use-cursor-pages';
import { EmptyState } from '../../../shared/ui/empty-state';
import { PagedConnection } from '../../../shared/ui/paged-connection';
import { PageHeader } from '../../../shared/ui/page-header';
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
      <PagedConnection
        connection={connection}
        loading={loading}
        error={error}
        onRetry={() => void refetch()}
        pages={pages}
        empty={<EmptyState title={t('audit.empty.title')} body={t('audit.empty.body')} />}
      >
        {(events) => <AuditTable events={events} />}
      </PagedConnection>
    </>
  );
}
