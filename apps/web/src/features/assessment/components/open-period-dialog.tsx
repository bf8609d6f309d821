import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { paths } from '../../../app/paths';
import { useT } from '../../../i18n/i18n';
import { ConfirmDialog } from '../../../shared/ui/confirm-dialog';
import { ErrorAlert } from '../../../shared/ui/error-alert';
import { useOpenAssessmentPeriod } from '../hooks/use-assessment-mutations';
import {
  ALL_INSTITUTIONS,
  coverageInput,
  coverageProblem,
  coverageSummary,
  parseSchoolYear,
  refusalKey,
  yearSummary,
  type CoverageChoice,
} from '../lib/period-coverage';
import { CoverageFields } from './coverage-fields';

/**
 * ACC-1: a dialog to open a period (the current school year and every institution by default, or a
 * section's, some kinds' or chosen institutions), checked here, then summarised and confirmed before it runs.
 */
export function OpenPeriodDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const t = useT();
  const navigate = useNavigate();
  const { openPeriod, isOpening } = useOpenAssessmentPeriod();
  const [name, setName] = useState('');
  const [schoolYear, setSchoolYear] = useState('');
  const [coverage, setCoverage] = useState<CoverageChoice>(ALL_INSTITUTIONS);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [isConfirming, setConfirming] = useState(false);
  const [failed, setFailed] = useState<string | null>(null);
  const year = parseSchoolYear(schoolYear);

  const review = () => {
    const next: Record<string, string> = {};
    if (year === 'INVALID') next.schoolYear = t('assessment.open.invalid.schoolYear');
    const problem = coverageProblem(coverage);
    if (problem) next[problem.field] = t(problem.key);
    setErrors(next);
    setFailed(null);
    if (Object.keys(next).length === 0) setConfirming(true);
  };

  const submit = async () => {
    if (year === 'INVALID') return;
    try {
      const outcome = await openPeriod({
        name: name.trim() || null,
        schoolYear: year,
        ...coverageInput(coverage),
      });
      setConfirming(false);
      if (outcome.type === 'OPENED') {
        onClose();
        void navigate(paths.assessment(outcome.periodId));
      } else
        setFailed(t(outcome.type === 'FORBIDDEN' ? 'assessment.error.FORBIDDEN' : refusalKey(outcome.field)));
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
        fullWidth
      >
        <DialogTitle id="open-period-title">{t('assessment.open.title')}</DialogTitle>
        <DialogContent>
          <DialogContentText sx={{ mb: 2 }}>{t('assessment.open.body')}</DialogContentText>
          <ErrorAlert message={failed} sx={{ mb: 2 }} />
          <Stack spacing={2} sx={{ pt: 1 }}>
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
              error={Boolean(errors.schoolYear)}
              helperText={errors.schoolYear}
              onChange={(e) => setSchoolYear(e.target.value)}
              slotProps={{ htmlInput: { 'data-testid': 'open-period-year' } }}
            />
            <CoverageFields value={coverage} onChange={setCoverage} errors={errors} />
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button variant="contained" onClick={review} data-testid="open-period-submit">
            {t('assessment.periods.open')}
          </Button>
        </DialogActions>
      </Dialog>
      <ConfirmDialog
        open={open && isConfirming}
        title={t('assessment.open.confirmTitle')}
        body={t('assessment.open.summary.body', {
          year: yearSummary(year === 'INVALID' ? null : year, t),
          coverage: coverageSummary(coverage, t),
        })}
        busy={isOpening}
        onConfirm={() => void submit()}
        onCancel={() => setConfirming(false)}
        testId="open-period-confirm"
      />
    </>
  );
}
