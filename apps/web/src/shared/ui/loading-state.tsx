import { useT } from '../../i18n/i18n';
import './plain.css';

/**
 * Loading, said in words beside a spinner. Plain elements with the public frame's CSS: it is also the
 * router's fallback while a page's chunk loads, before MUI is there (first paint, issue 14).
 */
export function LoadingState() {
  const t = useT();
  return (
    <div role="status" aria-live="polite" data-testid="loading" className="xh-loading">
      <span className="xh-spinner" aria-hidden />
      <span>{t('common.loading')}</span>
    </div>
  );
}
