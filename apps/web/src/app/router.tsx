import { createBrowserRouter, type RouteObject } from 'react-router';
import { RequireViewer } from '../features/auth/components/require-viewer';
import { LoadingState } from '../shared/ui/loading-state';
import { AppLayout } from './layout/app-layout';
import { PublicLayout } from './layout/public-layout';
import { ErrorPage } from './pages/error.page';
import { HomeRedirectPage } from './pages/home-redirect.page';
import { NotFoundPage } from './pages/not-found.page';
import { routePatterns } from './paths';

function SignedInShell() {
  return (
    <RequireViewer>
      <AppLayout />
    </RequireViewer>
  );
}

// Each page is its own chunk; the shell, guard and error pages load with the entry.
export const routes: RouteObject[] = [
  {
    ErrorBoundary: ErrorPage,
    HydrateFallback: LoadingState,
    children: [
      {
        Component: PublicLayout,
        children: [
          {
            path: routePatterns.signIn,
            lazy: () =>
              import('../features/auth/pages/sign-in.page').then((m) => ({ Component: m.SignInPage })),
          },
        ],
      },
      {
        Component: SignedInShell,
        children: [
          { index: true, Component: HomeRedirectPage },
          {
            path: routePatterns.institutions,
            lazy: () =>
              import('../features/institutions/pages/institutions.page').then((m) => ({
                Component: m.InstitutionsPage,
              })),
          },
          {
            path: routePatterns.institution,
            lazy: () =>
              import('../features/institutions/pages/institution.page').then((m) => ({
                Component: m.InstitutionPage,
              })),
          },
          {
            path: routePatterns.matrix,
            lazy: () => import('../features/matrix/pages/matrix.page').then((m) => ({ Component: m.MatrixPage })),
          },
          {
            path: routePatterns.audit,
            lazy: () => import('../features/audit/pages/audit.page').then((m) => ({ Component: m.AuditPage })),
          },
        ],
      },
      { path: routePatterns.notFound, Component: NotFoundPage },
    ],
  },
];

export function createAppRouter() {
  return createBrowserRouter(routes);
}

export type AppRouter = ReturnType<typeof createAppRouter>;
