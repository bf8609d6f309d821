import { useQuery } from '@apollo/client/react';
import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { paths } from '../../../app/paths';
import { isUnauthenticated } from '../../../shared/lib/graphql-errors';
import { LoadingState } from '../../../shared/ui/loading-state';
import { QueryError } from '../../../shared/ui/query-error';
import { MeQuery } from '../auth.graphql';
import { ViewerProvider } from '../hooks/use-viewer';

/** The auth guard: nobody reaches the pages below without a session; the intended path is kept. */
export function RequireViewer({ children }: { children: ReactNode }) {
  const location = useLocation();
  const { data, loading, error, refetch } = useQuery(MeQuery);
  const signIn = <Navigate to={paths.signIn(location.pathname + location.search)} replace />;

  if (loading && !data) return <LoadingState />;
  if (error)
    return isUnauthenticated(error) ? signIn : <QueryError error={error} onRetry={() => void refetch()} />;
  if (!data?.me) return signIn;
  return <ViewerProvider viewer={data.me}>{children}</ViewerProvider>;
}
