import { useQuery } from '@apollo/client/react';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import { Link as RouterLink, useParams } from 'react-router';
import { paths } from '../../../app/paths';
import { useT } from '../../../i18n/i18n';
import { useLabels } from '../../../shared/hooks/use-labels';
import { LoadingState } from '../../../shared/ui/loading-state';
import { PageHeader } from '../../../shared/ui/page-header';
import { QueryError } from '../../../shared/ui/query-error';
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
      <Paper variant="outlined">
        <Table aria-label={t('assessment.period.tableLabel')} data-testid="assessment-rows" size="small">
          <TableHead>
            <TableRow>
              <TableCell>{t('assessment.column.institution')}</TableCell>
              <TableCell>{t('assessment.column.kind')}</TableCell>
              <TableCell align="right">{t('assessment.column.score')}</TableCell>
              <TableCell>{t('assessment.column.veto')}</TableCell>
              <TableCell>{t('assessment.column.eligible')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {period.rows.map((row) => (
              <TableRow key={row.id} data-testid={`assessment-row-${row.institutionId}`}>
                <TableCell>
                  <Link component={RouterLink} to={paths.institutionAssessment(period.id, row.id)}>
                    {row.institutionName}
                  </Link>
                </TableCell>
                <TableCell>{labels.kind(row.institutionKind)}</TableCell>
                <TableCell align="right">{row.score}</TableCell>
                <TableCell>
                  <Chip
                    size="small"
                    color={VETO_COLOR[row.vetoStatus]}
                    label={t(`assessment.vetoStatus.${row.vetoStatus}`)}
                  />
                </TableCell>
                <TableCell>
                  {t(row.isEligibleForAwards ? 'assessment.eligible.yes' : 'assessment.eligible.no')}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </Paper>
    </>
  );
}
