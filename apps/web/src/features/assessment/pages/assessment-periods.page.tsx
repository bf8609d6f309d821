import { useQuery } from '@apollo/client/react';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import { Link as RouterLink, useNavigate } from 'react-router';
import { paths } from '../../../app/paths';
import { useT } from '../../../i18n/i18n';
import { formatDateTimeShort } from '../../../shared/lib/dates';
import { ConfirmDialog } from '../../../shared/ui/confirm-dialog';
import { EmptyState } from '../../../shared/ui/empty-state';
import { ErrorAlert } from '../../../shared/ui/error-alert';
import { LoadingState } from '../../../shared/ui/loading-state';
import { PageHeader } from '../../../shared/ui/page-header';
import { QueryError } from '../../../shared/ui/query-error';
import { AssessmentPeriodsQuery } from '../assessment.graphql';
import { useOpenAssessmentPeriod } from '../hooks/use-assessment-mutations';

/** ACC-1: a dialog to open a period (the current school year by default), confirmed before it runs. */
function OpenPeriodDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const t = useT();
  const navigate = useNavigate();
  const { openPeriod, isOpening } = useOpenAssessmentPeriod();
  const [name, setName] = useState('');
  const [schoolYear, setSchoolYear] = useState('');
  const [isConfirming, setConfirming] = useState(false);
  const [failed, setFailed] = useState<string | null>(null);

  const submit = async () => {
    setFailed(null);
    try {
      const outcome = await openPeriod({
        name: name.trim() || null,
        schoolYear: schoolYear.trim() ? Number(schoolYear) : null,
      });
      setConfirming(false);
      if (outcome.type === 'OPENED') {
        onClose();
        void navigate(paths.assessment(outcome.periodId));
      } else
        setFailed(t(outcome.type === 'FORBIDDEN' ? 'assessment.error.FORBIDDEN' : 'assessment.open.failed'));
    } catch {
      setConfirming(false);
      setFailed(t('assessment.error.network'));
    }
  };

  return (
    <>
      <Dialog
        open={open && !isConfirming}
        onClose={onClose}
        aria-labelledby="open-period-title"
        data-testid="open-period-dialog"
      >
        <DialogTitle id="open-period-title">{t('assessment.open.title')}</DialogTitle>
        <DialogContent>
          <DialogContentText sx={{ mb: 2 }}>{t('assessment.open.body')}</DialogContentText>
          <ErrorAlert message={failed} sx={{ mb: 2 }} />
          <Stack spacing={2}>
            <TextField
              label={t('assessment.open.nameOptional')}
              value={name}
              onChange={(e) => setName(e.target.value)}
              slotProps={{ htmlInput: { 'data-testid': 'open-period-name' } }}
            />
            <TextField
              label={t('assessment.open.schoolYear')}
              value={schoolYear}
              type="number"
              onChange={(e) => setSchoolYear(e.target.value)}
              slotProps={{ htmlInput: { 'data-testid': 'open-period-year' } }}
            />
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button variant="contained" onClick={() => setConfirming(true)} data-testid="open-period-submit">
            {t('assessment.periods.open')}
          </Button>
        </DialogActions>
      </Dialog>
      <ConfirmDialog
        open={open && isConfirming}
        title={t('assessment.open.confirmTitle')}
        body={t('assessment.open.confirmBody')}
        busy={isOpening}
        onConfirm={() => void submit()}
        onCancel={() => setConfirming(false)}
        testId="open-period-confirm"
      />
    </>
  );
}

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
