import { employmentAreasWithRole, hasRole, organizationsWithRole, Principal, Role } from '@ytmt/core';
import { CatalogueException } from './catalogue.exception';

/** What a service looks like to the policy: its owner and the areas it covers. */
export interface ServiceScope {
  organizationId: string;
  isNational: boolean;
  /** Employment areas covered directly or through a covered municipality. */
  employmentAreaIds: readonly string[];
  published: boolean;
}

/** Every catalogue authorisation rule, in one place. Pure: no I/O. */
export const CataloguePolicy = {
  isProviderOf(principal: Principal, organizationId: string): boolean {
    return organizationsWithRole(principal, Role.PROVIDER_USER).includes(organizationId);
  },

  /** National services: platform admins. Regional ones: coordinators and area admins of a covered area. */
  canModerate(principal: Principal, scope: ServiceScope): boolean {
    if (hasRole(principal, Role.PLATFORM_ADMIN)) return true;
    if (scope.isNational) return false;
    const mine = new Set([
      ...employmentAreasWithRole(principal, Role.COORDINATOR),
      ...employmentAreasWithRole(principal, Role.AREA_ADMIN),
    ]);
    return scope.employmentAreaIds.some((id) => mine.has(id));
  },

  canRead(principal: Principal | null, scope: ServiceScope): boolean {
    if (scope.published) return true;
    if (!principal) return false;
    return CataloguePolicy.isProviderOf(principal, scope.organizationId) || CataloguePolicy.canModerate(principal, scope);
  },

  assertCanEdit(principal: Principal, scope: Pick<ServiceScope, 'organizationId'>): void {
    if (!CataloguePolicy.isProviderOf(principal, scope.organizationId)) {
      throw CatalogueException.notAllowed("Only the provider's own users can change its services");
    }
  },

  assertCanModerate(principal: Principal, scope: ServiceScope): void {
    if (!CataloguePolicy.canModerate(principal, scope)) {
      throw CatalogueException.notAllowed(
        scope.isNational
          ? 'National services are moderated by platform admins'
          : 'Only coordinators and area admins of an area the service covers can moderate it',
      );
    }
  },

  assertCanArchive(principal: Principal, scope: ServiceScope): void {
    if (CataloguePolicy.isProviderOf(principal, scope.organizationId) || CataloguePolicy.canModerate(principal, scope)) return;
    throw CatalogueException.notAllowed('Only the provider or a moderator can archive a service');
  },

  assertCanManageProviders(principal: Principal): void {
    if (!hasRole(principal, Role.PLATFORM_ADMIN)) throw CatalogueException.notAllowed('Only platform admins can add providers');
  },

  assertCanManageTaxonomy(principal: Principal): void {
    if (!hasRole(principal, Role.PLATFORM_ADMIN)) throw CatalogueException.notAllowed('Only platform admins can add taxonomy terms');
  },

  moderatedAreas(principal: Principal): { all: boolean; areaIds: string[] } {
    return {
      all: hasRole(principal, Role.PLATFORM_ADMIN),
      areaIds: [...employmentAreasWithRole(principal, Role.COORDINATOR), ...employmentAreasWithRole(principal, Role.AREA_ADMIN)],
    };
  },
};
