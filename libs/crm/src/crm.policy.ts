import { employmentAreasWithRole, hasRole, Principal, Role } from '@ytmt/core';
import { CompanyUserRole } from './entities/company-parts.entity';
import { CompanyVerificationStatus } from './entities/company-verification';
import { InteractionVisibility } from './entities/crm-record.entity';
import { CrmException } from './crm.exception';

/** What the policy needs to know about a company: where it belongs and who its users are. */
export interface CompanyAccessScope {
  organizationId: string;
  /** Null while the home municipality belongs to no known employment area. */
  homeEmploymentAreaId: string | null;
  sharedEmploymentAreaIds: readonly string[];
  companyUsers: readonly { userId: string; role: CompanyUserRole }[];
  verificationStatus: CompanyVerificationStatus;
}

/** The areas that see a company: its home area and those it is shared with. */
export function areasSeeing(scope: CompanyAccessScope): string[] {
  return [...new Set([...(scope.homeEmploymentAreaId ? [scope.homeEmploymentAreaId] : []), ...scope.sharedEmploymentAreaIds])];
}

/**
 * Every CRM authorisation rule, in one place. Pure: no I/O.
 *
 * A company the caller may not see at all is NOT_FOUND (see CrmException.companyNotFound), for
 * reads and writes alike; a company the caller sees but may not do this to is FORBIDDEN.
 */
