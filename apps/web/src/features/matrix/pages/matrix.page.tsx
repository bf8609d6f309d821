import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { useT } from '../../../i18n/i18n';
import { EmptyState } from '../../../shared/ui/empty-state';
import { LoadingState } from '../../../shared/ui/loading-state';
import { PageHeader } from '../../../shared/ui/page-header';
import { QueryError } from '../../../shared/ui/query-error';
import { RequirePermission } from '../../auth/components/require-permission';
import { MatrixTable } from '../components/matrix-table';
import { toMatrixGroups } from '../hooks/matrix-rows';
import { ResponsibilityMatrixQuery } from '../matrix.graphql';

export function MatrixPage() {
  const t = useT();
  return (
    <>
      <PageHeader title={t('matrix.title')} subtitle={t('matrix.subtitle')} />
      <RequirePermission permission="VIEW_RESPONSIBILITY_MATRIX">
        <Matrix />
      </RequirePermission>
    </>
  );
}

function Matrix() {
  const t = useT();
  const { data, loading, error, refetch } = useQuery(ResponsibilityMatrixQuery);
  const groups = useMemo(() => toMatrixGroups(data?.responsibilityMatrix ?? []), [data]);

  if (loading && !data) return <LoadingState />;
  if (error) return <QueryError error={error} onRetry={() => void refetch()} />;
  if (groups.length === 0) return <EmptyState title={t('matrix.title')} body={t('matrix.empty')} />;
  return <MatrixTable groups={groups} />;
}
