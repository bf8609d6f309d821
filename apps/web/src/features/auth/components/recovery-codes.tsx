import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import { useT } from '../../../i18n/i18n';

/** The ten recovery codes, shown once; the person confirms having saved them. */
export function RecoveryCodes({ codes, onDone }: { codes: string[]; onDone: () => void }) {
  const t = useT();
  return (
    <Stack spacing={2} data-testid="mfa-recovery-codes">
      <Alert severity="warning">{t('auth.mfa.recoveryCodesIntro')}</Alert>
      <Box
        component="ol"
        aria-label={t('auth.mfa.recoveryCodes')}
        sx={{ fontFamily: 'monospace', fontSize: '1.05rem', columns: 2, m: 0, pl: 4 }}
      >
        {codes.map((code) => (
          <li key={code} data-testid="mfa-recovery-code">
            {code}
          </li>
        ))}
      </Box>
      <Button variant="contained" autoFocus onClick={onDone} data-testid="mfa-recovery-codes-saved">
        {t('auth.mfa.recoveryCodesSaved')}
      </Button>
    </Stack>
  );
}
