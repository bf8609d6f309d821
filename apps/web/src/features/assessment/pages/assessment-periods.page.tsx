import { useQuery } from '@apollo/client/react';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import { useState } from 'react';
import { Link as RouterLink } from 'react-router';
import { paths } from '../../../app/paths';
import { useT } from '../../../i18n/i18n';
import { formatDateTimeShort } from '../../../shared/lib/dates';
import { EmptyState } from '../../../shared/ui/empty-state';
import { LoadingState } from '../../../shared/ui/loading-state';
import { PageHeader } from '../../../shared/ui/page-header';
import { QueryError } from '../../../shared/ui/query-error';
import { ResponsiveTable } from '../../../shared/ui/responsive-table';
import { AssessmentPeriodsQuery } from '../assessment.graphql';
import { OpenPeriodDialog } from '../components/open-period-dialog';

export function AssessmentPeriodsPage() {
  const t = useT();
  const { data, loading, error, refetch } = useQuery(AssessmentPeriodsQuery);
  const [isDialogOpen, setDialogOpen] = useState(false);
  if (loading && !data) return <LoadingState />;
  if (error || !data) return <QueryError error={error} onRetry={() => void refetch()} />;
  const list = data.assessmentPeriods;
  return (
    <>
      <PageHeader
        title={t('assessment.periods.title')}
        subtitle={t('assessment.periods.subtitle')}
        actions={
          list.canOpenPeriod ? (
            <Button variant="contained" onClick={() => setDialogOpen(true)} data-testid="open-period">
              {t('assessment.periods.open')}
            </Button>
          ) : null
        }
      />
      {list.items.length === 0 ? (
        <EmptyState title={t('assessment.periods.empty')} body={t('assessment.periods.subtitle')} />
      ) : (
        <ResponsiveTable
          rows={list.items}
          rowKey={(period) => period.id}
          label={t('assessment.periods.tableLabel')}
          testId="assessment-periods"
          size="medium"
          columns={[
            {
              key: 'name',
              header: t('assessment.periods.name'),
              card: 'title',
              render: (period) => (
                <Link component={RouterLink} to={paths.assessment(period.id)}>
                  {period.name}
                </Link>
              ),
            },
            {
              key: 'range',
              header: t('assessment.periods.range'),
              render: (period) =>
                `${formatDateTimeShort(period.startsAt)} – ${formatDateTimeShort(period.endsAt)}`,
            },
            {
              key: 'institutions',
              header: t('assessment.periods.institutions'),
              cellProps: () => ({ align: 'right' }),
              render: (period) => period.institutionCount,
            },
          ]}
        />
      )}
      <OpenPeriodDialog open={isDialogOpen} onClose={() => setDialogOpen(false)} />
    </>
  );
}
