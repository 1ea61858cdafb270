import { Navigate, Outlet, useLocation } from 'react-router';
import { Loading, QueryError } from '@/components/Feedback';
import { useViewer } from '@/lib/viewer';
import { paths } from '@/paths';

/** Signed-in pages: a visitor without a session goes to sign-in, and comes back after. */
export function RequireAuth() {
  const { viewer, loading, error } = useViewer();
  const location = useLocation();
  if (loading) return <Loading label="Checking your session…" />;
  if (error && !viewer) return <QueryError error={error} title="Could not check your session" onRetry={() => window.location.reload()} />;
  if (!viewer) return <Navigate to={paths.signIn.to(location.pathname + location.search)} replace />;
  return <Outlet />;
}
