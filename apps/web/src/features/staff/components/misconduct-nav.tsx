import { useQuery } from '@apollo/client/react';
import { NavEntry } from '../../../app/layout/nav-entry';
import { paths } from '../../../app/paths';
import { useT } from '../../../i18n/i18n';
import { MisconductNavQuery } from '../staff.graphql';

/** The layout's entry to the misconduct list, shown when the API says the viewer may open it (VET-11). */
export function MisconductNav() {
  const t = useT();
  const { data } = useQuery(MisconductNavQuery);
  if (!data?.me?.canListMisconduct) return null;
  return (
    <NavEntry to={paths.staffMisconduct()} label={t('staff.misconductList.nav')} testId="nav-misconduct" />
  );
}
