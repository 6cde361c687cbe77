import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditService, employmentAreasWithRole, Principal, Role } from '@ytmt/core';
import { UserDirectory } from '@ytmt/identity';
import { RegionNamesReader } from '@ytmt/regions';
import { isUUID } from 'class-validator';
import { DataSource, EntityManager } from 'typeorm';
import { CompanyChangeListeners } from './company-change.listeners';
import { normalizeTag } from './company-tag';
import { CompanyAggregate, CompanyRepository } from './company.repository';
import { CrmAuditAction, CrmResourceType } from './crm-audit';
import { CrmErrorCode, CrmException } from './crm.exception';
import { CompanyAccessScope, CrmPolicy } from './crm.policy';
import { CompanyAreaShare, CompanyResponsibleCoordinator, CompanyTag } from './entities/company-parts.entity';

export const MAX_TAGS_PER_COMPANY = 30;

/** How the areas work with a company: sharing agreements, responsible coordinators, tags. */
@Injectable()
export class CompanyCoordinationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repository: CompanyRepository,
    private readonly users: UserDirectory,
    private readonly audit: AuditService,
    private readonly regionNames: RegionNamesReader,
    private readonly companyListeners: CompanyChangeListeners,
  ) {}

  async share(principal: Principal, companyId: string, employmentAreaId: string): Promise<CompanyAggregate> {
    return this.change(companyId, async (manager, scope) => {
      CrmPolicy.assertCanShare(principal, scope);
      if (!isUUID(employmentAreaId) || !(await this.regionNames.employmentAreasByIds([employmentAreaId], manager)).has(employmentAreaId)) {
        throw CrmException.field(CrmErrorCode.UNKNOWN_EMPLOYMENT_AREA, 'employmentAreaId', 'no such employment area');
      }
      if (employmentAreaId === scope.homeEmploymentAreaId) {
        throw CrmException.field(CrmErrorCode.INVALID_COMPANY, 'employmentAreaId', "is the company's home area");
      }
      await manager
        .createQueryBuilder()
        .insert()
        .into(CompanyAreaShare)
        .values({ organizationId: companyId, employmentAreaId, sharedByUserId: principal.userId })
        .orIgnore()
        .execute();
      await this.recordSharing(manager, principal, scope, CrmAuditAction.SHARE_COMPANY, employmentAreaId);
      await this.reindexNeeds(manager, companyId);
    });
  }

  async unshare(principal: Principal, companyId: string, employmentAreaId: string): Promise<CompanyAggregate> {
    return this.change(companyId, async (manager, scope) => {
      CrmPolicy.assertCanShare(principal, scope);
      if (!scope.sharedEmploymentAreaIds.includes(employmentAreaId)) return;
      await manager.getRepository(CompanyAreaShare).delete({ organizationId: companyId, employmentAreaId });
      await this.recordSharing(manager, principal, scope, CrmAuditAction.UNSHARE_COMPANY, employmentAreaId);
      await this.reindexNeeds(manager, companyId);
    });
  }

  /** Responsible coordinators come from the company's home area. */
  async assignResponsible(principal: Principal, companyId: string, coordinatorEmail: string): Promise<CompanyAggregate> {
    return this.change(companyId, async (manager, scope) => {
      CrmPolicy.assertCanAssignResponsible(principal, scope);
      const coordinator = await this.users.findByEmail(coordinatorEmail, manager);
      if (!coordinator || !CrmPolicy.isHomeAreaCoordinator(coordinator, scope)) {
        throw CrmException.field(CrmErrorCode.NOT_A_COORDINATOR, 'coordinatorEmail', "is not a coordinator of the company's home area");
      }
      await manager
        .createQueryBuilder()
        .insert()
        .into(CompanyResponsibleCoordinator)
        .values({ organizationId: companyId, userId: coordinator.userId })
        .orIgnore()
        .execute();
    });
  }

  /** The coordinator is named by e-mail or by user id, exactly one of the two; an unknown one changes nothing. */
  async unassignResponsible(principal: Principal, companyId: string, coordinator: { email?: string; userId?: string }): Promise<CompanyAggregate> {
    if ((coordinator.email === undefined) === (coordinator.userId === undefined)) {
      throw CrmException.field(CrmErrorCode.UNKNOWN_USER, 'coordinatorEmail', 'give either coordinatorEmail or coordinatorUserId');
    }
    return this.change(companyId, async (manager, scope) => {
      CrmPolicy.assertCanAssignResponsible(principal, scope);
      const userId =
        coordinator.email !== undefined ? (await this.users.findByEmail(coordinator.email, manager))?.userId : isUUID(coordinator.userId) ? coordinator.userId : undefined;
      if (userId) await manager.getRepository(CompanyResponsibleCoordinator).delete({ organizationId: companyId, userId });
    });
  }

  async tag(principal: Principal, companyId: string, raw: string): Promise<CompanyAggregate> {
    return this.change(companyId, async (manager, scope) => {
      CrmPolicy.assertCoordinatorArea(principal, scope);
      const tag = normalizeTag(raw);
      if (!tag) throw CrmException.field(CrmErrorCode.INVALID_TAG, 'tag', 'must be 2–40 characters');
      const count = await manager.getRepository(CompanyTag).countBy({ organizationId: companyId });
      if (count >= MAX_TAGS_PER_COMPANY) {
        throw CrmException.field(CrmErrorCode.INVALID_TAG, 'tag', `a company has at most ${MAX_TAGS_PER_COMPANY} tags`);
      }
      await manager.createQueryBuilder().insert().into(CompanyTag).values({ organizationId: companyId, tag }).orIgnore().execute();
    });
  }

  async untag(principal: Principal, companyId: string, raw: string): Promise<CompanyAggregate> {
    return this.change(companyId, async (manager, scope) => {
      CrmPolicy.assertCoordinatorArea(principal, scope);
      const tag = normalizeTag(raw);
      if (tag) await manager.getRepository(CompanyTag).delete({ organizationId: companyId, tag });
    });
  }

  /** Runs one change with the company locked, then returns the account as it now stands. */
  private async change(
    companyId: string,
    work: (manager: EntityManager, scope: CompanyAccessScope) => Promise<void>,
  ): Promise<CompanyAggregate> {
    await this.dataSource.transaction(async (manager) => {
      const scope = await this.repository.scope(companyId, manager, true);
      if (!scope) throw CrmException.companyNotFound();
      await work(manager, scope);
    });
    return (await this.repository.get(companyId)) as CompanyAggregate;
  }

  /** The needs' search documents carry the company's shared areas: they follow in this transaction. */
  private reindexNeeds(manager: EntityManager, companyId: string): Promise<void> {
    return this.companyListeners.companyChanged(manager, companyId);
  }

  private async recordSharing(
    manager: EntityManager,
    principal: Principal,
    scope: CompanyAccessScope,
    action: CrmAuditAction,
    employmentAreaId: string,
  ): Promise<void> {
    await this.audit.record(
      {
        actorUserId: principal.userId,
        action,
        resourceType: CrmResourceType.COMPANY,
        resourceId: scope.organizationId,
        organizationId: scope.organizationId,
        employmentAreaId: employmentAreasWithRole(principal, Role.AREA_ADMIN).find((id) => id === scope.homeEmploymentAreaId) ?? null,
        details: { sharedWithEmploymentAreaId: employmentAreaId },
      },
      manager,
    );
  }
}
