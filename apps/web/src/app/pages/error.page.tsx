import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useEffect } from 'react';
import { Navigate, isRouteErrorResponse, useLocation, useRouteError } from 'react-router';
import { useT } from '../../i18n/i18n';
import { isUnauthenticated } from '../../shared/lib/graphql-errors';
import { PublicLayout } from '../layout/public-layout';
import { paths } from '../paths';
import { NotFoundPage } from './not-found.page';

/** The router's error boundary: says what went wrong in plain words and what to do. */
export function ErrorPage() {
  const t = useT();
  const error = useRouteError();
  const location = useLocation();

  useEffect(() => {
    document.title = `${t('error.title')} · ${t('app.name')}`;
  }, [t]);

  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundPage />;
  if (isUnauthenticated(error))
    return <Navigate to={paths.signIn(location.pathname + location.search)} replace />;

  return (
    <PublicLayout>
      <Paper sx={{ p: 4 }} role="alert" data-testid="error-page">
        <Typography variant="h5" component="h1" gutterBottom>
          {t('error.title')}
        </Typography>
        <Typography sx={{ mb: 3 }}>{t('error.body')}</Typography>
        <Stack direction="row" spacing={2}>
          <Button variant="contained" onClick={() => window.location.reload()}>
            {t('error.reload')}
          </Button>
          {/* A plain link: the router itself may be what failed. */}
          <Button variant="outlined" href={paths.home()}>
            {t('error.home')}
          </Button>
        </Stack>
      </Paper>
    </PublicLayout>
  );
}
