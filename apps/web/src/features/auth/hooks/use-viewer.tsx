import { createContext, useContext, type ReactNode } from 'react';
import type { Permission, ViewerFieldsFragment } from '../../../gql/graphql';

const ViewerContext = createContext<ViewerFieldsFragment | null>(null);

export function ViewerProvider({ viewer, children }: { viewer: ViewerFieldsFragment; children: ReactNode }) {
  return <ViewerContext.Provider value={viewer}>{children}</ViewerContext.Provider>;
}

/** The signed-in user; only valid below the auth guard. */
export function useViewer(): ViewerFieldsFragment {
  const viewer = useContext(ViewerContext);
  if (!viewer) throw new Error('useViewer must be used below <RequireViewer>');
  return viewer;
}

/** The server computes permissions; the UI only hides what is not listed. */
export function useCan(permission: Permission): boolean {
  return useViewer().permissions.includes(permission);
}
