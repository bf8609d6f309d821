import Button from '@mui/material/Button';
import { useQuery } from '@apollo/client/react';
import { NavLink } from 'react-router';
import { paths } from '../../../app/paths';
import { useT } from '../../../i18n/i18n';
import { MisconductNavQuery } from '../staff.graphql';

/** The layout's entry to the misconduct list, shown when the API says the viewer may open it (VET-11). */
export function MisconductNav() {
  const t = useT();
  const { data } = useQuery(MisconductNavQuery);
  if (!data?.me?.canListMisconduct) return null;
  return (
    <Button
      component={NavLink}
      to={paths.staffMisconduct()}
      color="inherit"
      data-testid="nav-misconduct"
      sx={{ '&.active': { bgcolor: 'rgba(255,255,255,0.18)' } }}
    >
      {t('staff.misconductList.nav')}
    </Button>
  );
}
