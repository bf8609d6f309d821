import { NavEntry } from '../../../app/layout/nav-entry';
import { paths } from '../../../app/paths';
import { useT } from '../../../i18n/i18n';
import { useViewer } from '../../auth/hooks/use-viewer';

/** The layout's entry to 开发者, shown when the API says the viewer may open it (developerAccess). */
export function DeveloperNav() {
  const t = useT();
  if (!useViewer().canOpenDeveloperPage) return null;
  return <NavEntry to={paths.developer()} label={t('developer.nav')} testId="nav-developer" />;
}
