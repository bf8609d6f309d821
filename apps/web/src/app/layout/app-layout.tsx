import AppBar from '@mui/material/AppBar';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Container from '@mui/material/Container';
import Link from '@mui/material/Link';
import Toolbar from '@mui/material/Toolbar';
import Typography from '@mui/material/Typography';
import { NavLink, Link as RouterLink, Outlet } from 'react-router';
import { useSignOut } from '../../features/auth/hooks/use-sign-out';
import { useViewer } from '../../features/auth/hooks/use-viewer';
import { IncidentsNav } from '../../features/incidents/components/incidents-nav';
import { NotificationBell } from '../../features/incidents/components/notification-bell';
import { OversightNav } from '../../features/oversight/components/oversight-nav';
import { MisconductNav } from '../../features/staff/components/misconduct-nav';
import type { Permission } from '../../gql/graphql';
import { useT, type MessageKey } from '../../i18n/i18n';
import { useLabels } from '../../shared/hooks/use-labels';
import { LanguageSwitch } from '../../shared/ui/language-switch';
import { paths } from '../paths';

/** Navigation entries, each shown only when the server grants its permission. */
export const NAV_ITEMS: readonly {
  permission: Permission;
  to: () => string;
  label: MessageKey;
  testId: string;
}[] = [
  {
    permission: 'VIEW_INSTITUTIONS',
    to: () => paths.institutions(),
    label: 'nav.institutions',
    testId: 'nav-institutions',
  },
  { permission: 'VIEW_RESPONSIBILITY_MATRIX', to: paths.matrix, label: 'nav.matrix', testId: 'nav-matrix' },
  { permission: 'VIEW_AUDIT', to: paths.audit, label: 'nav.audit', testId: 'nav-audit' },
  {
    permission: 'VIEW_ASSESSMENTS',
    to: paths.assessments,
    label: 'assessment.nav',
    testId: 'nav-assessments',
  },
  {
    permission: 'VIEW_SURROUNDINGS',
    to: () => paths.surroundings(),
    label: 'surroundings.nav',
    testId: 'nav-surroundings',
  },
  {
    permission: 'VIEW_INSPECTIONS',
    to: paths.inspections,
    label: 'inspections.nav',
    testId: 'nav-inspections',
  },
  { permission: 'VIEW_HAZARDS', to: () => paths.hazards(), label: 'hazards.nav', testId: 'nav-hazards' },
  { permission: 'VIEW_STAFF', to: () => paths.staff(), label: 'staff.nav', testId: 'nav-staff' },
  {
    permission: 'VIEW_MONITORED_PLACES',
    to: () => paths.places(),
    label: 'places.nav',
    testId: 'nav-places',
  },
  { permission: 'RECORD_DORM_ENTRIES', to: paths.dormDoor, label: 'dorms.nav.door', testId: 'nav-dorm-door' },
  {
    permission: 'VIEW_DORM_ENTRIES',
    to: paths.dormEntries,
    label: 'dorms.nav.entries',
    testId: 'nav-dorm-entries',
  },
  {
    permission: 'VIEW_CARE_RECORDS',
    to: () => paths.careRecords(),
    label: 'careRecords.nav',
    testId: 'nav-care-records',
  },
  { permission: 'VIEW_CARE_RECORDS', to: () => paths.classes(), label: 'classes.nav', testId: 'nav-classes' },
  {
    permission: 'VIEW_CHILD_FILES',
    to: paths.childFiles,
    label: 'childFiles.nav',
    testId: 'nav-child-files',
  },
  { permission: 'VIEW_TRAINING', to: paths.training, label: 'training.nav', testId: 'nav-training' },
  { permission: 'MANAGE_ACCOUNTS', to: paths.accounts, label: 'accounts.nav', testId: 'nav-accounts' },
  { permission: 'VIEW_MAIL_OUTBOX', to: paths.outbox, label: 'outbox.nav', testId: 'nav-outbox' },
];

export function AppLayout() {
  const t = useT();
  const labels = useLabels();
  const viewer = useViewer();
  const { signOut, isSigningOut } = useSignOut();
  const items = NAV_ITEMS.filter((item) => viewer.permissions.includes(item.permission));
  const affiliation = viewer.institution?.name ?? (viewer.unit ? labels.unit(viewer.unit) : null);

  return (
    <Box sx={{ minHeight: '100vh', bgcolor: 'background.default' }}>
      <Link
        href="#main"
        sx={{
          position: 'absolute',
          left: -9999,
          '&:focus': { left: 8, top: 8, zIndex: 2000, bgcolor: 'background.paper', p: 1 },
        }}
      >
        {t('app.skipToContent')}
      </Link>
      <AppBar position="sticky" elevation={1}>
        <Toolbar sx={{ gap: 2, flexWrap: 'wrap', py: 1 }}>
          <Typography
            variant="h6"
            component={RouterLink}
            to={paths.home()}
            sx={{ color: 'inherit', textDecoration: 'none', mr: 2 }}
          >
            {t('app.name')}
          </Typography>
          <Box
            component="nav"
            aria-label={t('nav.main')}
            sx={{ display: 'flex', gap: 1, flex: 1, flexWrap: 'wrap' }}
          >
            {items.map((item) => (
              <Button
                key={item.testId}
                component={NavLink}
                to={item.to()}
                color="inherit"
                data-testid={item.testId}
                sx={{ '&.active': { bgcolor: 'rgba(255,255,255,0.18)' } }}
              >
                {t(item.label)}
              </Button>
            ))}
            <OversightNav />
            <MisconductNav />
            <IncidentsNav />
          </Box>
          <NotificationBell />
          <Box sx={{ textAlign: 'right' }} data-testid="viewer-summary">
            <Typography variant="body2" component="p">
              {t('nav.signedInAs', { name: viewer.displayName })}
            </Typography>
            <Typography variant="caption" component="p" sx={{ opacity: 0.85 }}>
              {[labels.role(viewer.role), affiliation].filter(Boolean).join(' · ')}
            </Typography>
          </Box>
          <LanguageSwitch color="inherit" />
          <Button color="inherit" component={NavLink} to={paths.security()} data-testid="nav-security">
            {t('auth.mfa.settings.nav')}
          </Button>
          <Button
            color="inherit"
            variant="outlined"
            onClick={() => void signOut()}
            disabled={isSigningOut}
            data-testid="sign-out"
          >
            {isSigningOut ? t('nav.signingOut') : t('nav.signOut')}
          </Button>
        </Toolbar>
      </AppBar>
      <Container component="main" id="main" maxWidth="xl" sx={{ py: 3 }} tabIndex={-1}>
        <Outlet />
      </Container>
    </Box>
  );
}
