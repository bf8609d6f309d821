import CssBaseline from '@mui/material/CssBaseline';
import { ThemeProvider } from '@mui/material/styles';
import { useMemo, type ComponentType, type ReactNode } from 'react';
import { useI18n } from '../i18n/i18n';
import { buildTheme } from './theme';

/**
 * MUI's theme in the reader's language, around the parts of the app drawn with MUI: the signed-in
 * shell, the tip line, set password, the MFA step. Not at the root: the sign-in route and the public
 * frame paint without MUI (first paint, issue 14).
 */
export function Themed({ children }: { children: ReactNode }) {
  const { language } = useI18n();
  const theme = useMemo(() => buildTheme(language), [language]);
  return (
    <ThemeProvider theme={theme}>
      <CssBaseline />
      {children}
    </ThemeProvider>
  );
}

/** A component drawn inside the theme (for a route's or a lazy step's component). */
export function withTheme<P extends object>(Component: ComponentType<P>): ComponentType<P> {
  function ThemedComponent(props: P) {
    return (
      <Themed>
        <Component {...props} />
      </Themed>
    );
  }
  return ThemedComponent;
}
