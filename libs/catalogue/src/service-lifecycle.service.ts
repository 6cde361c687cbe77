import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { notificationMessage, NotificationType, OutboxService, Principal } from '@ytmt/core';
import { DataSource, EntityManager } from 'typeorm';
import { CatalogueErrorCode, CatalogueException } from './catalogue.exception';
import { CataloguePolicy } from './catalogue.policy';
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

@Injectable()
export class ServiceLifecycleService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repository: ServiceRepository,
    private readonly writer: ServiceWriteService,
    private readonly outbox: OutboxService,
  ) {}

  submit(principal: Principal, id: string): Promise<ServiceAggregate> {
    return this.move(principal, id, ServiceStatus.SUBMITTED, (aggregate) => CataloguePolicy.assertCanEdit(principal, aggregate.service), {
      submittedAt: new Date(),
    });
  }

  approve(principal: Principal, id: string): Promise<ServiceAggregate> {
    return this.move(principal, id, ServiceStatus.PUBLISHED, (aggregate) => CataloguePolicy.assertCanModerate(principal, scopeOf(aggregate)), {
      publishedAt: new Date(),
      rejectionReason: null,
    });
  }

  reject(principal: Principal, id: string, reason: string): Promise<ServiceAggregate> {
    return this.move(principal, id, ServiceStatus.REJECTED, (aggregate) => CataloguePolicy.assertCanModerate(principal, scopeOf(aggregate)), {
      rejectionReason: reason,
    });
  }

  archive(principal: Principal, id: string): Promise<ServiceAggregate> {
    return this.move(principal, id, ServiceStatus.ARCHIVED, (aggregate) => CataloguePolicy.assertCanArchive(principal, scopeOf(aggregate)), {
      archivedAt: new Date(),
    });
  }

  private async move(
    principal: Principal,
    id: string,
    target: ServiceStatus,
    authorise: (aggregate: ServiceAggregate) => void,
    changes: Partial<Service>,
  ): Promise<ServiceAggregate> {
    await this.dataSource.transaction(async (manager: EntityManager) => {
      const aggregate = await this.writer.lockedAggregate(manager, id);
      authorise(aggregate);
      const from = aggregate.service.status;
      if (!SERVICE_TRANSITIONS[from].includes(target)) {
        throw CatalogueException.field(CatalogueErrorCode.INVALID_TRANSITION, 'id', `a ${from} service cannot become ${target}`);
      }
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
    });
    return (await this.repository.get(id)) as ServiceAggregate;
  }
}
