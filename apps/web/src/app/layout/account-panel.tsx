import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { NavLink } from 'react-router';
import { useSignOut } from '../../features/auth/hooks/use-sign-out';
import { useViewer } from '../../features/auth/hooks/use-viewer';
import { useT } from '../../i18n/i18n';
import { useLabels } from '../../shared/hooks/use-labels';
import { LanguageSwitch } from '../../shared/ui/language-switch';
import { paths } from '../paths';
import { prefetchRoute } from '../route-prefetch';

/** Who is signed in, as one or two short lines that never wrap the header. */
export function ViewerSummary({ inHeader }: { inHeader: boolean }) {
  const t = useT();
  const labels = useLabels();
  const viewer = useViewer();
  const affiliation = viewer.institution?.name ?? (viewer.unit ? labels.unit(viewer.unit) : null);
  return (
    <Box
      sx={{ textAlign: inHeader ? 'right' : 'left', minWidth: 0, maxWidth: inHeader ? 280 : undefined }}
      data-testid="viewer-summary"
    >
      <Typography variant="body2" component="p" noWrap={inHeader}>
        {t('nav.signedInAs', { name: viewer.displayName })}
      </Typography>
      <Typography variant="caption" component="p" noWrap={inHeader} sx={{ opacity: 0.85 }}>
        {[labels.role(viewer.role), affiliation].filter(Boolean).join(' · ')}
      </Typography>
    </Box>
  );
}

/**
 * The language switch, the security page and signing out: in the header from 900 px, at the foot of
 * the drawer below (`inHeader` false), where each is a full-width thumb-sized control.
 */
export function AccountActions({ inHeader, onNavigate }: { inHeader: boolean; onNavigate?: () => void }) {
  const t = useT();
  const { signOut, isSigningOut } = useSignOut();
  const color = inHeader ? 'inherit' : 'primary';
  return (
    <Box
      sx={
        inHeader
          ? { display: 'flex', alignItems: 'center', gap: 1, flexShrink: 0 }
          : { display: 'flex', flexDirection: 'column', alignItems: 'stretch', gap: 1.5, p: 2 }
      }
    >
      <LanguageSwitch color={inHeader ? 'inherit' : 'standard'} />
      <Button
        color={color}
        component={NavLink}
        to={paths.security()}
        data-testid="nav-security"
        onMouseEnter={() => prefetchRoute(paths.security())}
        onFocus={() => prefetchRoute(paths.security())}
        onClick={onNavigate}
        sx={{ whiteSpace: 'nowrap', minHeight: inHeader ? undefined : 44 }}
      >
        {t('auth.mfa.settings.nav')}
      </Button>
      <Button
        color={color}
        variant="outlined"
        onClick={() => void signOut()}
        disabled={isSigningOut}
        data-testid="sign-out"
        sx={{ whiteSpace: 'nowrap', minHeight: inHeader ? undefined : 44 }}
      >
        {isSigningOut ? t('nav.signingOut') : t('nav.signOut')}
      </Button>
    </Box>
  );
}
