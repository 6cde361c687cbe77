import { createContext, useCallback, useContext, useEffect, useMemo, useSyncExternalStore, type ReactNode } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { MeQuery as MeQueryResult, Role } from '../../gql/graphql';
import { useApiQuery } from '../api/hooks';
import { MeQuery } from './auth.documents';
import { session, type Session } from './session';

export type Me = MeQueryResult['me'];
export type Organization = NonNullable<Me['memberships'][number]['organization']>;

export interface Auth {
  session: Session | null;
  me: Me | null;
  loading: boolean;
  /** Organisations the user belongs to, each once. */
  organizations: Organization[];
  /** The organisation the user acts for now (chosen, or their only one). */
  organization: Organization | null;
  /** Roles in the current organisation, plus roles without an organisation (e.g. jobseeker). */
  roles: Role[];
  hasRole: (...roles: Role[]) => boolean;
  chooseOrganization: (organizationId: string) => void;
  signOut: () => void;
}

const AuthContext = createContext<Auth | null>(null);

function useSession(): Session | null {
  return useSyncExternalStore(
    (notify) => session.subscribe(() => notify()),
    () => session.get(),
    () => null,
  );
}

export function AuthProvider({ children }: { children: ReactNode }) {
  const current = useSession();
  const client = useQueryClient();
  const meQuery = useApiQuery(MeQuery, undefined, { enabled: current !== null, staleTime: 5 * 60_000 });
  const me = current ? (meQuery.data?.me ?? null) : null;

  // A new identity must never see the previous one's cached answers: drop them and refetch
  // what is on screen (clear() would leave mounted queries waiting for ever).
  useEffect(() => session.subscribe(() => void client.resetQueries()), [client]);

  const organizations = useMemo(() => {
    const seen = new Map<string, Organization>();
    for (const membership of me?.memberships ?? []) {
      if (membership.organization) seen.set(membership.organization.id, membership.organization);
    }
    return [...seen.values()];
  }, [me]);

  const organization =
    organizations.find((o) => o.id === current?.organizationId) ?? (organizations.length === 1 ? organizations[0] : null);

  const roles = useMemo(() => {
    const memberships = me?.memberships ?? [];
    return [
      ...new Set(
        memberships.filter((m) => !m.organization || m.organization.id === organization?.id).map((m) => m.role),
      ),
    ];
  }, [me, organization]);

  const chooseOrganization = useCallback((organizationId: string) => session.chooseOrganization(organizationId), []);
  const signOut = useCallback(() => session.end(), []);

  const value: Auth = {
    session: current,
    me,
    loading: current !== null && meQuery.isPending,
    organizations,
    organization,
    roles,
    hasRole: (...wanted) => wanted.some((role) => roles.includes(role)),
    chooseOrganization,
    signOut,
  };
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): Auth {
  const auth = useContext(AuthContext);
  if (!auth) throw new Error('useAuth outside AuthProvider');
  return auth;
}
