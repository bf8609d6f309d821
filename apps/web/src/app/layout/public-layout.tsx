import AppBar from '@mui/material/AppBar';
import Box from '@mui/material/Box';
import Container from '@mui/material/Container';
import Toolbar from '@mui/material/Toolbar';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { Outlet } from 'react-router';
import { useT } from '../../i18n/i18n';
import { LanguageSwitch } from '../../shared/ui/language-switch';

/** The frame of pages a signed-out user can reach: sign-in, 404, errors. */
export function PublicLayout({ children }: { children?: ReactNode }) {
  const t = useT();
  return (
    <Box sx={{ minHeight: '100vh', bgcolor: 'background.default' }}>
      <AppBar position="static" elevation={0}>
        <Toolbar sx={{ gap: 2 }}>
          <Typography variant="h6" component="p" sx={{ flex: 1 }}>
            {t('app.fullName')}
          </Typography>
          <LanguageSwitch color="inherit" />
        </Toolbar>
      </AppBar>
      <Container component="main" id="main" maxWidth="md" sx={{ py: 4 }}>
        {children ?? <Outlet />}
      </Container>
    </Box>
  );
}
