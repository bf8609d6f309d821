import List from '@mui/material/List';
import { useViewer } from '../../features/auth/hooks/use-viewer';
import { IncidentsNav, ReportNav } from '../../features/incidents/components/incidents-nav';
import { OversightNav } from '../../features/oversight/components/oversight-nav';
import { MisconductNav } from '../../features/staff/components/misconduct-nav';
import { DeveloperNav } from '../../features/developer/components/developer-nav';
import { useT } from '../../i18n/i18n';
import { NavEntry } from './nav-entry';
import { NAV_ITEMS } from './nav-items';

/** The main navigation as one vertical list: the side navigation from 900 px, the drawer below. */
export function NavList() {
  const t = useT();
  const viewer = useViewer();
  const items = NAV_ITEMS.filter((item) => viewer.permissions.includes(item.permission));
  return (
    <nav aria-label={t('nav.main')} data-testid="main-nav">
      <ReportNav />
      <List dense disablePadding>
        <IncidentsNav />
        <OversightNav />
        {items.map((item) => (
          <NavEntry key={item.testId} to={item.to()} label={t(item.label)} testId={item.testId} />
        ))}
        <MisconductNav />
        <DeveloperNav />
      </List>
    </nav>
  );
}
