import { createElement, lazy, useState, type ComponentType } from 'react';
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
  providerServices: () => import('../pages/provider-services/MyServicesPage'),
  providerServiceForm: () => import('../pages/provider-services/ServiceFormPage'),
  providerService: () => import('../pages/provider-services/ProviderServicePage'),
  providerOrganization: () => import('../pages/provider-services/ProviderOrganizationPage'),
  providerNeeds: () => import('../pages/provider-needs/ProviderNeedsPage'),
  providerProposals: () => import('../pages/provider-needs/MyProposalsPage'),
  moderation: () => import('../pages/moderation/ModerationQueuePage'),
  moderationItem: () => import('../pages/moderation/ModerationItemPage'),
  companies: () => import('../pages/companies/CompaniesPage'),
  registerCompany: () => import('../pages/companies/RegisterCompanyPage'),
  companyCrm: () => import('../pages/companies/CompanyCrmPage'),
  tasks: () => import('../pages/companies/TasksPage'),
  auditLog: () => import('../pages/audit/AuditLogPage'),
  areaNeeds: () => import('../pages/area-needs/AreaNeedsPage'),
  areaNeed: () => import('../pages/area-needs/AreaNeedPage'),
  candidateList: () => import('../pages/candidates/CandidateListPage'),
  shareRequests: () => import('../pages/jobseeker/ShareRequestsPage'),
  myData: () => import('../pages/jobseeker/MyDataPage'),
  profileErased: () => import('../pages/jobseeker/ProfileErasedPage'),
  jobseekerProfile: () => import('../pages/jobseeker-profile/ProfilePage'),
  consents: () => import('../pages/jobseeker-profile/ConsentsPage'),
  dataViews: () => import('../pages/jobseeker/DataViewsPage'),
  closureReport: () => import('../pages/closure/ClosureReportPage'),
  areaInsights: () => import('../pages/insights/AreaInsightsPage'),
  publicInsights: () => import('../pages/insights/PublicInsightsPage'),
  adminHome: () => import('../pages/admin/AdminHomePage'),
  adminAreas: () => import('../pages/admin/AreasPage'),
  adminTaxonomy: () => import('../pages/admin/TaxonomyPage'),
  adminProviders: () => import('../pages/admin/ProvidersPage'),
  adminUsers: () => import('../pages/admin/UsersPage'),
};
type PageName = keyof typeof load;

/**
 * A page that renders at once when its chunk is already in, and through React.lazy otherwise.
 * React.lazy alone suspends on the first render even for a module loaded long before, and its
 * retry renders in slices of a few milliseconds: the first page then appeared some hundred
 * milliseconds later than its code and data allowed.
 */
export function preloadablePage(loader: () => Promise<{ default: ComponentType }>): { component: ComponentType; preload: () => Promise<unknown> } {
  let loaded: ComponentType | undefined;
  let loading: Promise<{ default: ComponentType }> | undefined;
  const preload = () =>
    (loading ??= loader().then(
      (module) => {
        loaded = module.default;
        return module;
      },
      (error: unknown) => {
        loading = undefined; // a failed chunk may be fetched again on the next try
        throw error;
      },
    ));
  const Lazy = lazy(preload);
  // Chosen once per mount: switching from the lazy to the loaded type later would remount the page.
  function PreloadablePage(props: object) {
    const [Component] = useState(() => loaded ?? Lazy);
    return createElement(Component, props);
  }
  return { component: PreloadablePage, preload };
}

