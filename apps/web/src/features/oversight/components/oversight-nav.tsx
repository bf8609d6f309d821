import Button from '@mui/material/Button';
import { useQuery } from '@apollo/client/react';
import { NavLink } from 'react-router';
import { paths } from '../../../app/paths';
import { useT } from '../../../i18n/i18n';
import { OversightNavQuery } from '../oversight.graphql';

/** The layout's entry to 监管总览, shown when the API says the viewer may open it (oversightAccess). */
export function OversightNav() {
  const t = useT();
  const { data } = useQuery(OversightNavQuery);
  if (!data?.me?.canViewDashboard) return null;
  return (
    <Button
      component={NavLink}
      to={paths.oversight()}
      color="inherit"
      data-testid="nav-oversight"
      sx={{ '&.active': { bgcolor: 'rgba(255,255,255,0.18)' } }}
    >
      {t('oversight.nav')}
    </Button>
  );
}
