import type { ApolloClient } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
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

export function AppProviders({ client, children }: { client: ApolloClient; children: ReactNode }) {
  return (
    <I18nProvider>
      <LocalizedTheme>
        <ApolloProvider client={client}>{children}</ApolloProvider>
      </LocalizedTheme>
    </I18nProvider>
  );
}
