import { Navigate, Outlet, useLocation } from 'react-router';
import { useViewer } from '../auth/useViewer';
import { PageLoader } from './PageLoader';

/** Sends anonymous visitors to sign-in, remembering the page they wanted. */
export function RequireAuth() {
  const { viewer, loading } = useViewer();
  const location = useLocation();
  if (loading) return <PageLoader />;
  if (!viewer) {
    const next = `${location.pathname}${location.search}`;
    return <Navigate to={`/signin?next=${encodeURIComponent(next)}`} replace />;
  }
  return <Outlet />;
}

/** Sign-in and sign-up are for visitors: a signed-in member goes home. */
export function AnonymousOnly() {
  const { viewer, loading } = useViewer();
  if (loading) return <PageLoader />;
  return viewer ? <Navigate to="/" replace /> : <Outlet />;
}
