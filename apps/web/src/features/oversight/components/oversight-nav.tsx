import { useQuery } from '@apollo/client/react';
import { NavEntry } from '../../../app/layout/nav-entry';
import { paths } from '../../../app/paths';
import { useT } from '../../../i18n/i18n';
import { OversightNavQuery } from '../oversight.graphql';

/** The layout's entry to 监管总览, shown when the API says the viewer may open it (oversightAccess). */
export function OversightNav() {
  const t = useT();
  const { data } = useQuery(OversightNavQuery);
  if (!data?.me?.canViewDashboard) return null;
  return <NavEntry to={paths.oversight()} label={t('oversight.nav')} testId="nav-oversight" />;
}
