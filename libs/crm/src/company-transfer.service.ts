import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditService, OutboxService, Principal } from '@ytmt/core';
import { notificationMessage, NotificationType } from '@ytmt/events';
import { OrganizationWriter } from '@ytmt/identity';
import { RegionsService } from '@ytmt/regions';
import { DataSource, EntityManager, In } from 'typeorm';
import { CompanyChangeListeners } from './company-change.listeners';
import { CompanyAggregate, CompanyRepository } from './company.repository';
import { CrmAuditAction, CrmResourceType } from './crm-audit';
import { CrmErrorCode, CrmException } from './crm.exception';
import { CrmPolicy } from './crm.policy';
import { TransferCompanyInput } from './dto/company.inputs';
import { CompanyAreaShare, CompanyResponsibleCoordinator } from './entities/company-parts.entity';
import { CompanyProfile } from './entities/company-profile.entity';
import { CompanyTransfer } from './entities/company-transfer.entity';

/**
 * Moving a company's home to another employment area. The company cannot do it itself (its whole
 * CRM would follow): coordinators of the area it leaves do it, with a reason. The move is kept in
 * company_transfer and in the audit log of both areas, and both areas' staff are notified. Nothing
 * of the CRM is deleted: the leaving area keeps working with the company through a sharing
 * agreement (its own notes stay its own), which the new home area's admins may end.
 */
@Injectable()
export class CompanyTransferService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repository: CompanyRepository,
    private readonly regions: RegionsService,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
    private readonly organizationWriter: OrganizationWriter,
    private readonly companyListeners: CompanyChangeListeners,
  ) {}

  async transfer(principal: Principal, companyId: string, input: TransferCompanyInput): Promise<CompanyAggregate> {
    await this.dataSource.transaction(async (manager) => {
      const scope = await this.repository.scope(companyId, manager, true);
      if (!scope) throw CrmException.companyNotFound();
      CrmPolicy.assertCanTransfer(principal, scope);
      const profile = await manager.getRepository(CompanyProfile).findOneByOrFail({ organizationId: companyId });
      const to = input.homeMunicipalityCode;
      await this.regions.getMunicipality(to, 'input.homeMunicipalityCode');
      if (to === profile.homeMunicipalityCode) {
        throw CrmException.field(CrmErrorCode.INVALID_TRANSFER, 'input.homeMunicipalityCode', 'is already the home municipality');
      }
      const fromAreaId = profile.homeEmploymentAreaId;
      const toAreaId = await this.regions.employmentAreaOf(to, manager);

      await this.organizationWriter.update(manager, companyId, { homeMunicipalityCode: to });
      await manager.getRepository(CompanyProfile).update(companyId, { homeMunicipalityCode: to, homeEmploymentAreaId: toAreaId });
      if (toAreaId !== fromAreaId) {
        // Responsible coordinators come from the home area; the new one chooses its own.
        await manager.getRepository(CompanyResponsibleCoordinator).delete({ organizationId: companyId });
        if (toAreaId) await manager.getRepository(CompanyAreaShare).delete({ organizationId: companyId, employmentAreaId: toAreaId });
        if (fromAreaId) {
          await manager
            .createQueryBuilder()
            .insert()
            .into(CompanyAreaShare)
            .values({ organizationId: companyId, employmentAreaId: fromAreaId, sharedByUserId: principal.userId })
            .orIgnore()
            .execute();
        }
      }
      const { identifiers } = await manager.getRepository(CompanyTransfer).insert({
        organizationId: companyId,
        fromMunicipalityCode: profile.homeMunicipalityCode,
        toMunicipalityCode: to,
        fromEmploymentAreaId: fromAreaId,
        toEmploymentAreaId: toAreaId,
        transferredByUserId: principal.userId,
        reason: input.reason.trim(),
      });
      const transferId = identifiers[0].id as string;
      await this.record(manager, principal, companyId, transferId, fromAreaId, toAreaId);
      await this.outbox.add(manager, notificationMessage({ type: NotificationType.COMPANY_TRANSFERRED, transferId }));
      await this.companyListeners.companyChanged(manager, companyId);
    });
    return (await this.repository.get(companyId)) as CompanyAggregate;
  }

  /** The company's moves, newest first. */
  async history(companyId: string): Promise<CompanyTransfer[]> {
    return this.histories([companyId]);
  }

  /** The moves of several companies in one query, newest first (group them by organizationId). */
  async histories(companyIds: readonly string[]): Promise<CompanyTransfer[]> {
    if (companyIds.length === 0) return [];
    return this.dataSource.getRepository(CompanyTransfer).find({ where: { organizationId: In([...companyIds]) }, order: { createdAt: 'DESC' } });
  }

  private async record(
    manager: EntityManager,
    principal: Principal,
    companyId: string,
    transferId: string,
    fromAreaId: string | null,
    toAreaId: string | null,
  ): Promise<void> {
    // One event in each area's audit log, so that the admins of both find it.
    for (const employmentAreaId of [...new Set([fromAreaId, toAreaId])]) {
      await this.audit.record(
        {
          actorUserId: principal.userId,
          action: CrmAuditAction.TRANSFER_COMPANY,
          resourceType: CrmResourceType.COMPANY,
          resourceId: companyId,
          organizationId: companyId,
          employmentAreaId,
          details: { transferId, fromEmploymentAreaId: fromAreaId, toEmploymentAreaId: toAreaId },
        },
        manager,
      );
    }
  }
}
