import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import { useT } from '../../i18n/i18n';

export function ForbiddenNotice() {
  const t = useT();
  return (
    <Alert severity="warning" data-testid="forbidden">
      <AlertTitle>{t('forbidden.title')}</AlertTitle>
      {t('forbidden.body')}
    </Alert>
  );
}
