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

  // Plain elements with the public frame's CSS (shared/ui/plain.css): the sign-in route paints without
  // MUI (first paint, issue 14).
  return (
    <div className="xh-card xh-card-narrow">
      <h1>{t('auth.signIn.title')}</h1>
      <p className="xh-secondary">{t('auth.signIn.subtitle')}</p>
      <SignInForm onSignedIn={() => void navigate(next, { replace: true })} />
      {/* REP-9: the anonymous tip line, for a pupil or parent who has no account. */}
      <RouterLink className="xh-link" to={paths.tipLine()} data-testid="tip-line-link">
        {t('auth.signIn.tipLine')}
      </RouterLink>
    </div>
  );
}
