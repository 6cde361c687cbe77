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

  /**
   * Who may look at a submission or revision and take part in deciding it: platform admins for
   * every service, coordinators and area admins for regional services covering one of their areas.
   * What a decision then covers is `decisionAreas`.
   */
  canModerate(principal: Principal, scope: ServiceScope): boolean {
    if (hasRole(principal, Role.PLATFORM_ADMIN)) return true;
    if (scope.isNational) return false;
    const mine = new Set(CataloguePolicy.moderatedAreas(principal).areaIds);
    return scope.employmentAreaIds.some((id) => mine.has(id));
  },

  /**
   * The covered areas a moderation decision of this principal speaks for. A platform admin
   * decides for all of them (`all`); a coordinator or area admin only for their own areas among
   * those covered. National coverage is decided by platform admins only.
   */
  decisionAreas(principal: Principal, scope: Pick<ServiceScope, 'isNational' | 'employmentAreaIds'>): { all: boolean; areaIds: string[] } {
    if (hasRole(principal, Role.PLATFORM_ADMIN)) return { all: true, areaIds: [...scope.employmentAreaIds] };
    if (scope.isNational) return { all: false, areaIds: [] };
    const mine = new Set(CataloguePolicy.moderatedAreas(principal).areaIds);
    return { all: false, areaIds: scope.employmentAreaIds.filter((id) => mine.has(id)) };
  },

  /** `decisionAreas`, refused when the principal decides for none of the covered areas. */
  assertCanDecide(principal: Principal, scope: Pick<ServiceScope, 'isNational' | 'employmentAreaIds'>): { all: boolean; areaIds: string[] } {
    const decision = CataloguePolicy.decisionAreas(principal, scope);
    if (decision.all || decision.areaIds.length > 0) return decision;
    throw CatalogueException.notAllowed(
      scope.isNational
        ? 'National coverage is decided by platform admins only'
        : 'Only coordinators and area admins of an area the service covers can moderate it',
    );
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

  /**
   * What archiving by this principal does: the provider and platform admins archive the whole
   * service, and so does a moderator of every covered area; a moderator of only some of them
   * withdraws the service from those areas (`areaIds`), leaving the others' decision alone.
   */
  archiveReach(principal: Principal, scope: ServiceScope): { whole: true } | { whole: false; areaIds: string[] } {
    if (CataloguePolicy.isProviderOf(principal, scope.organizationId)) return { whole: true };
    if (!CataloguePolicy.canModerate(principal, scope)) {
      throw CatalogueException.notAllowed('Only the provider or a moderator of an area the service covers can archive it');
    }
    const decision = CataloguePolicy.decisionAreas(principal, scope);
    if (decision.all || scope.employmentAreaIds.every((id) => decision.areaIds.includes(id))) return { whole: true };
    return { whole: false, areaIds: decision.areaIds };
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
