import { Navigate } from 'react-router';
import { useViewer } from '../../features/auth/hooks/use-viewer';
import { ForbiddenNotice } from '../../shared/ui/forbidden-notice';
import { NAV_ITEMS } from '../layout/app-layout';

/** `/` opens the first page the viewer may use. */
export function HomeRedirectPage() {
  const viewer = useViewer();
  const first = NAV_ITEMS.find((item) => viewer.permissions.includes(item.permission));
  return first ? <Navigate to={first.to()} replace /> : <ForbiddenNotice />;
}
