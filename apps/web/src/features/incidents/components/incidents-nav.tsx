import { NavEntry } from '../../../app/layout/nav-entry';
import { paths } from '../../../app/paths';
import { useViewer } from '../../auth/hooks/use-viewer';
import { useT } from '../../../i18n/i18n';
import { canReportIncident, canViewIncidents, caseListLabels } from '../hooks/incident-access';

/** The prominent 报告 entry for institution staff (first in the navigation, on every screen). */
export function ReportNav() {
  const t = useT();
  const viewer = useViewer();
  if (!canReportIncident(viewer)) return null;
  return (
    <NavEntry
      to={paths.report()}
      label={t('incidents.nav.report')}
      title={t('incidents.nav.reportHint')}
      testId="nav-report"
      prominent
    />
  );
}

/** The layout's entry to the cases list (issue 4). */
export function IncidentsNav() {
  const t = useT();
  const viewer = useViewer();
  if (!canViewIncidents(viewer)) return null;
  return <NavEntry to={paths.cases()} label={t(caseListLabels(viewer).nav)} testId="nav-cases" />;
}
