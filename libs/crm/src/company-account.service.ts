import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { OutboxService, Principal, Role } from '@ytmt/core';
import { Membership, Organization, OrganizationType, Sector } from '@ytmt/identity';
import { EmploymentAreaMunicipality, RegionsService } from '@ytmt/regions';
import { DataSource, EntityManager, QueryFailedError } from 'typeorm';
import { reindexCompanyNeeds } from './company-coordination.service';
import { CompanyAggregate, CompanyRepository } from './company.repository';
import { CrmErrorCode, CrmException } from './crm.exception';
import { CrmPolicy } from './crm.policy';
import { CompanyInput, CompanyUserInput, UpdateCompanyInput } from './dto/company.inputs';
import {
  CompanyAreaShare,
  CompanyOperatingMunicipality,
  CompanyResponsibleCoordinator,
  CompanyUser,
  CompanyUserRole,
} from './entities/company-parts.entity';
import { CompanyProfile } from './entities/company-profile.entity';
import { checkIndustry } from './industry/tol2008';
import { UserDirectory } from './user-directory';

/** Creates and edits company accounts and their users. Every check runs before the first write. */
@Injectable()
export class CompanyAccountService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repository: CompanyRepository,
    private readonly regions: RegionsService,
    private readonly users: UserDirectory,
    private readonly outbox: OutboxService,
  ) {}

  /** An employer registers their own company and becomes its first ADMIN. */
  async register(principal: Principal, input: CompanyInput): Promise<CompanyAggregate> {
    const id = await this.create(input, async (manager, organizationId) => {
      await manager.getRepository(CompanyUser).insert({ organizationId, userId: principal.userId, role: CompanyUserRole.ADMIN });
      await this.ensureEmployerMembership(manager, principal.userId, organizationId);
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
      const homeEmploymentAreaId = await homeAreaOf(manager, homeCode);

      const organization: Partial<Organization> = { homeMunicipalityCode: homeCode };
      if (input.name !== undefined) organization.name = input.name;
      if (input.type !== undefined) organization.type = input.type;
      if (input.website !== undefined) organization.website = input.website;
      await manager.getRepository(Organization).update(id, organization);
      await manager.getRepository(CompanyProfile).update(id, {
        industrySection: section,
        industryCode: code ?? null,
        sizeClass: input.sizeClass ?? profile.sizeClass,
        homeMunicipalityCode: homeCode,
        homeEmploymentAreaId,
      });
      if (homeEmploymentAreaId !== profile.homeEmploymentAreaId) {
        // Responsible coordinators come from the home area; a new home area chooses its own, and a
        // sharing agreement with the new home area has nothing left to share.
        await manager.getRepository(CompanyResponsibleCoordinator).delete({ organizationId: id });
        if (homeEmploymentAreaId) await manager.getRepository(CompanyAreaShare).delete({ organizationId: id, employmentAreaId: homeEmploymentAreaId });
      }
      if (input.operatingMunicipalityCodes) await this.replaceOperating(manager, id, input.operatingMunicipalityCodes);
      if (homeEmploymentAreaId !== profile.homeEmploymentAreaId || input.name !== undefined) await reindexCompanyNeeds(this.outbox, manager, id);
    });
    return this.required(id);
  }

  /** The company's ADMIN adds an existing user, or changes their role. */
  async addUser(principal: Principal, id: string, input: CompanyUserInput): Promise<CompanyAggregate> {
    await this.dataSource.transaction(async (manager) => {
      const scope = await this.repository.scope(id, manager, true);
      if (!scope) throw CrmException.companyNotFound();
      CrmPolicy.assertCanManageCompanyUsers(principal, scope);
      const user = await this.users.findByEmail(input.email, manager);
      if (!user) throw CrmException.field(CrmErrorCode.UNKNOWN_USER, 'input.email', 'no user has this e-mail address');
      const role = input.role ?? CompanyUserRole.MEMBER;
      const current = scope.companyUsers.find((u) => u.userId === user.userId);
      if (current?.role === CompanyUserRole.ADMIN && role !== CompanyUserRole.ADMIN) this.assertOtherAdmin(scope.companyUsers, user.userId);
      await manager.getRepository(CompanyUser).upsert({ organizationId: id, userId: user.userId, role }, ['organizationId', 'userId']);
      await this.ensureEmployerMembership(manager, user.userId, id);
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
      await manager.getRepository(Membership).delete({ organizationId: id, userId: user.userId, role: Role.EMPLOYER_USER });
    });
    return this.required(id);
  }

  private async create(
    input: CompanyInput,
    afterInsert: (manager: EntityManager, organizationId: string) => Promise<void>,
    authorize: (homeEmploymentAreaId: string | null) => void = () => undefined,
  ): Promise<string> {
    try {
      return await this.dataSource.transaction(async (manager) => {
        this.assertIndustry(input.industrySection, input.industryCode);
        await this.regions.getMunicipality(input.homeMunicipalityCode, 'input.homeMunicipalityCode');
        const operating = input.operatingMunicipalityCodes ?? [];
        await this.regions.assertMunicipalitiesExist(operating, 'input.operatingMunicipalityCodes', manager);
        const homeEmploymentAreaId = await homeAreaOf(manager, input.homeMunicipalityCode);
        authorize(homeEmploymentAreaId);
        if (await manager.getRepository(Organization).existsBy({ businessId: input.businessId })) throw businessIdTaken(input.businessId);

        const organizations = manager.getRepository(Organization);
        const organization = await organizations.save(
          organizations.create({
            name: input.name,
            // Companies, cooperatives and social enterprises are all private-sector businesses.
            sector: Sector.PRIVATE,
            type: input.type as OrganizationType,
            businessId: input.businessId,
            website: input.website ?? null,
            email: input.email ?? null,
            phone: input.phone ?? null,
            homeMunicipalityCode: input.homeMunicipalityCode,
          }),
        );
        await manager.getRepository(CompanyProfile).insert({
          organizationId: organization.id,
          industrySection: input.industrySection,
          industryCode: input.industryCode ?? null,
          sizeClass: input.sizeClass,
          homeMunicipalityCode: input.homeMunicipalityCode,
          homeEmploymentAreaId,
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
    await manager
      .createQueryBuilder()
      .insert()
      .into(Membership)
      .values({ userId, organizationId, role: Role.EMPLOYER_USER })
      .orIgnore()
      .execute();
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

/** The employment area of a municipality, or null where no known area has it. */
export async function homeAreaOf(manager: EntityManager, municipalityCode: string): Promise<string | null> {
  const link = await manager.getRepository(EmploymentAreaMunicipality).findOneBy({ municipalityCode });
  return link?.employmentAreaId ?? null;
}

function businessIdTaken(businessId: string): CrmException {
  return CrmException.field(CrmErrorCode.BUSINESS_ID_TAKEN, 'input.businessId', `${businessId} already has a company account`);
}
