import { MeQuery } from '../../features/auth/auth.graphql';
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
