import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditService, OutboxService, Principal } from '@ytmt/core';
import { notificationMessage, NotificationType } from '@ytmt/events';
import { RegionsService } from '@ytmt/regions';
import { DataSource, EntityManager } from 'typeorm';
import { CatalogueErrorCode, CatalogueException } from './catalogue.exception';
import { CataloguePolicy } from './catalogue.policy';
import { ServiceRevision, ServiceRevisionStatus } from './entities/service-revision.entity';
import { Service, ServiceStatus } from './entities/service.entity';
import { ServiceWriteService } from './service-write.service';
import { ServiceAggregate, ServiceRepository, scopeOf } from './service.repository';

/** Allowed moves of the service lifecycle: DRAFT → SUBMITTED → PUBLISHED | REJECTED → … → ARCHIVED. */
export const SERVICE_TRANSITIONS: Record<ServiceStatus, readonly ServiceStatus[]> = {
  [ServiceStatus.DRAFT]: [ServiceStatus.SUBMITTED],
  [ServiceStatus.SUBMITTED]: [ServiceStatus.PUBLISHED, ServiceStatus.REJECTED],
  [ServiceStatus.REJECTED]: [ServiceStatus.SUBMITTED],
  [ServiceStatus.PUBLISHED]: [ServiceStatus.ARCHIVED],
  [ServiceStatus.ARCHIVED]: [],
};

/**
 * Moves services through moderation. A moderator's decision speaks for their own areas only: a
 * service covering several employment areas is published once each of them has approved (or a
 * platform admin has), and national coverage is decided by platform admins alone.
 */
