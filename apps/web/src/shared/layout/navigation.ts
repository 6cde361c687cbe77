import type { Role } from '../../gql/graphql';

export interface NavItem {
  to: string;
  /** Translation key in the common namespace. */
  label: string;
  /** Shown to anyone when absent; otherwise to these roles. */
  roles?: Role[];
  /** Only when signed out. */
  anonymousOnly?: boolean;
}

/** The main navigation by role; pages of later parts add their items here. */
export const NAV_ITEMS: NavItem[] = [
  { to: '/', label: 'nav.home' },
  { to: '/services', label: 'nav.services' },
  { to: '/open-needs', label: 'nav.openNeeds' },
  { to: '/advice', label: 'nav.advice' },
  { to: '/company', label: 'nav.company', roles: ['EMPLOYER_USER'] },
  { to: '/needs', label: 'nav.needs', roles: ['EMPLOYER_USER'] },
  { to: '/provider/services', label: 'nav.providerServices', roles: ['PROVIDER_USER'] },
  { to: '/provider/needs', label: 'nav.providerNeeds', roles: ['PROVIDER_USER'] },
  { to: '/provider/proposals', label: 'nav.providerProposals', roles: ['PROVIDER_USER'] },
  { to: '/provider/organization', label: 'nav.providerOrganization', roles: ['PROVIDER_USER'] },
  { to: '/coordinator/companies', label: 'nav.companies', roles: ['COORDINATOR', 'AREA_ADMIN'] },
  { to: '/coordinator/tasks', label: 'nav.tasks', roles: ['COORDINATOR', 'AREA_ADMIN'] },
  { to: '/coordinator/needs', label: 'nav.areaNeeds', roles: ['COORDINATOR', 'AREA_ADMIN'] },
  { to: '/coordinator/moderation', label: 'nav.moderation', roles: ['COORDINATOR', 'AREA_ADMIN', 'PLATFORM_ADMIN'] },
  { to: '/coordinator/closure', label: 'nav.closureReport', roles: ['COORDINATOR', 'AREA_ADMIN'] },
  { to: '/coordinator/insights', label: 'insights:nav.area', roles: ['COORDINATOR', 'AREA_ADMIN'] },
  { to: '/coordinator/audit', label: 'nav.audit', roles: ['AREA_ADMIN', 'PLATFORM_ADMIN'] },
  { to: '/admin', label: 'nav.admin', roles: ['PLATFORM_ADMIN'] },
  { to: '/jobseeker/profile', label: 'nav.jobseekerProfile', roles: ['JOBSEEKER'] },
  { to: '/jobseeker/consents', label: 'nav.consents', roles: ['JOBSEEKER'] },
  { to: '/jobseeker/share-requests', label: 'nav.shareRequests', roles: ['JOBSEEKER'] },
  { to: '/jobseeker/views', label: 'nav.dataViews', roles: ['JOBSEEKER'] },
  { to: '/jobseeker/data', label: 'nav.myData', roles: ['JOBSEEKER'] },
];

export function visibleItems(roles: readonly Role[], signedIn: boolean): NavItem[] {
  return NAV_ITEMS.filter((item) => {
    if (item.anonymousOnly && signedIn) return false;
    if (!item.roles) return true;
    return item.roles.some((role) => roles.includes(role));
  });
}

/** The item a path belongs to: the longest matching prefix. */
export function selectedItem(items: NavItem[], pathname: string): NavItem | undefined {
  return items
    .filter((item) => (item.to === '/' ? pathname === '/' : pathname === item.to || pathname.startsWith(`${item.to}/`)))
    .sort((a, b) => b.to.length - a.to.length)[0];
}
