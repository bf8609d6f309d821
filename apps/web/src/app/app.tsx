import { RouterProvider } from 'react-router/dom';
import { routePatterns, paths } from './paths';
import { AppProviders } from './providers';
import { createAppRouter } from './router';
import { setUnauthenticatedHandler } from './session-expiry';

const router = createAppRouter();

setUnauthenticatedHandler(() => {
  const { pathname, search } = router.state.location;
  if (pathname === routePatterns.signIn) return;
  // Leave the page first, then drop the expired session's cache (the client is loaded: it reported this).
  void router
    .navigate(paths.signIn(pathname + search), { replace: true })
    .then(() => import('./apollo'))
    .then(({ apolloClient }) => apolloClient.clearStore());
});

export function App() {
  return (
    <AppProviders>
      <RouterProvider router={router} />
    </AppProviders>
  );
}
