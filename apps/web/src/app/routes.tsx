import { lazy } from 'react';
import type { Role } from '../gql/graphql';

// Each page is its own chunk: the first page loads only what it shows.
const page = {
  home: lazy(() => import('../pages/home/HomePage')),
  signIn: lazy(() => import('../pages/signin/SignInPage')),
  oidcCallback: lazy(() => import('../pages/signin/OidcCallbackPage')),
  serviceSearch: lazy(() => import('../pages/services/ServiceSearchPage')),
  service: lazy(() => import('../pages/services/ServicePage')),
  openNeeds: lazy(() => import('../pages/open-needs/OpenNeedsPage')),
  openNeed: lazy(() => import('../pages/open-needs/OpenNeedPage')),
  adviceList: lazy(() => import('../pages/advice/AdviceListPage')),
  advice: lazy(() => import('../pages/advice/AdvicePage')),
  company: lazy(() => import('../pages/company/CompanyPage')),
  needs: lazy(() => import('../pages/needs/NeedsPage')),
  need: lazy(() => import('../pages/needs/NeedPage')),
  needWizard: lazy(() => import('../pages/needs/wizard/NeedWizardPage')),
  notifications: lazy(() => import('../pages/notifications/NotificationsPage')),
};

export interface AppRoute {
  path: string;
  component: React.ComponentType;
  /** Signed in with one of these roles; signed in at all when empty; public when absent. */
  roles?: Role[];
}

export const ROUTES: AppRoute[] = [
  { path: '/', component: page.home },
  { path: '/signin', component: page.signIn },
  { path: '/auth/callback', component: page.oidcCallback },
  { path: '/services', component: page.serviceSearch },
  { path: '/services/:id', component: page.service },
  { path: '/open-needs', component: page.openNeeds },
  { path: '/open-needs/:id', component: page.openNeed },
  { path: '/advice', component: page.adviceList },
  { path: '/advice/:slug', component: page.advice },
  { path: '/company', component: page.company, roles: ['EMPLOYER_USER'] },
  { path: '/needs', component: page.needs, roles: ['EMPLOYER_USER'] },
  { path: '/needs/new', component: page.needWizard, roles: ['EMPLOYER_USER'] },
  { path: '/needs/:id', component: page.need, roles: ['EMPLOYER_USER'] },
  { path: '/needs/:id/edit', component: page.needWizard, roles: ['EMPLOYER_USER'] },
  { path: '/notifications', component: page.notifications, roles: [] },
];
