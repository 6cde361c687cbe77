import { useEffect } from 'react';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { BrowserRouter, Route, Routes, useLocation, useNavigate } from 'react-router-dom';
import { SuomifiThemeProvider } from 'suomifi-ui-components';
import { AuthProvider } from '../shared/auth/auth-context';
import { RequireAuth } from '../shared/auth/RequireAuth';
import { session, signInPath } from '../shared/auth/session';
import { ErrorPage } from '../shared/errors/ErrorPage';
import { Layout } from '../shared/layout/Layout';
import { ROUTES } from './routes';

/** An expired session returns to sign-in and then to the page the person was on. */
function SessionWatcher() {
  const navigate = useNavigate();
  const location = useLocation();
  useEffect(
    () =>
      session.subscribe((_, reason) => {
        if (reason !== 'expired') return;
        const returnTo = `${location.pathname}${location.search}`;
        if (location.pathname !== '/signin') navigate(signInPath(returnTo, true), { replace: true });
      }),
    [navigate, location],
  );
  return null;
}

export function App({ queryClient }: { queryClient: QueryClient }) {
  return (
    <SuomifiThemeProvider theme={{}}>
      <QueryClientProvider client={queryClient}>
        <BrowserRouter>
          <AuthProvider>
            <SessionWatcher />
            <Layout>
              <Routes>
                {ROUTES.map(({ path, component: Component, roles }) => (
                  <Route
                    key={path}
                    path={path}
                    element={
                      roles ? (
                        <RequireAuth roles={roles.length > 0 ? roles : undefined}>
                          <Component />
                        </RequireAuth>
                      ) : (
                        <Component />
                      )
                    }
                  />
                ))}
                <Route path="*" element={<ErrorPage kind="notFound" />} />
              </Routes>
            </Layout>
          </AuthProvider>
        </BrowserRouter>
      </QueryClientProvider>
    </SuomifiThemeProvider>
  );
}
