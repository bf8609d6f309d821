import type { ReactNode } from 'react';
import { I18nProvider } from '../i18n/i18n';

// Only the language is provided at the root. MUI's theme (app/themed.tsx) wraps the parts drawn with
// MUI, and Apollo's provider (app/apollo.tsx) the pages that talk GraphQL through Apollo, as they load:
// the sign-in route's first paint waits for neither (issue 14).
export function AppProviders({ children }: { children: ReactNode }) {
  return <I18nProvider>{children}</I18nProvider>;
}
