import AppBar from '@mui/material/AppBar';
import Box from '@mui/material/Box';
import Divider from '@mui/material/Divider';
import Drawer from '@mui/material/Drawer';
import IconButton from '@mui/material/IconButton';
import Link from '@mui/material/Link';
import SvgIcon from '@mui/material/SvgIcon';
import Toolbar from '@mui/material/Toolbar';
import Typography from '@mui/material/Typography';
import { useTheme } from '@mui/material/styles';
import useMediaQuery from '@mui/material/useMediaQuery';
import { useCallback, useEffect, useState } from 'react';
import { Link as RouterLink, Outlet, useLocation } from 'react-router';
import { NotificationBell } from '../../features/incidents/components/notification-bell';
import { useT } from '../../i18n/i18n';
import { paths } from '../paths';
import { AccountActions, ViewerSummary } from './account-panel';
import { NavCloseContext } from './nav-entry';
import { NavList } from './nav-list';

export { NAV_ITEMS } from './nav-items';

/** Width of the side navigation from 900 px (the `md` breakpoint). */
export const SIDE_NAV_WIDTH = 232;
const DRAWER_ID = 'main-nav-drawer';

function MenuIcon() {
  return (
    <SvgIcon aria-hidden>
      <path d="M3 6h18v2H3zm0 5h18v2H3zm0 5h18v2H3z" />
    </SvgIcon>
  );
}

function SkipLink() {
  const t = useT();
  return (
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
  );
}

function AppName() {
  const t = useT();
  return (
    <Typography
      variant="h6"
      component={RouterLink}
      to={paths.home()}
      noWrap
      sx={{ color: 'inherit', textDecoration: 'none', flexShrink: 0 }}
    >
      {t('app.name')}
    </Typography>
  );
}

/**
 * Below 900 px: a one-row header (menu button, app name, bell) and the navigation, the language switch,
 * the security page and signing out in a temporary drawer (MUI's responsive drawer pattern). Escape or
 * a click outside closes it and focus returns to the menu button; choosing an entry closes it too.
 */
function CompactShell() {
  const t = useT();
  const [open, setOpen] = useState(false);
  const close = useCallback(() => setOpen(false), []);
  const { pathname } = useLocation();
  useEffect(() => close(), [pathname, close]);
  return (
    <>
      <AppBar position="sticky" elevation={1} data-testid="app-header">
        <Toolbar sx={{ gap: 1, minHeight: { xs: 56 }, px: { xs: 1, sm: 2 } }}>
          <IconButton
            color="inherit"
            edge="start"
            onClick={() => setOpen(true)}
            aria-label={t('nav.openMenu')}
            aria-controls={open ? DRAWER_ID : undefined}
            aria-expanded={open ? 'true' : 'false'}
            data-testid="nav-menu-button"
            sx={{ width: 48, height: 48 }}
          >
            <MenuIcon />
          </IconButton>
          <AppName />
          <Box sx={{ flex: 1 }} />
          <NotificationBell />
        </Toolbar>
      </AppBar>
      <Drawer
        variant="temporary"
        open={open}
        onClose={close}
        slotProps={{
          paper: {
            id: DRAWER_ID,
            'aria-label': t('nav.menu'),
            sx: { width: 300, maxWidth: '85vw' },
          },
        }}
        data-testid="nav-drawer"
      >
        <NavCloseContext.Provider value={close}>
          <Box sx={{ p: 2 }}>
            <ViewerSummary inHeader={false} />
          </Box>
          <Divider />
          <NavList />
          <Divider />
          <AccountActions inHeader={false} onNavigate={close} />
        </NavCloseContext.Provider>
      </Drawer>
    </>
  );
}

/** From 900 px: a one-row header and a permanent side navigation (nothing wraps, however many entries). */
function WideShell() {
  return (
    <>
      <AppBar
        position="fixed"
        elevation={1}
        data-testid="app-header"
        sx={{ zIndex: (theme) => theme.zIndex.drawer + 1 }}
      >
        <Toolbar sx={{ gap: 2, flexWrap: 'nowrap' }}>
          <AppName />
          <Box sx={{ flex: 1 }} />
          <NotificationBell />
          <ViewerSummary inHeader />
          <AccountActions inHeader />
        </Toolbar>
      </AppBar>
      <Drawer
        variant="permanent"
        sx={{
          width: SIDE_NAV_WIDTH,
          flexShrink: 0,
          '& .MuiDrawer-paper': { width: SIDE_NAV_WIDTH, boxSizing: 'border-box' },
        }}
        data-testid="side-nav"
      >
        <Toolbar />
        <Box sx={{ overflowY: 'auto', py: 1 }}>
          <NavList />
        </Box>
      </Drawer>
    </>
  );
}

export function AppLayout() {
  const compact = useMediaQuery(useTheme().breakpoints.down('md'), { noSsr: true });
  return (
    <Box sx={{ minHeight: '100vh', bgcolor: 'background.default', display: compact ? 'block' : 'flex' }}>
      <SkipLink />
      {compact ? <CompactShell /> : <WideShell />}
      <Box
        component="main"
        id="main"
        tabIndex={-1}
        sx={{ flexGrow: 1, minWidth: 0, px: { xs: 2, sm: 3 }, py: 3, maxWidth: compact ? undefined : 1536 }}
      >
        {compact ? null : <Toolbar />}
        <Outlet />
      </Box>
    </Box>
  );
}
