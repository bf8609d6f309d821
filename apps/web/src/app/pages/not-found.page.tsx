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
      <div className="xh-card" data-testid="not-found">
        <p className="xh-overline">404</p>
        <h1>{t('notFound.title')}</h1>
        <p>{t('notFound.body')}</p>
        <RouterLink className="xh-button" to={paths.home()}>
          {t('error.home')}
        </RouterLink>
      </div>
    </PublicLayout>
  );
}
