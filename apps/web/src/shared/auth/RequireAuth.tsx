import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router-dom';
import type { Role } from '../../gql/graphql';
import { ErrorPage } from '../errors/ErrorPage';
import { LoadingPage } from '../layout/LoadingPage';
import { useAuth } from './auth-context';
import { session, signInPath } from './session';
import { ChooseOrganization } from './ChooseOrganization';

/** Pages behind sign-in: without a session, to sign-in and back; without the role, a forbidden page. */
export function RequireAuth({ roles, children }: { roles?: Role[]; children: ReactNode }) {
  const auth = useAuth();
  const location = useLocation();
  if (!auth.session) {
    const returnTo = `${location.pathname}${location.search}`;
    return <Navigate to={signInPath(returnTo, session.expired())} replace />;
  }
  if (auth.loading) return <LoadingPage />;
  if (roles && !auth.organization && auth.organizations.length > 1) return <ChooseOrganization />;
  if (roles && !auth.hasRole(...roles)) return <ErrorPage kind="forbidden" />;
  return <>{children}</>;
}