export const CrmPolicy = {
  /** Employment areas in which the caller works as a coordinator. */
  coordinatorAreas(principal: Principal): string[] {
    return employmentAreasWithRole(principal, Role.COORDINATOR);
  },

  /** Areas whose company accounts the caller may list: as coordinator or as area admin. */
  staffAreas(principal: Principal): string[] {
    return [...new Set([...employmentAreasWithRole(principal, Role.COORDINATOR), ...employmentAreasWithRole(principal, Role.AREA_ADMIN)])];
  },

  /** The caller's coordinator areas that see the company, home area first. */
  coordinatorAreasFor(principal: Principal, scope: CompanyAccessScope): string[] {
    const mine = new Set(CrmPolicy.coordinatorAreas(principal));
    return areasSeeing(scope).filter((areaId) => mine.has(areaId));
  },

  /** May this principal act as coordinator for this company (CRM, needs, candidate lists)? */
  canActAsCoordinator(principal: Principal, scope: CompanyAccessScope): boolean {
    return CrmPolicy.coordinatorAreasFor(principal, scope).length > 0;
  },

  /** Is this principal one of the company's own users (employer user)? */
  isEmployerUser(principal: Principal, scope: CompanyAccessScope): boolean {
    return scope.companyUsers.some((user) => user.userId === principal.userId);
  },

  isCompanyAdmin(principal: Principal, scope: CompanyAccessScope): boolean {
    return scope.companyUsers.some((user) => user.userId === principal.userId && user.role === CompanyUserRole.ADMIN);
  },

  isHomeAreaAdmin(principal: Principal, scope: CompanyAccessScope): boolean {
    return scope.homeEmploymentAreaId !== null && employmentAreasWithRole(principal, Role.AREA_ADMIN).includes(scope.homeEmploymentAreaId);
  },

  isHomeAreaCoordinator(principal: Principal, scope: CompanyAccessScope): boolean {
    return scope.homeEmploymentAreaId !== null && CrmPolicy.coordinatorAreas(principal).includes(scope.homeEmploymentAreaId);
  },

  /** The profile: the company's own users, staff of an area that sees it, platform admins. */
  canReadProfile(principal: Principal, scope: CompanyAccessScope): boolean {
    return CrmPolicy.isEmployerUser(principal, scope) || CrmPolicy.canReadCoordination(principal, scope);
  },

  /**
   * How the areas work with the company (tags, responsible coordinators, sharing): staff of an area
   * that sees it. Holds no personal data of the company's people.
   */
  canReadCoordination(principal: Principal, scope: CompanyAccessScope): boolean {
    if (hasRole(principal, Role.PLATFORM_ADMIN)) return true;
    const seeing = new Set(areasSeeing(scope));
    return CrmPolicy.staffAreas(principal).some((areaId) => seeing.has(areaId));
  },

  /** The CRM (contacts, interactions, tasks, tags): coordinators of an area that sees the company. */
  canReadCrm(principal: Principal, scope: CompanyAccessScope): boolean {
    return CrmPolicy.canActAsCoordinator(principal, scope);
  },

  /** AREA_ONLY entries stay in the author's area; SHARED ones reach every area that sees the company. */
  canSeeInteraction(
    principal: Principal,
    scope: CompanyAccessScope,
    interaction: { visibility: InteractionVisibility; authorEmploymentAreaId: string },
  ): boolean {
    const areas = CrmPolicy.coordinatorAreasFor(principal, scope);
    if (areas.length === 0) return false;
    return interaction.visibility === InteractionVisibility.SHARED || areas.includes(interaction.authorEmploymentAreaId);
  },

  /** Throws NOT_FOUND when the caller may not even see the company. */
  assertCanSee(principal: Principal, scope: CompanyAccessScope): void {
    if (!CrmPolicy.canReadProfile(principal, scope)) throw CrmException.companyNotFound();
  },

  /** The area the caller writes CRM entries for: the home area when theirs, else a sharing one. */
  assertCoordinatorArea(principal: Principal, scope: CompanyAccessScope): string {
    CrmPolicy.assertCanSee(principal, scope);
    const areas = CrmPolicy.coordinatorAreasFor(principal, scope);
    if (areas.length === 0) throw CrmException.notAllowed("Only coordinators of an area that works with the company can use its CRM");
    return areas[0];
  },

  assertCanUpdateCompany(principal: Principal, scope: CompanyAccessScope): void {
    CrmPolicy.assertCanSee(principal, scope);
    if (CrmPolicy.isCompanyAdmin(principal, scope) || CrmPolicy.isHomeAreaCoordinator(principal, scope)) return;
    throw CrmException.notAllowed("Only the company's admins and coordinators of its home area can edit it");
  },

  assertCanManageCompanyUsers(principal: Principal, scope: CompanyAccessScope): void {
    CrmPolicy.assertCanSee(principal, scope);
    if (!CrmPolicy.isCompanyAdmin(principal, scope)) throw CrmException.notAllowed("Only the company's admins can manage its users");
  },

  /**
   * The right to act is verified by a coordinator of the company's home area; a company whose
   * home municipality belongs to no known area, by a platform admin. (The other way, a mandate
   * from the identity provider, is checked by the service: it needs the business id.)
   */
  assertCanVerify(principal: Principal, scope: CompanyAccessScope): void {
    CrmPolicy.assertCanSee(principal, scope);
    if (CrmPolicy.isHomeAreaCoordinator(principal, scope)) return;
    if (scope.homeEmploymentAreaId === null && hasRole(principal, Role.PLATFORM_ADMIN)) return;
    throw CrmException.notAllowed("Only coordinators of the company's home area verify its right to act");
  },

  /**
   * A company changes home area only by a transfer, made by coordinators of the area it leaves
   * (platform admins for a company that has no home area).
   */
  assertCanTransfer(principal: Principal, scope: CompanyAccessScope): void {
    CrmPolicy.assertCanSee(principal, scope);
    if (CrmPolicy.isHomeAreaCoordinator(principal, scope)) return;
    if (scope.homeEmploymentAreaId === null && hasRole(principal, Role.PLATFORM_ADMIN)) return;
    throw CrmException.notAllowed("Only coordinators of the company's home area transfer it to another area");
  },

  isPending(scope: CompanyAccessScope): boolean {
    return scope.verificationStatus !== CompanyVerificationStatus.VERIFIED;
  },

  /** Sharing agreements are made by the home area's admins. */
  assertCanShare(principal: Principal, scope: CompanyAccessScope): void {
    CrmPolicy.assertCanSee(principal, scope);
    if (!CrmPolicy.isHomeAreaAdmin(principal, scope)) {
      throw CrmException.notAllowed("Only admins of the company's home area can share it with other areas");
    }
  },

  assertCanAssignResponsible(principal: Principal, scope: CompanyAccessScope): void {
    CrmPolicy.assertCanSee(principal, scope);
    if (CrmPolicy.isHomeAreaAdmin(principal, scope) || CrmPolicy.isHomeAreaCoordinator(principal, scope)) return;
    throw CrmException.notAllowed("Only the home area's admins and coordinators assign responsible coordinators");
  },

  /** A coordinator creates a company account on the customer's behalf only in their own area. */
  assertCanCreateForCustomer(principal: Principal, homeEmploymentAreaId: string | null): void {
    if (homeEmploymentAreaId !== null && CrmPolicy.coordinatorAreas(principal).includes(homeEmploymentAreaId)) return;
    throw CrmException.notAllowed("Coordinators create company accounts only for companies whose home municipality is in their area");
  },

  /** Area admins read the audit events of their area; platform admins all. */
  auditScope(principal: Principal): { all: boolean; areaIds: string[] } {
    const all = hasRole(principal, Role.PLATFORM_ADMIN);
    const areaIds = employmentAreasWithRole(principal, Role.AREA_ADMIN);
    if (!all && areaIds.length === 0) throw CrmException.notAllowed('Only area admins and platform admins read the audit log');
    return { all, areaIds };
  },
};