const page = Object.fromEntries(Object.entries(load).map(([name, loader]) => [name, preloadablePage(loader)])) as Record<
  PageName,
  ReturnType<typeof preloadablePage>
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
  { path: '/', ...page.home },
  { path: '/signin', ...page.signIn },
  { path: '/auth/callback', ...page.oidcCallback },
  { path: '/services', ...page.serviceSearch, prefetch: prefetchServiceSearch },
  { path: '/services/:id', ...page.service },
  { path: '/open-needs', ...page.openNeeds },
  { path: '/open-needs/:id', ...page.openNeed },
  { path: '/advice', ...page.adviceList },
  { path: '/advice/:slug', ...page.advice },
  { path: '/company', ...page.company, roles: ['EMPLOYER_USER'] },
  // Whoever is invited: they need not be an employer user yet.
  { path: '/invitations/:token', ...page.invitation, roles: [] },
  { path: '/needs', ...page.needs, roles: ['EMPLOYER_USER'] },
  { path: '/needs/new', ...page.needWizard, roles: ['EMPLOYER_USER'] },
  { path: '/needs/:id', ...page.need, roles: ['EMPLOYER_USER'] },
  { path: '/needs/:id/edit', ...page.needWizard, roles: ['EMPLOYER_USER'] },
  { path: '/notifications', ...page.notifications, roles: [] },
  // Provider users: their organisation's services, the needs they can see, their proposals.
  { path: '/provider/services', ...page.providerServices, roles: ['PROVIDER_USER'] },
  { path: '/provider/services/new', ...page.providerServiceForm, roles: ['PROVIDER_USER'] },
  { path: '/provider/services/:id', ...page.providerService, roles: ['PROVIDER_USER'] },
  { path: '/provider/services/:id/edit', ...page.providerServiceForm, roles: ['PROVIDER_USER'] },
  { path: '/provider/organization', ...page.providerOrganization, roles: ['PROVIDER_USER'] },
  { path: '/provider/needs', ...page.providerNeeds, roles: ['PROVIDER_USER'] },
  { path: '/provider/proposals', ...page.providerProposals, roles: ['PROVIDER_USER'] },
  // Business coordinators and area admins (moderation also for platform admins).
  { path: '/coordinator/companies', ...page.companies, roles: ['COORDINATOR', 'AREA_ADMIN'] },
  { path: '/coordinator/companies/new', ...page.registerCompany, roles: ['COORDINATOR', 'AREA_ADMIN'] },
  { path: '/coordinator/companies/:id', ...page.companyCrm, roles: ['COORDINATOR', 'AREA_ADMIN'] },
  { path: '/coordinator/tasks', ...page.tasks, roles: ['COORDINATOR', 'AREA_ADMIN'] },
  { path: '/coordinator/needs', ...page.areaNeeds, roles: ['COORDINATOR', 'AREA_ADMIN'] },
  { path: '/coordinator/needs/:id', ...page.areaNeed, roles: ['COORDINATOR', 'AREA_ADMIN'] },
  { path: '/coordinator/needs/:id/candidates', ...page.candidateList, roles: ['COORDINATOR', 'AREA_ADMIN'] },
  { path: '/coordinator/moderation', ...page.moderation, roles: ['COORDINATOR', 'AREA_ADMIN', 'PLATFORM_ADMIN'] },
  { path: '/coordinator/moderation/:kind/:id', ...page.moderationItem, roles: ['COORDINATOR', 'AREA_ADMIN', 'PLATFORM_ADMIN'] },
  { path: '/coordinator/audit', ...page.auditLog, roles: ['AREA_ADMIN', 'PLATFORM_ADMIN'] },
  { path: '/coordinator/closure', ...page.closureReport, roles: ['COORDINATOR', 'AREA_ADMIN'] },
  { path: '/coordinator/insights', ...page.areaInsights, roles: ['COORDINATOR', 'AREA_ADMIN'] },
  // The published indicators: national and per-area figures that pass the threshold.
  { path: '/insights', ...page.publicInsights },
  // Platform admins: employment areas, taxonomy terms, provider organisations, users and memberships.
  { path: '/admin', ...page.adminHome, roles: ['PLATFORM_ADMIN'] },
  { path: '/admin/areas', ...page.adminAreas, roles: ['PLATFORM_ADMIN'] },
  { path: '/admin/taxonomy', ...page.adminTaxonomy, roles: ['PLATFORM_ADMIN'] },
  { path: '/admin/providers', ...page.adminProviders, roles: ['PLATFORM_ADMIN'] },
  { path: '/admin/users', ...page.adminUsers, roles: ['PLATFORM_ADMIN'] },
  // Jobseekers: the share requests they have been sent, and the data the platform holds about them.
  { path: '/jobseeker/profile', ...page.jobseekerProfile, roles: ['JOBSEEKER'] },
  { path: '/jobseeker/consents', ...page.consents, roles: ['JOBSEEKER'] },
  { path: '/jobseeker/share-requests', ...page.shareRequests, roles: ['JOBSEEKER'] },
  { path: '/jobseeker/views', ...page.dataViews, roles: ['JOBSEEKER'] },
  { path: '/jobseeker/data', ...page.myData, roles: ['JOBSEEKER'] },
  // Public on purpose: erasure may remove the account and so end the session that showed it.
  { path: '/jobseeker/data/erased', ...page.profileErased },
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

/**
 * Starts fetching the first page's chunk, and its data where it can, while the rest of the app
 * starts. Resolves when the chunk is in (or failed: the page then loads lazily and shows its error).
 */
export function preloadRoute(client: QueryClient, location: { pathname: string; search: string }): Promise<void> {
  const route = routeOf(location.pathname);
  void route?.prefetch?.(client, new URLSearchParams(location.search)).catch(() => undefined);
  return Promise.resolve(route?.preload?.()).then(
    () => undefined,
    () => undefined,
  );
}
