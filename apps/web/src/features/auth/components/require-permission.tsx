import type { ReactNode } from 'react';
import type { Permission } from '../../../gql/graphql';
import { ForbiddenNotice } from '../../../shared/ui/forbidden-notice';
import { useCan } from '../hooks/use-viewer';

/** Hides a page the viewer may not use; the server refuses it anyway. */
export function RequirePermission({ permission, children }: { permission: Permission; children: ReactNode }) {
  return useCan(permission) ? <>{children}</> : <ForbiddenNotice />;
}
