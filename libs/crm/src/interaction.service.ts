import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditService, Principal } from '@ytmt/core';
import { DataSource, EntityManager } from 'typeorm';
import { CompanyRepository } from './company.repository';
import { CrmAuditAction, CrmResourceType } from './crm-audit';
import { CrmException } from './crm.exception';
import { CompanyAccessScope, CrmPolicy } from './crm.policy';
import { InteractionInput } from './dto/crm.inputs';
import { Interaction, InteractionVisibility } from './entities/crm-record.entity';

/** The newest entries a read returns; older ones are history that nobody pages through yet. */
export const INTERACTION_READ_LIMIT = 200;

/** The interaction log. Every read is audited, naming the company. */
@Injectable()
export class InteractionService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repository: CompanyRepository,
    private readonly audit: AuditService,
  ) {}

  /** SHARED entries, and AREA_ONLY entries of the caller's own areas; newest first. */
  async list(principal: Principal, companyId: string): Promise<Interaction[]> {
    return this.dataSource.transaction(async (manager) => {
      const scope = await this.scope(manager, principal, companyId);
      const areaId = CrmPolicy.assertCoordinatorArea(principal, scope);
      const areaIds = CrmPolicy.coordinatorAreasFor(principal, scope);
      const rows = await manager
        .getRepository(Interaction)
        .createQueryBuilder('i')
        .where('i.organization_id = :companyId', { companyId })
        .andWhere('(i.visibility = :shared OR i.author_employment_area_id = ANY(:areaIds))', { shared: InteractionVisibility.SHARED, areaIds })
        .orderBy('i.occurred_at', 'DESC')
        .addOrderBy('i.id', 'DESC')
        .limit(INTERACTION_READ_LIMIT)
        .getMany();
      // The query already filters; the policy check keeps the rule in one place should it change.
      const visible = rows.filter((row) => CrmPolicy.canSeeInteraction(principal, scope, row));
      await this.audit.record(
        {
          actorUserId: principal.userId,
          action: CrmAuditAction.READ_INTERACTIONS,
          resourceType: CrmResourceType.COMPANY,
          resourceId: companyId,
          organizationId: companyId,
          employmentAreaId: areaId,
          details: { count: visible.length },
        },
        manager,
      );
      return visible;
    });
  }

  async log(principal: Principal, companyId: string, input: InteractionInput): Promise<Interaction> {
    return this.dataSource.transaction(async (manager) => {
      const scope = await this.scope(manager, principal, companyId);
      const areaId = CrmPolicy.assertCoordinatorArea(principal, scope);
      const repository = manager.getRepository(Interaction);
      return repository.save(
        repository.create({
          organizationId: companyId,
          kind: input.kind,
          occurredAt: input.occurredAt,
          summary: input.summary.trim(),
          outcome: input.outcome?.trim() || null,
          nextStep: input.nextStep?.trim() || null,
          visibility: input.visibility,
          authorUserId: principal.userId,
          authorEmploymentAreaId: areaId,
        }),
      );
    });
  }

  private async scope(manager: EntityManager, principal: Principal, companyId: string): Promise<CompanyAccessScope> {
    const scope = await this.repository.scope(companyId, manager);
    if (!scope) throw CrmException.companyNotFound();
    CrmPolicy.assertCanSee(principal, scope);
    return scope;
  }
}
