import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useEffect } from 'react';
import { Link as RouterLink } from 'react-router';
import { useT } from '../../i18n/i18n';
import { PublicLayout } from '../layout/public-layout';
import { paths } from '../paths';

export function NotFoundPage() {
  const t = useT();
  useEffect(() => {
    document.title = `${t('notFound.title')} · ${t('app.name')}`;
  }, [t]);
  return (
    <PublicLayout>
      <Paper sx={{ p: 4 }} data-testid="not-found">
        <Typography variant="overline" color="text.secondary">
          404
        </Typography>
        <Typography variant="h5" component="h1" gutterBottom>
          {t('notFound.title')}
        </Typography>
        <Typography sx={{ mb: 3 }}>{t('notFound.body')}</Typography>
        <Button variant="contained" component={RouterLink} to={paths.home()}>
          {t('error.home')}
        </Button>
      </Paper>
    </PublicLayout>
  );
}
