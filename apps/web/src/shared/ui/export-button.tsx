import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useT } from '../../i18n/i18n';
import { downloadWorkbook, formatSize, type DownloadOutcome } from '../lib/download-workbook';

type State = { type: 'IDLE' } | { type: 'RUNNING'; bytes: number } | DownloadOutcome;

/** An Export button for a server-made workbook, with the bytes received while it streams and the outcome. */
export function ExportButton({
  url,
  fallbackName,
  label,
  hint,
  testId,
}: {
  url: string;
  fallbackName: string;
  label: string;
  hint?: string;
  testId: string;
}) {
  const t = useT();
  const [state, setState] = useState<State>({ type: 'IDLE' });
  const isRunning = state.type === 'RUNNING';
  const run = async () => {
    setState({ type: 'RUNNING', bytes: 0 });
    setState(await downloadWorkbook(url, fallbackName, (bytes) => setState({ type: 'RUNNING', bytes })));
  };
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 1, minWidth: 200 }}>
      <Button
        variant="outlined"
        onClick={() => void run()}
        disabled={isRunning}
        title={hint}
        data-testid={testId}
      >
        {label}
      </Button>
      <Box aria-live="polite" data-testid={`${testId}-status`}>
        {isRunning ? (
          <>
            <LinearProgress aria-label={label} />
            <Typography variant="caption" color="text.secondary">
              {t('caseList.exporting', { size: formatSize(state.bytes) })}
            </Typography>
          </>
        ) : null}
        {state.type === 'DONE' ? (
          <Typography variant="caption" color="text.secondary">
            {t('caseList.exported', { name: state.filename })}
          </Typography>
        ) : null}
        {state.type === 'FORBIDDEN' ? (
          <Alert severity="warning">{t('caseList.exportForbidden')}</Alert>
        ) : null}
        {state.type === 'INVALID' ? (
          <Alert severity="warning">{t('caseList.exportInvalid', { message: state.message })}</Alert>
        ) : null}
        {state.type === 'FAILED' ? <Alert severity="error">{t('caseList.exportFailed')}</Alert> : null}
      </Box>
    </Box>
  );
}
