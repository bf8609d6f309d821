import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { Link as RouterLink } from 'react-router';
import { paths } from '../../../app/paths';
import { RequirePermission } from '../../auth/components/require-permission';
import { useT } from '../../../i18n/i18n';
import { assertNever } from '../../../shared/lib/assert-never';
import { PageHeader } from '../../../shared/ui/page-header';
import { ImportErrorReport } from '../components/import-error-report';
import { useStaffImport } from '../hooks/use-staff-import';
import { STAFF_IMPORT_TEMPLATE_URL, importFileProblem, type StaffImportOutcome } from '../lib/staff-rest';

export function StaffImportPage() {
  const t = useT();
  return (
    <>
      <PageHeader
        title={t('staff.importPage.title')}
        subtitle={t('staff.importPage.subtitle')}
        actions={
          <Button component={RouterLink} to={paths.staff()} variant="outlined">
            {t('staff.backToList')}
          </Button>
        }
      />
      <RequirePermission permission="MANAGE_STAFF">
        <StaffImport />
      </RequirePermission>
    </>
  );
}

function ImportOutcomeView({ outcome }: { outcome: StaffImportOutcome }) {
  const t = useT();
  switch (outcome.type) {
    case 'IMPORTED':
      return (
        <Alert
          severity="success"
          data-testid="import-success"
          action={
            <Button
              component={RouterLink}
              to={paths.staff({ status: 'CANDIDATE' })}
              color="inherit"
              size="small"
              data-testid="import-open-candidates"
            >
              {t('staff.importPage.openCandidates')}
            </Button>
          }
        >
          {t('staff.importPage.success', {
            rows: outcome.rowCount,
            imported: outcome.importedCount,
            blocked: outcome.blockedCount,
          })}{' '}
          {t('staff.importPage.nextStep')}
        </Alert>
      );
    case 'REJECTED':
      return <ImportErrorReport rowCount={outcome.rowCount} errors={outcome.errors} />;
    case 'UNAUTHENTICATED':
      return <Alert severity="warning">{t('staff.importPage.sessionExpired')}</Alert>;
    case 'FORBIDDEN':
      return <Alert severity="error">{t('staff.importPage.forbidden')}</Alert>;
    case 'FAILED':
      return <Alert severity="error">{t('staff.importPage.failed')}</Alert>;
    default:
      return assertNever(outcome);
  }
}

function StaffImport() {
  const t = useT();
  const { upload, reset, phase, percent, outcome } = useStaffImport();
  const [file, setFile] = useState<File | null>(null);
  const problem = file ? importFileProblem(file) : null;
  const busy = phase === 'UPLOADING' || phase === 'PROCESSING';

  return (
    <>
      <Paper variant="outlined" sx={{ p: 3, mb: 3 }}>
        <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', alignItems: 'center', mb: 2 }}>
          <Button href={STAFF_IMPORT_TEMPLATE_URL} download variant="outlined" data-testid="import-template">
            {t('staff.importPage.template')}
          </Button>
          <Button component="label" variant="outlined" disabled={busy}>
            {t('staff.importPage.chooseFile')}
            <input
              type="file"
              hidden
              accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              data-testid="import-file"
              onChange={(event) => {
                reset();
                setFile(event.target.files?.[0] ?? null);
              }}
            />
          </Button>
          <Typography variant="body2" color="text.secondary" data-testid="import-file-name">
            {file ? file.name : t('staff.importPage.noFile')}
          </Typography>
          <Button
            variant="contained"
            disabled={!file || problem !== null || busy}
            onClick={() => file && void upload(file)}
            data-testid="import-upload"
          >
            {t('staff.importPage.upload')}
          </Button>
        </Box>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
          {t('staff.importPage.exampleRow')}
        </Typography>
        {problem === 'WRONG_TYPE' ? <Alert severity="error">{t('staff.importPage.wrongType')}</Alert> : null}
        {problem === 'TOO_LARGE' ? <Alert severity="error">{t('staff.importPage.tooLarge')}</Alert> : null}
        {busy ? (
          <Box data-testid="import-progress" aria-live="polite">
            <Typography variant="body2" sx={{ mb: 1 }}>
              {phase === 'UPLOADING'
                ? t('staff.importPage.uploading', { percent })
                : t('staff.importPage.processing')}
            </Typography>
            <LinearProgress
              variant={phase === 'UPLOADING' ? 'determinate' : 'indeterminate'}
              value={percent}
              aria-label={t('staff.importPage.uploading', { percent })}
            />
          </Box>
        ) : null}
      </Paper>
      {outcome ? <ImportOutcomeView outcome={outcome} /> : null}
    </>
  );
}
