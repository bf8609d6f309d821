import { useQuery } from '@apollo/client/react';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import { useState } from 'react';
import { Link as RouterLink } from 'react-router';
import { paths } from '../../../app/paths';
import { useT } from '../../../i18n/i18n';
import { formatDateTimeShort } from '../../../shared/lib/dates';
import { EmptyState } from '../../../shared/ui/empty-state';
import { LoadingState } from '../../../shared/ui/loading-state';
import { PageHeader } from '../../../shared/ui/page-header';
import { QueryError } from '../../../shared/ui/query-error';
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
        <Paper variant="outlined">
          <Table aria-label={t('assessment.periods.tableLabel')} data-testid="assessment-periods">
            <TableHead>
              <TableRow>
                <TableCell>{t('assessment.periods.name')}</TableCell>
                <TableCell>{t('assessment.periods.range')}</TableCell>
                <TableCell align="right">{t('assessment.periods.institutions')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {list.items.map((period) => (
                <TableRow key={period.id}>
                  <TableCell>
                    <Link component={RouterLink} to={paths.assessment(period.id)}>
                      {period.name}
                    </Link>
                  </TableCell>
                  <TableCell>
                    {formatDateTimeShort(period.startsAt)} – {formatDateTimeShort(period.endsAt)}
                  </TableCell>
                  <TableCell align="right">{period.institutionCount}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </Paper>
      )}
      <OpenPeriodDialog open={isDialogOpen} onClose={() => setDialogOpen(false)} />
    </>
  );
}
