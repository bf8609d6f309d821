import CssBaseline from '@mui/material/CssBaseline';
import { ThemeProvider } from '@mui/material/styles';
import { useMemo, type ReactNode } from 'react';
import { I18nProvider, useI18n } from '../i18n/i18n';
import { buildTheme } from './theme';

function LocalizedTheme({ children }: { children: ReactNode }) {
  const { language } = useI18n();
  const theme = useMemo(() => buildTheme(language), [language]);
  return (
    <ThemeProvider theme={theme}>
      <CssBaseline />
      {children}
    </ThemeProvider>
  );
}

// Apollo's provider is not here: pages that use Apollo get it from app/apollo.tsx when they load
// (the signed-in shell wraps every signed-in page), so the sign-in route's first paint does not wait
// for Apollo Client.
export function AppProviders({ children }: { children: ReactNode }) {
  return (
    <I18nProvider>
      <LocalizedTheme>{children}</LocalizedTheme>
    </I18nProvider>
  );
}
