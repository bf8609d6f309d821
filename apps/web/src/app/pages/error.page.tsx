import { useEffect } from 'react';
import { Navigate, isRouteErrorResponse, useLocation, useRouteError } from 'react-router';
import { useT } from '../../i18n/i18n';
import { isUnauthenticated } from '../../shared/lib/graphql-errors';
import { PublicLayout } from '../layout/public-layout';
import { paths } from '../paths';
import { NotFoundPage } from './not-found.page';

/**
 * The router's error boundary: says what went wrong in plain words and what to do. Plain elements in
 * the public frame: it must show even when a themed chunk is what failed to load.
 */
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
      <div className="xh-card" role="alert" data-testid="error-page">
        <h1>{t('error.title')}</h1>
        <p>{t('error.body')}</p>
        <div className="xh-actions">
          <button type="button" className="xh-button" onClick={() => window.location.reload()}>
            {t('error.reload')}
          </button>
          {/* A plain link: the router itself may be what failed. */}
          <a className="xh-button xh-button-outlined" href={paths.home()}>
            {t('error.home')}
          </a>
        </div>
      </div>
    </PublicLayout>
  );
}
