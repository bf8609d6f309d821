import { RouterProvider } from 'react-router/dom';
import { createApolloClient } from './apollo-client';
import { routePatterns, paths } from './paths';
import { AppProviders } from './providers';
import { createAppRouter } from './router';

const router = createAppRouter();

const client = createApolloClient({
  onUnauthenticated: () => {
    const { pathname, search } = router.state.location;
    if (pathname === routePatterns.signIn) return;
    // Leave the page first, then drop the expired session's cache.
    void router.navigate(paths.signIn(pathname + search), { replace: true }).then(() => client.clearStore());
  },
});

export function App() {
  return (
    <AppProviders client={client}>
      <RouterProvider router={router} />
    </AppProviders>
  );
}