@Injectable()
export class ServiceLifecycleService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repository: ServiceRepository,
    private readonly writer: ServiceWriteService,
    private readonly outbox: OutboxService,
    private readonly audit: AuditService,
    private readonly regions: RegionsService,
  ) {}

  async submit(principal: Principal, id: string): Promise<ServiceAggregate> {
    await this.dataSource.transaction(async (manager) => {
      const aggregate = await this.writer.lockedAggregate(manager, id);
      CataloguePolicy.assertCanEdit(principal, aggregate.service);
      await this.move(manager, principal, aggregate, ServiceStatus.SUBMITTED, { submittedAt: new Date(), approvedEmploymentAreaIds: [] });
    });
    return (await this.repository.get(id)) as ServiceAggregate;
  }

  /** Records the approval of the moderator's areas; publishes once every covered area has approved. */
  async approve(principal: Principal, id: string): Promise<ServiceAggregate> {
    await this.dataSource.transaction(async (manager) => {
      const aggregate = await this.writer.lockedAggregate(manager, id);
      const scope = scopeOf(aggregate);
      const decision = CataloguePolicy.assertCanDecide(principal, scope);
      this.assertTransition(aggregate.service.status, ServiceStatus.PUBLISHED);
      const approved = [...new Set([...aggregate.service.approvedEmploymentAreaIds, ...decision.areaIds])].sort();
      const complete = decision.all || scope.employmentAreaIds.every((areaId) => approved.includes(areaId));
      await this.audit.record(
        {
          actorUserId: principal.userId,
          action: complete ? 'service.publish' : 'service.approve_areas',
          resourceType: 'service',
          resourceId: id,
          organizationId: aggregate.service.organizationId,
          details: { areas: decision.all ? 'ALL' : decision.areaIds.join(','), national: scope.isNational },
        },
        manager,
      );
      if (!complete) {
        await manager.getRepository(Service).update(id, { approvedEmploymentAreaIds: approved });
        return;
      }
      await this.move(manager, principal, aggregate, ServiceStatus.PUBLISHED, { publishedAt: new Date(), rejectionReason: null, approvedEmploymentAreaIds: approved });
    });
    return (await this.repository.get(id)) as ServiceAggregate;
  }

  /**
   * A refusal from any covered area sends the submission back: the service cannot go live there,
   * and a service is live in all its areas or none. The provider may resubmit without that area.
   */
  async reject(principal: Principal, id: string, reason: string): Promise<ServiceAggregate> {
    await this.dataSource.transaction(async (manager) => {
      const aggregate = await this.writer.lockedAggregate(manager, id);
      const decision = CataloguePolicy.assertCanDecide(principal, scopeOf(aggregate));
      await this.move(manager, principal, aggregate, ServiceStatus.REJECTED, { rejectionReason: reason, approvedEmploymentAreaIds: [] });
      await this.audit.record(
        {
          actorUserId: principal.userId,
          action: 'service.reject',
          resourceType: 'service',
          resourceId: id,
          organizationId: aggregate.service.organizationId,
          details: { areas: decision.all ? 'ALL' : decision.areaIds.join(',') },
        },
        manager,
      );
    });
    return (await this.repository.get(id)) as ServiceAggregate;
  }

  /**
   * The provider, a platform admin or a moderator of every covered area archives the service; a
   * moderator of only some covered areas withdraws it from those areas, and it stays live in the others.
   */
  async archive(principal: Principal, id: string): Promise<ServiceAggregate> {
    await this.dataSource.transaction(async (manager) => {
      const aggregate = await this.writer.lockedAggregate(manager, id);
      const reach = CataloguePolicy.archiveReach(principal, scopeOf(aggregate));
      if (reach.whole) {
        await this.move(manager, principal, aggregate, ServiceStatus.ARCHIVED, { archivedAt: new Date() });
        // Nothing left to revise: a pending edit of an archived service is withdrawn with it.
        await manager.getRepository(ServiceRevision).update(
          { serviceId: id, status: ServiceRevisionStatus.PENDING },
          { status: ServiceRevisionStatus.WITHDRAWN, decidedByUserId: principal.userId, decidedAt: new Date() },
        );
      } else {
        this.assertTransition(aggregate.service.status, ServiceStatus.ARCHIVED);
        await this.withdrawFromAreas(manager, principal, aggregate, reach.areaIds);
      }
      if (!this.isProvider(principal, aggregate)) {
        await this.audit.record(
          {
            actorUserId: principal.userId,
            action: reach.whole ? 'service.archive' : 'service.withdraw_areas',
            resourceType: 'service',
            resourceId: id,
            organizationId: aggregate.service.organizationId,
            details: { areas: reach.whole ? 'ALL' : reach.areaIds.join(',') },
          },
          manager,
        );
      }
    });
    return (await this.repository.get(id)) as ServiceAggregate;
  }

  private isProvider(principal: Principal, aggregate: ServiceAggregate): boolean {
    return CataloguePolicy.isProviderOf(principal, aggregate.service.organizationId);
  }

  /** Removes the coverage rows that fall in the areas, directly or through a municipality. */
  private async withdrawFromAreas(manager: EntityManager, principal: Principal, aggregate: ServiceAggregate, areaIds: string[]): Promise<void> {
    const id = aggregate.service.id;
    const municipalities = aggregate.areas.flatMap((a) => (a.municipalityCode ? [a.municipalityCode] : []));
    const areaOfMunicipality = await this.regions.employmentAreasOf(municipalities, manager);
    const removedCodes = new Set(
      [...areaOfMunicipality].filter(([, areaId]) => areaIds.includes(areaId)).map(([municipalityCode]) => municipalityCode.trim()),
    );
    const removed = aggregate.areas.filter(
      (a) => (a.employmentAreaId !== null && areaIds.includes(a.employmentAreaId)) || (a.municipalityCode !== null && removedCodes.has(a.municipalityCode.trim())),
    );
    if (removed.length > 0) await manager.query('DELETE FROM service_area WHERE id = ANY($1::uuid[])', [removed.map((a) => a.id)]);
    const remaining = aggregate.areas.filter((a) => !removed.includes(a));
    await this.writer.recordChanges(
      manager,
      id,
      principal.userId,
      [
        {
          fieldName: 'employmentAreaIds',
          previousValue: aggregate.areas.flatMap((a) => (a.employmentAreaId ? [a.employmentAreaId] : [])).sort(),
          newValue: remaining.flatMap((a) => (a.employmentAreaId ? [a.employmentAreaId] : [])).sort(),
        },
        {
          fieldName: 'municipalityCodes',
          previousValue: municipalities.sort(),
          newValue: remaining.flatMap((a) => (a.municipalityCode ? [a.municipalityCode] : [])).sort(),
        },
      ].filter((change) => JSON.stringify(change.previousValue) !== JSON.stringify(change.newValue)),
      'withdraw',
    );
    if (aggregate.service.status === ServiceStatus.PUBLISHED) await this.writer.enqueueIndex(manager, id);
  }

  private assertTransition(from: ServiceStatus, target: ServiceStatus): void {
    if (!SERVICE_TRANSITIONS[from].includes(target)) {
      throw CatalogueException.field(CatalogueErrorCode.INVALID_TRANSITION, 'id', `a ${from} service cannot become ${target}`);
    }
  }

  private async move(manager: EntityManager, principal: Principal, aggregate: ServiceAggregate, target: ServiceStatus, changes: Partial<Service>): Promise<void> {
    const id = aggregate.service.id;
    const from = aggregate.service.status;
    this.assertTransition(from, target);
    await manager.getRepository(Service).update(id, { ...changes, status: target });
    const [changeId] = await this.writer.recordChanges(manager, id, principal.userId, [{ fieldName: 'status', previousValue: from, newValue: target }], 'status');
    // A submission is news to its moderators, a moderation decision to the provider.
    if (target === ServiceStatus.SUBMITTED) {
      await this.outbox.add(manager, notificationMessage({ type: NotificationType.SERVICE_SUBMITTED, serviceId: id, serviceChangeId: changeId }));
    }
    if (from === ServiceStatus.SUBMITTED && (target === ServiceStatus.PUBLISHED || target === ServiceStatus.REJECTED)) {
      await this.outbox.add(manager, notificationMessage({ type: NotificationType.SERVICE_MODERATED, serviceId: id, serviceChangeId: changeId }));
    }
    // Entering or leaving PUBLISHED changes what search shows.
    if (from === ServiceStatus.PUBLISHED || target === ServiceStatus.PUBLISHED) await this.writer.enqueueIndex(manager, id);
  }
}
