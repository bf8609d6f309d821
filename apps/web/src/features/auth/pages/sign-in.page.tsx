import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useEffect, useState } from 'react';
import { Link as RouterLink, Navigate, useNavigate, useSearchParams } from 'react-router';
import { nextPathFrom, paths } from '../../../app/paths';
import { useT } from '../../../i18n/i18n';
import { MeQuery } from '../auth.graphql';
import { SignInForm } from '../forms/sign-in-form';
import { useLazyApolloClient } from '../hooks/use-lazy-apollo-client';

export function SignInPage() {
  const t = useT();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const next = nextPathFrom(searchParams) ?? paths.home();
  const getClient = useLazyApolloClient();
  const [signedIn, setSignedIn] = useState(false);

  // The form paints at once; Apollo loads after it and asks whether a session exists already (then
  // the page moves on). A failed `me` (server down) leaves the form: signing in will report the problem.
  useEffect(() => {
    let live = true;
    const check = () =>
      void getClient()
        .then((client) => client.query({ query: MeQuery, fetchPolicy: 'cache-first' }))
        .then(({ data }) => live && setSignedIn(Boolean(data?.me)))
        .catch(() => undefined);
    // Once the browser is idle after painting (Chrome 87 has requestIdleCallback; jsdom does not).
    const idle = window.requestIdleCallback?.(check, { timeout: 1000 });
    const timer = idle === undefined ? window.setTimeout(check, 0) : undefined;
    return () => {
      live = false;
      if (idle !== undefined) window.cancelIdleCallback(idle);
      window.clearTimeout(timer);
    };
  }, [getClient]);

  useEffect(() => {
    document.title = `${t('auth.signIn.title')} · ${t('app.name')}`;
  }, [t]);

  if (signedIn) return <Navigate to={next} replace />;

  return (
    <Paper sx={{ p: { xs: 3, sm: 4 }, maxWidth: 420, mx: 'auto', mt: { xs: 2, sm: 8 } }} elevation={2}>
      <Typography variant="h5" component="h1" gutterBottom>
        {t('auth.signIn.title')}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 3 }}>
        {t('auth.signIn.subtitle')}
      </Typography>
      <SignInForm onSignedIn={() => void navigate(next, { replace: true })} />
      {/* REP-9: the anonymous tip line, for a pupil or parent who has no account. */}
      <Typography
        component={RouterLink}
        to={paths.tipLine()}
        variant="body2"
        color="primary"
        sx={{ display: 'block', mt: 3, textAlign: 'center' }}
        data-testid="tip-line-link"
      >
        {t('auth.signIn.tipLine')}
      </Typography>
    </Paper>
  );
}
