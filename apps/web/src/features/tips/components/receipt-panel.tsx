import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { Link as RouterLink } from 'react-router';
import { paths } from '../../../app/paths';
import { useT } from '../../../i18n/i18n';

function Secret({ label, value, testId }: { label: string; value: string; testId: string }) {
  return (
    <Box sx={{ mb: 2 }}>
      <Typography variant="subtitle2" component="h2">
        {label}
      </Typography>
      <Typography
        data-testid={testId}
        sx={{ fontFamily: 'monospace', fontSize: '1.6rem', letterSpacing: '0.08em', wordBreak: 'break-all' }}
      >
        {value}
      </Typography>
    </Box>
  );
}

/** REP-9: the code and passphrase, shown once, with the warning that they cannot be recovered. */
export function ReceiptPanel({ tipCode, passphrase }: { tipCode: string; passphrase: string }) {
  const t = useT();
  return (
    <Paper variant="outlined" sx={{ p: { xs: 2, sm: 3 } }} data-testid="tip-receipt">
      <Typography variant="h5" component="h1" gutterBottom>
        {t('tips.receipt.title')}
      </Typography>
      <Typography sx={{ mb: 2 }}>{t('tips.receipt.keep')}</Typography>
      <Secret label={t('tips.receipt.code')} value={tipCode} testId="tip-code" />
      <Secret label={t('tips.receipt.passphrase')} value={passphrase} testId="tip-passphrase" />
      <Alert severity="warning" sx={{ mb: 2 }} data-testid="tip-warning">
        {t('tips.receipt.warning')}
      </Alert>
      <Button component={RouterLink} to={paths.tipThread()} variant="contained">
        {t('tips.receipt.open')}
      </Button>
    </Paper>
  );
}
