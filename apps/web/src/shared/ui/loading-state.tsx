import Box from '@mui/material/Box';
import CircularProgress from '@mui/material/CircularProgress';
import Typography from '@mui/material/Typography';
import { useT } from '../../i18n/i18n';

export function LoadingState() {
  const t = useT();
  return (
    <Box
      role="status"
      aria-live="polite"
      data-testid="loading"
      sx={{ display: 'flex', alignItems: 'center', justifyContent: 'center', gap: 2, py: 6 }}
    >
      <CircularProgress size={24} aria-hidden />
      <Typography color="text.secondary">{t('common.loading')}</Typography>
    </Box>
  );
}
