import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditService, Principal, Role } from '@ytmt/core';
import { OrganizationChanges, OrganizationDirectory, OrganizationType, OrganizationWriter, Sector, UserDirectory } from '@ytmt/identity';
import { RegionsService } from '@ytmt/regions';
import { DataSource, EntityManager, IsNull, QueryFailedError } from 'typeorm';
import { CompanyChangeListeners } from './company-change.listeners';
import { CompanyAggregate, CompanyRepository } from './company.repository';
import { CrmErrorCode, CrmException } from './crm.exception';
import { CrmPolicy } from './crm.policy';
import { CrmAuditAction, CrmResourceType } from './crm-audit';
import { CompanyInput, CompanyUserInput, UpdateCompanyInput } from './dto/company.inputs';
import { CompanyInvitation } from './entities/company-invitation.entity';
import { CompanyVerificationMethod, CompanyVerificationStatus } from './entities/company-verification';
import {
  CompanyOperatingMunicipality,
  CompanyResponsibleCoordinator,
  CompanyUser,
  CompanyUserRole,
} from './entities/company-parts.entity';
import { CompanyProfile } from './entities/company-profile.entity';
import { checkIndustry } from './industry/tol2008';

/** Creates and edits company accounts and their users. Every check runs before the first write. */
@Injectable()
export class CompanyAccountService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repository: CompanyRepository,
    private readonly regions: RegionsService,
    private readonly users: UserDirectory,
    private readonly organizations: OrganizationDirectory,
    private readonly organizationWriter: OrganizationWriter,
    private readonly companyListeners: CompanyChangeListeners,
    private readonly audit: AuditService,
  ) {}

  /**
   * A signed-in person registers their company and becomes its first ADMIN. The account stays
   * PENDING until the right to act is verified: at once when the identity provider's mandate
   * claim names the business id, otherwise by a coordinator of the home area (verify()).
   */
  async register(principal: Principal, input: CompanyInput): Promise<CompanyAggregate> {
    const mandate = hasMandate(principal, input.businessId);
    if (mandate) {
      const claimed = await this.claimPending(principal, input.businessId);
      if (claimed) return this.required(claimed);
    }
    const id = await this.create(
      input,
      async (manager, organizationId) => {
        await manager.getRepository(CompanyUser).insert({ organizationId, userId: principal.userId, role: CompanyUserRole.ADMIN });
        await this.ensureEmployerMembership(manager, principal.userId, organizationId);
        if (mandate) {
          const homeArea = await this.regions.employmentAreaOf(input.homeMunicipalityCode, manager);
          await this.recordVerification(manager, principal, organizationId, homeArea, CompanyVerificationMethod.MANDATE);
        }
      },
      () => undefined,
      mandate ? verified(principal, CompanyVerificationMethod.MANDATE) : { verificationStatus: CompanyVerificationStatus.PENDING },
    );
    return this.required(id);
  }

  /**
   * Verifies the right to act: a user of the company whose token carries a mandate for its business
   * id, or a coordinator of its home area (platform admins for a company without one). Audited.
   */
  async verify(principal: Principal, id: string): Promise<CompanyAggregate> {
    await this.dataSource.transaction(async (manager) => {
      const scope = await this.repository.scope(id, manager, true);
      if (!scope) throw CrmException.companyNotFound();
      if (!CrmPolicy.isPending(scope)) {
        CrmPolicy.assertCanSee(principal, scope);
        return;
      }
      const organization = await this.organizations.byId(id, manager);
      if (!organization) throw CrmException.companyNotFound();
      let method: CompanyVerificationMethod;
      if (CrmPolicy.isEmployerUser(principal, scope) && organization.businessId && hasMandate(principal, organization.businessId)) {
        method = CompanyVerificationMethod.MANDATE;
      } else {
        CrmPolicy.assertCanVerify(principal, scope);
        method = CrmPolicy.isHomeAreaCoordinator(principal, scope) ? CompanyVerificationMethod.COORDINATOR : CompanyVerificationMethod.PLATFORM_ADMIN;
      }
      await manager.getRepository(CompanyProfile).update(id, verified(principal, method));
      await this.recordVerification(manager, principal, id, scope.homeEmploymentAreaId, method);
      // The needs' search documents carry the verification (pending companies' needs stay inside).
      await this.companyListeners.companyChanged(manager, id);
    });
    return this.required(id);
  }

  /** A coordinator opens the account for a company of their own area, and answers for it. */
  async createForCustomer(principal: Principal, input: CompanyInput): Promise<CompanyAggregate> {
    const id = await this.create(
      input,
      async (manager, organizationId) => {
        await manager.getRepository(CompanyResponsibleCoordinator).insert({ organizationId, userId: principal.userId });
      },
      (homeEmploymentAreaId) => CrmPolicy.assertCanCreateForCustomer(principal, homeEmploymentAreaId),
      // The coordinator of the home area answers for the customer: verified by them.
      verified(principal, CompanyVerificationMethod.COORDINATOR),
    );
    return this.required(id);
  }

  async update(principal: Principal, id: string, input: UpdateCompanyInput): Promise<CompanyAggregate> {
    await this.dataSource.transaction(async (manager) => {
      const scope = await this.repository.scope(id, manager, true);
      if (!scope) throw CrmException.companyNotFound('id');
      CrmPolicy.assertCanUpdateCompany(principal, scope);
      const profile = await manager.getRepository(CompanyProfile).findOneByOrFail({ organizationId: id });
      const section = input.industrySection ?? profile.industrySection;
      // A new section without a new code drops the old code, which would no longer fit.
      const code = input.industryCode !== undefined ? input.industryCode : input.industrySection ? null : profile.industryCode;
      this.assertIndustry(section, code);
      const homeCode = input.homeMunicipalityCode ?? profile.homeMunicipalityCode;
      if (input.homeMunicipalityCode) await this.regions.getMunicipality(input.homeMunicipalityCode, 'input.homeMunicipalityCode');
      if (input.operatingMunicipalityCodes) {
        await this.regions.assertMunicipalitiesExist(input.operatingMunicipalityCodes, 'input.operatingMunicipalityCodes', manager);
      }
      const homeEmploymentAreaId = await this.regions.employmentAreaOf(homeCode, manager);
      if (homeEmploymentAreaId !== profile.homeEmploymentAreaId) {
        // Moving the CRM to another area is a transfer by the area it leaves (transferCompany).
        throw CrmException.field(
          CrmErrorCode.TRANSFER_REQUIRED,
          'input.homeMunicipalityCode',
          "is in another employment area: coordinators of the company's home area transfer it there",
        );
      }

      const organization: OrganizationChanges = { homeMunicipalityCode: homeCode };
      if (input.name !== undefined) organization.name = input.name;
      if (input.type !== undefined) organization.type = input.type;
      if (input.website !== undefined) organization.website = input.website;
      await this.organizationWriter.update(manager, id, organization);
      await manager.getRepository(CompanyProfile).update(id, {
        industrySection: section,
        industryCode: code ?? null,
        sizeClass: input.sizeClass ?? profile.sizeClass,
        homeMunicipalityCode: homeCode,
        homeEmploymentAreaId,
      });
      if (input.operatingMunicipalityCodes) await this.replaceOperating(manager, id, input.operatingMunicipalityCodes);
      if (input.name !== undefined) await this.companyListeners.companyChanged(manager, id);
    });
    return this.required(id);
  }

  /**
   * The company's ADMIN changes the role of one of its users. New people join only by accepting
   * an invitation (CompanyInvitationService); an address that is not a user here is NOT_FOUND.
   */
  async changeUserRole(principal: Principal, id: string, input: CompanyUserInput): Promise<CompanyAggregate> {
    await this.dataSource.transaction(async (manager) => {
      const scope = await this.repository.scope(id, manager, true);
      if (!scope) throw CrmException.companyNotFound();
      CrmPolicy.assertCanManageCompanyUsers(principal, scope);
      const user = await this.users.findByEmail(input.email, manager);
      const current = user && scope.companyUsers.find((u) => u.userId === user.userId);
      if (!user || !current) throw CrmException.recordNotFound('input.email', 'user of this company');
      const role = input.role ?? CompanyUserRole.MEMBER;
      if (current.role === CompanyUserRole.ADMIN && role !== CompanyUserRole.ADMIN) this.assertOtherAdmin(scope.companyUsers, user.userId);
      await manager.getRepository(CompanyUser).update({ organizationId: id, userId: user.userId }, { role });
    });
    return this.required(id);
  }

  async removeUser(principal: Principal, id: string, email: string): Promise<CompanyAggregate> {
    await this.dataSource.transaction(async (manager) => {
      const scope = await this.repository.scope(id, manager, true);
      if (!scope) throw CrmException.companyNotFound();
      CrmPolicy.assertCanManageCompanyUsers(principal, scope);
      const user = await this.users.findByEmail(email, manager);
      const current = user && scope.companyUsers.find((u) => u.userId === user.userId);
      if (!user || !current) throw CrmException.recordNotFound('email', 'user of this company');
      if (current.role === CompanyUserRole.ADMIN) this.assertOtherAdmin(scope.companyUsers, user.userId);
      await manager.getRepository(CompanyUser).delete({ organizationId: id, userId: user.userId });
      await this.organizationWriter.removeMembership(manager, { organizationId: id, userId: user.userId, role: Role.EMPLOYER_USER });
    });
    return this.required(id);
  }

  private async create(
    input: CompanyInput,
    afterInsert: (manager: EntityManager, organizationId: string) => Promise<void>,
    authorize: (homeEmploymentAreaId: string | null) => void,
    verification: Partial<CompanyProfile>,
  ): Promise<string> {
    try {
      return await this.dataSource.transaction(async (manager) => {
        this.assertIndustry(input.industrySection, input.industryCode);
        await this.regions.getMunicipality(input.homeMunicipalityCode, 'input.homeMunicipalityCode');
        const operating = input.operatingMunicipalityCodes ?? [];
        await this.regions.assertMunicipalitiesExist(operating, 'input.operatingMunicipalityCodes', manager);
        const homeEmploymentAreaId = await this.regions.employmentAreaOf(input.homeMunicipalityCode, manager);
        authorize(homeEmploymentAreaId);
        if (await this.organizations.byBusinessId(input.businessId, manager)) throw businessIdTaken(input.businessId);

        const organization = await this.organizationWriter.create(manager, {
          name: input.name,
          // Companies, cooperatives and social enterprises are all private-sector businesses.
          sector: Sector.PRIVATE,
          type: input.type as OrganizationType,
          businessId: input.businessId,
          website: input.website ?? null,
          email: input.email ?? null,
          phone: input.phone ?? null,
          homeMunicipalityCode: input.homeMunicipalityCode,
        });
        await manager.getRepository(CompanyProfile).insert({
          organizationId: organization.id,
          industrySection: input.industrySection,
          industryCode: input.industryCode ?? null,
          sizeClass: input.sizeClass,
          homeMunicipalityCode: input.homeMunicipalityCode,
          homeEmploymentAreaId,
          ...verification,
        });
        await this.replaceOperating(manager, organization.id, operating);
        await afterInsert(manager, organization.id);
        return organization.id;
      });
    } catch (error) {
      // Two registrations of one Y-tunnus at the same moment: the unique index decides.
      if (error instanceof QueryFailedError && (error.driverError as { code?: string }).code === '23505') {
        throw businessIdTaken(input.businessId);
      }
      throw error;
    }
  }

  /**
   * A person with a mandate for a business id whose account someone else registered without one
   * (still PENDING) takes it over: the account is verified, they become its ADMIN, and the users
   * who joined before verification (and their open invitations) go. Null when there is no such
   * pending account.
   */
  private async claimPending(principal: Principal, businessId: string): Promise<string | null> {
    return this.dataSource.transaction(async (manager) => {
      const organization = await this.organizations.byBusinessId(businessId, manager);
      if (!organization) return null;
      const scope = await this.repository.scope(organization.id, manager, true);
      if (!scope || !CrmPolicy.isPending(scope)) return null;
      const organizationId = organization.id;
      const earlier = scope.companyUsers.map((u) => u.userId).filter((userId) => userId !== principal.userId);
      await manager.getRepository(CompanyUser).delete({ organizationId });
      for (const userId of earlier) {
        await this.organizationWriter.removeMembership(manager, { organizationId, userId, role: Role.EMPLOYER_USER });
      }
      await manager.getRepository(CompanyInvitation).update({ organizationId, acceptedAt: IsNull(), revokedAt: IsNull() }, { revokedAt: new Date() });
      await manager.getRepository(CompanyUser).insert({ organizationId, userId: principal.userId, role: CompanyUserRole.ADMIN });
      await this.ensureEmployerMembership(manager, principal.userId, organizationId);
      await manager.getRepository(CompanyProfile).update(organizationId, verified(principal, CompanyVerificationMethod.MANDATE));
      await this.audit.record(
        {
          actorUserId: principal.userId,
          action: CrmAuditAction.CLAIM_COMPANY,
          resourceType: CrmResourceType.COMPANY,
          resourceId: organizationId,
          organizationId,
          employmentAreaId: scope.homeEmploymentAreaId,
          details: { method: CompanyVerificationMethod.MANDATE, removedUserCount: earlier.length },
        },
        manager,
      );
      await this.companyListeners.companyChanged(manager, organizationId);
      return organizationId;
    });
  }

  private async recordVerification(
    manager: EntityManager,
    principal: Principal,
    organizationId: string,
    employmentAreaId: string | null,
    method: CompanyVerificationMethod,
  ): Promise<void> {
    await this.audit.record(
      {
        actorUserId: principal.userId,
        action: CrmAuditAction.VERIFY_COMPANY,
        resourceType: CrmResourceType.COMPANY,
        resourceId: organizationId,
        organizationId,
        employmentAreaId,
        details: { method },
      },
      manager,
    );
  }

  private assertIndustry(section: string, code: string | null | undefined): void {
    const problem = checkIndustry(section, code);
    if (problem) throw CrmException.field(CrmErrorCode.INVALID_INDUSTRY, `input.${problem.field}`, problem.message);
  }

  private assertOtherAdmin(users: readonly { userId: string; role: CompanyUserRole }[], leaving: string): void {
    if (!users.some((u) => u.role === CompanyUserRole.ADMIN && u.userId !== leaving)) {
      throw CrmException.field(CrmErrorCode.LAST_COMPANY_ADMIN, 'email', 'a company account needs at least one ADMIN');
    }
  }

  private async ensureEmployerMembership(manager: EntityManager, userId: string, organizationId: string): Promise<void> {
    await this.organizationWriter.addMembership(manager, { userId, organizationId, role: Role.EMPLOYER_USER });
  }

  private async replaceOperating(manager: EntityManager, organizationId: string, codes: readonly string[]): Promise<void> {
    await manager.getRepository(CompanyOperatingMunicipality).delete({ organizationId });
    const unique = [...new Set(codes)];
    if (unique.length > 0) {
      await manager.getRepository(CompanyOperatingMunicipality).insert(unique.map((municipalityCode) => ({ organizationId, municipalityCode })));
    }
  }

  private async required(id: string): Promise<CompanyAggregate> {
    return (await this.repository.get(id)) as CompanyAggregate;
  }
}

/** Whether the identity provider's mandate claim in this request's token names the business id. */
export function hasMandate(principal: Principal, businessId: string): boolean {
  return (principal.mandateBusinessIds ?? []).includes(businessId);
}

function verified(principal: Principal, method: CompanyVerificationMethod): Partial<CompanyProfile> {
  return { verificationStatus: CompanyVerificationStatus.VERIFIED, verificationMethod: method, verifiedAt: new Date(), verifiedByUserId: principal.userId };
}

function businessIdTaken(businessId: string): CrmException {
  return CrmException.field(CrmErrorCode.BUSINESS_ID_TAKEN, 'input.businessId', `${businessId} already has a company account`);
}
