import Button from '@mui/material/Button';
import { NavLink } from 'react-router';
import { paths } from '../../../app/paths';
import { useViewer } from '../../auth/hooks/use-viewer';
import { useT } from '../../../i18n/i18n';
import { canReportIncident, canViewIncidents, caseListLabels } from '../hooks/incident-access';

/** The layout's entries for issue 4: the prominent 报告 button for institution staff, and the cases list. */
export function IncidentsNav() {
  const t = useT();
  const viewer = useViewer();
  return (
    <>
      {canViewIncidents(viewer) ? (
        <Button
          component={NavLink}
          to={paths.cases()}
          color="inherit"
          data-testid="nav-cases"
          sx={{ '&.active': { bgcolor: 'rgba(255,255,255,0.18)' } }}
        >
          {t(caseListLabels(viewer).nav)}
        </Button>
      ) : null}
      {canReportIncident(viewer) ? (
        <Button
          component={NavLink}
          to={paths.report()}
          variant="contained"
          color="error"
          title={t('incidents.nav.reportHint')}
          data-testid="nav-report"
          sx={{ fontWeight: 700, px: 3, boxShadow: 3 }}
        >
          {t('incidents.nav.report')}
        </Button>
      ) : null}
    </>
  );
}
