import { lazy } from 'react';
import type { QueryClient } from '@tanstack/react-query';
import type { Role } from '../gql/graphql';
// In the main chunk on purpose: the most visited page's query starts before any page code loads.
import { prefetch as prefetchServiceSearch } from '../pages/services/prefetch';

// Each page is its own chunk: the first page loads only what it shows.
const load = {
  home: () => import('../pages/home/HomePage'),
  signIn: () => import('../pages/signin/SignInPage'),
  oidcCallback: () => import('../pages/signin/OidcCallbackPage'),
  serviceSearch: () => import('../pages/services/ServiceSearchPage'),
  service: () => import('../pages/services/ServicePage'),
  openNeeds: () => import('../pages/open-needs/OpenNeedsPage'),
  openNeed: () => import('../pages/open-needs/OpenNeedPage'),
  adviceList: () => import('../pages/advice/AdviceListPage'),
  advice: () => import('../pages/advice/AdvicePage'),
  company: () => import('../pages/company/CompanyPage'),
  invitation: () => import('../pages/company/InvitationPage'),
  needs: () => import('../pages/needs/NeedsPage'),
  need: () => import('../pages/needs/NeedPage'),
  needWizard: () => import('../pages/needs/wizard/NeedWizardPage'),
  notifications: () => import('../pages/notifications/NotificationsPage'),
};
type PageName = keyof typeof load;
const page = Object.fromEntries(Object.entries(load).map(([name, loader]) => [name, lazy(loader)])) as unknown as Record<
  PageName,
  React.LazyExoticComponent<React.ComponentType>
>;

export interface AppRoute {
  path: string;
  component: React.ComponentType;
  /** Starts loading the page's chunk (the same promise React.lazy awaits). */
  preload?: () => Promise<unknown>;
  /** Starts the page's main query from the address alone, in parallel with its chunk. */
  prefetch?: (client: QueryClient, params: URLSearchParams) => Promise<void>;
  /** Signed in with one of these roles; signed in at all when empty; public when absent. */
  roles?: Role[];
}

export const ROUTES: AppRoute[] = [
  { path: '/', component: page.home, preload: load.home },
  { path: '/signin', component: page.signIn, preload: load.signIn },
  { path: '/auth/callback', component: page.oidcCallback, preload: load.oidcCallback },
  { path: '/services', component: page.serviceSearch, preload: load.serviceSearch, prefetch: prefetchServiceSearch },
  { path: '/services/:id', component: page.service, preload: load.service },
  { path: '/open-needs', component: page.openNeeds, preload: load.openNeeds },
  { path: '/open-needs/:id', component: page.openNeed, preload: load.openNeed },
  { path: '/advice', component: page.adviceList, preload: load.adviceList },
  { path: '/advice/:slug', component: page.advice, preload: load.advice },
  { path: '/company', component: page.company, preload: load.company, roles: ['EMPLOYER_USER'] },
  // Whoever is invited: they need not be an employer user yet.
  { path: '/invitations/:token', component: page.invitation, preload: load.invitation, roles: [] },
  { path: '/needs', component: page.needs, preload: load.needs, roles: ['EMPLOYER_USER'] },
  { path: '/needs/new', component: page.needWizard, preload: load.needWizard, roles: ['EMPLOYER_USER'] },
  { path: '/needs/:id', component: page.need, preload: load.need, roles: ['EMPLOYER_USER'] },
  { path: '/needs/:id/edit', component: page.needWizard, preload: load.needWizard, roles: ['EMPLOYER_USER'] },
  { path: '/notifications', component: page.notifications, preload: load.notifications, roles: [] },
];

/** The route a path opens, matched like react-router does for these simple patterns. */
export function routeOf(pathname: string): AppRoute | undefined {
  const parts = pathname.replace(/\/+$/, '').split('/');
  const matches = (route: AppRoute) => {
    const pattern = route.path.replace(/\/+$/, '').split('/');
    return pattern.length === parts.length && pattern.every((segment, i) => segment.startsWith(':') || segment === parts[i]);
  };
  // Static segments win over parameters (e.g. /needs/new over /needs/:id).
  const parameters = (route: AppRoute) => route.path.split(':').length;
  return ROUTES.filter(matches).sort((a, b) => parameters(a) - parameters(b))[0];
}

/** Starts fetching the first page's chunk, and its data where it can, while the rest of the app starts. */
export function preloadRoute(client: QueryClient, location: { pathname: string; search: string }): void {
  const route = routeOf(location.pathname);
  void route?.preload?.().catch(() => undefined);
  void route?.prefetch?.(client, new URLSearchParams(location.search)).catch(() => undefined);
}
