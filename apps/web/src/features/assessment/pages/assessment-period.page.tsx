import { useQuery } from '@apollo/client/react';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Link from '@mui/material/Link';
import { Link as RouterLink, useParams } from 'react-router';
import { paths } from '../../../app/paths';
import { useT } from '../../../i18n/i18n';
import { useLabels } from '../../../shared/hooks/use-labels';
import { LoadingState } from '../../../shared/ui/loading-state';
import { PageHeader } from '../../../shared/ui/page-header';
import { QueryError } from '../../../shared/ui/query-error';
import { ResponsiveTable } from '../../../shared/ui/responsive-table';
import { NotFoundPage } from '../../../app/pages/not-found.page';
import { AssessmentPeriodQuery } from '../assessment.graphql';
import { DownloadButton } from '../components/download-button';
import { VETO_COLOR } from '../components/veto-status';

export function AssessmentPeriodPage() {
  const t = useT();
  const labels = useLabels();
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(AssessmentPeriodQuery, { variables: { id } });
  if (loading && !data) return <LoadingState />;
  if (error || !data) return <QueryError error={error} onRetry={() => void refetch()} />;
  const period = data.assessmentPeriod;
  if (!period) return <NotFoundPage />;
  return (
    <>
      <Button component={RouterLink} to={paths.assessments()} sx={{ mb: 1 }}>
        {t('assessment.period.back')}
      </Button>
      <PageHeader
        title={period.name}
        subtitle={t('assessment.rows', { count: period.institutionCount })}
        actions={
          data.assessmentPeriods.canExport ? (
            <DownloadButton
              href={paths.assessmentExport(period.id)}
              label={t('assessment.period.export')}
              fallbackName={`${period.name}.xlsx`}
              testId="assessment-export"
            />
          ) : null
        }
      />
      <ResponsiveTable
        rows={period.rows}
        rowKey={(row) => row.id}
        rowProps={(row) => ({ 'data-testid': `assessment-row-${row.institutionId}` })}
        label={t('assessment.period.tableLabel')}
        testId="assessment-rows"
        columns={[
          {
            key: 'institution',
            header: t('assessment.column.institution'),
            card: 'title',
            render: (row) => (
              <Link component={RouterLink} to={paths.institutionAssessment(period.id, row.id)}>
                {row.institutionName}
              </Link>
            ),
          },
          {
            key: 'kind',
            header: t('assessment.column.kind'),
            render: (row) => labels.kind(row.institutionKind),
          },
          {
            key: 'score',
            header: t('assessment.column.score'),
            cellProps: () => ({ align: 'right' }),
            render: (row) => row.score,
          },
          {
            key: 'veto',
            header: t('assessment.column.veto'),
            render: (row) => (
              <Chip
                size="small"
                color={VETO_COLOR[row.vetoStatus]}
                label={t(`assessment.vetoStatus.${row.vetoStatus}`)}
              />
            ),
          },
          {
            key: 'eligible',
            header: t('assessment.column.eligible'),
            render: (row) =>
              t(row.isEligibleForAwards ? 'assessment.eligible.yes' : 'assessment.eligible.no'),
          },
        ]}
      />
    </>
  );
}
