import { useEffect } from 'react';
import { MeQuery } from '../../features/auth/auth.graphql';
import { loadMessages, useI18n } from '../../i18n/i18n';
import { RequireViewer } from '../../features/auth/components/require-viewer';
import { apolloClient, WithApollo } from '../apollo';
import { Themed } from '../themed';
import { AppLayout } from './app-layout';

// Ask who is signed in as soon as the shell's chunk runs, while the page's chunk and the dictionary are
// still loading: the guard's identical query joins this one (Apollo deduplicates) instead of waiting
// for them (first paint, issue 14). An UNAUTHENTICATED answer is handled by the guard and the error link.
void apolloClient.query({ query: MeQuery }).catch(() => undefined);

/**
 * Every signed-in page's frame: MUI's theme, Apollo, the viewer guard, the layout with its bell and
 * live socket.
 * Loaded lazily by the router (with the first signed-in page), so none of it weighs on the sign-in route.
 */
export function SignedInShell() {
  useFullMessagesAfterPaint();
  return (
    <Themed>
      <WithApollo>
        <RequireViewer>
          <AppLayout />
        </RequireViewer>
      </WithApollo>
    </Themed>
  );
}

/**
 * The shell painted with its own few messages (the router loaded them); the full dictionary follows
 * once the browser is idle, so the next page opens without waiting for it (first paint, issue 14).
 */
function useFullMessagesAfterPaint() {
  const { language } = useI18n();
  useEffect(() => {
    const load = () => void loadMessages(language).catch(() => undefined);
    // Chrome 87 has requestIdleCallback; jsdom does not.
    const idle = window.requestIdleCallback?.(load, { timeout: 2000 });
    const timer = idle === undefined ? window.setTimeout(load, 0) : undefined;
    return () => {
      if (idle !== undefined) window.cancelIdleCallback(idle);
      window.clearTimeout(timer);
    };
  }, [language]);
}
