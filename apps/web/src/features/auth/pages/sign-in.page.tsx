import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useQuery } from '@apollo/client/react';
import { useEffect } from 'react';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { nextPathFrom, paths } from '../../../app/paths';
import { useT } from '../../../i18n/i18n';
import { LoadingState } from '../../../shared/ui/loading-state';
import { MeQuery } from '../auth.graphql';
import { SignInForm } from '../forms/sign-in-form';

export function SignInPage() {
  const t = useT();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const next = nextPathFrom(searchParams) ?? paths.home();
  // A failed `me` (server down) still shows the form: signing in will report the problem.
  const { data, loading } = useQuery(MeQuery, { fetchPolicy: 'cache-first' });

  useEffect(() => {
    document.title = `${t('auth.signIn.title')} · ${t('app.name')}`;
  }, [t]);

  if (loading && !data) return <LoadingState />;
  if (data?.me) return <Navigate to={next} replace />;

  return (
    <Paper sx={{ p: { xs: 3, sm: 4 }, maxWidth: 420, mx: 'auto', mt: { xs: 2, sm: 8 } }} elevation={2}>
      <Typography variant="h5" component="h1" gutterBottom>
        {t('auth.signIn.title')}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 3 }}>
        {t('auth.signIn.subtitle')}
      </Typography>
      <SignInForm onSignedIn={() => void navigate(next, { replace: true })} />
    </Paper>
  );
}
