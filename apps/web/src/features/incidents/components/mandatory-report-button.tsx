import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { paths } from '../../../app/paths';
import { useT } from '../../../i18n/i18n';
import { downloadWorkbook, type DownloadOutcome } from '../../../shared/lib/download-workbook';

type State = { type: 'IDLE' } | { type: 'RUNNING' } | DownloadOutcome;

/**
 * Issue 13: the case's 强制报告 JSON as a download. Shown when viewerCan.canExportMandatoryReport says so;
 * the server decides again (and audits) on the download, and includes the child only for the need-to-know group.
 */
export function MandatoryReportButton({ caseId }: { caseId: string }) {
  const t = useT();
  const [state, setState] = useState<State>({ type: 'IDLE' });
  const run = async () => {
    setState({ type: 'RUNNING' });
    setState(
      await downloadWorkbook(paths.caseMandatoryReport(caseId), 'mandatory-report.json', () => undefined),
    );
  };
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 1 }}>
      <Button
        variant="outlined"
        onClick={() => void run()}
        disabled={state.type === 'RUNNING'}
        title={t('mandatoryReport.hint')}
        data-testid="case-mandatory-report"
      >
        {t('mandatoryReport.export')}
      </Button>
      <Box aria-live="polite" data-testid="case-mandatory-report-status">
        {state.type === 'DONE' ? (
          <Typography variant="caption" color="text.secondary">
            {t('mandatoryReport.exported', { name: state.filename })}
          </Typography>
        ) : null}
        {state.type === 'FORBIDDEN' ? <Alert severity="warning">{t('mandatoryReport.refused')}</Alert> : null}
        {state.type === 'INVALID' || state.type === 'FAILED' ? (
          <Alert severity="error">{t('mandatoryReport.failed')}</Alert>
        ) : null}
      </Box>
    </Box>
  );
}
