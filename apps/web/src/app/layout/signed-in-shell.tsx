import { RequireViewer } from '../../features/auth/components/require-viewer';
import { WithApollo } from '../apollo';
import { AppLayout } from './app-layout';

/**
 * Every signed-in page's frame: Apollo, the viewer guard, the layout with its bell and live socket.
 * Loaded lazily by the router (with the first signed-in page), so none of it weighs on the sign-in route.
 */
export function SignedInShell() {
  return (
    <WithApollo>
      <RequireViewer>
        <AppLayout />
      </RequireViewer>
    </WithApollo>
  );
}
