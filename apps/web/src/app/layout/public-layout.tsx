import type { ReactNode } from 'react';
import { Outlet } from 'react-router';
import { useT } from '../../i18n/i18n';
import { PlainLanguageSwitch } from '../public/plain-language-switch';
import '../../shared/ui/plain.css';

/**
 * The frame of pages a signed-out user can reach: sign-in, the tip line, set password, 404, errors.
 * Plain elements with the public frame's CSS, not MUI: the sign-in route paints without MUI and its
 * styling engine (first paint, issue 14). Themed pages inside it bring their own theme (app/themed.tsx).
 */
export function PublicLayout({ children }: { children?: ReactNode }) {
  const t = useT();
  return (
    <div className="xh-frame">
      <header className="xh-bar">
        <p className="xh-bar-title">{t('app.fullName')}</p>
        <PlainLanguageSwitch />
      </header>
      <main id="main" className="xh-main">
        {children ?? <Outlet />}
      </main>
    </div>
  );
}
