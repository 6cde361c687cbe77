import { Injectable } from '@nestjs/common';
import { OutboxService, Principal } from '@ytmt/core';
import { notificationMessage, NotificationType } from '@ytmt/events';
import { EntityManager } from 'typeorm';
import { ServiceInput } from './dto/service.inputs';
import { ServiceRevision, ServiceRevisionStatus } from './entities/service-revision.entity';
import { diffSnapshots, snapshotOf, snapshotOfInput } from './service-snapshot';
import { ServiceAggregate } from './service.repository';

/** Keeps the pending revision of a published service. Callers hold the service row lock. */
@Injectable()
export class ServiceRevisionStore {
  constructor(private readonly outbox: OutboxService) {}

  /**
   * Makes `input` the service's pending revision, replacing one that waits already (its approvals
   * are dropped: the moderators have not seen the new content). An edit back to the live version
   * withdraws the pending revision instead. Returns the pending revision, if any.
   */
  async propose(manager: EntityManager, principal: Principal, live: ServiceAggregate, input: ServiceInput): Promise<ServiceRevision | null> {
    const repository = manager.getRepository(ServiceRevision);
    const pending = await repository.findOneBy({ serviceId: live.service.id, status: ServiceRevisionStatus.PENDING });
    if (diffSnapshots(snapshotOf(live), snapshotOfInput(input)).length === 0) {
      if (pending) await this.close(manager, pending, ServiceRevisionStatus.WITHDRAWN, principal.userId);
      return null;
    }
    // Plain JSON: the class instances of the validated input, without undefined members.
    const content = JSON.parse(JSON.stringify(input)) as object;
    let revision: ServiceRevision;
    if (pending) {
      await repository.update(pending.id, { content, approvedEmploymentAreaIds: [], proposedByUserId: principal.userId });
      revision = await repository.findOneByOrFail({ id: pending.id });
    } else {
      revision = await repository.save(
        repository.create({ serviceId: live.service.id, status: ServiceRevisionStatus.PENDING, content, approvedEmploymentAreaIds: [], proposedByUserId: principal.userId }),
      );
    }
    // The moderators who still must decide hear of it (again after a replacement: approvals were dropped).
    await this.outbox.add(manager, notificationMessage({ type: NotificationType.SERVICE_SUBMITTED, serviceId: live.service.id, serviceRevisionId: revision.id }));
    return revision;
  }

  async close(
    manager: EntityManager,
    revision: ServiceRevision,
    status: Exclude<ServiceRevisionStatus, ServiceRevisionStatus.PENDING>,
    userId: string,
    extra: Partial<Pick<ServiceRevision, 'rejectionReason' | 'decidedChanges'>> = {},
  ): Promise<void> {
    await manager.getRepository(ServiceRevision).update(revision.id, { status, decidedByUserId: userId, decidedAt: new Date(), ...extra });
    if (status === ServiceRevisionStatus.APPROVED || status === ServiceRevisionStatus.REJECTED) {
      await this.outbox.add(manager, notificationMessage({ type: NotificationType.SERVICE_MODERATED, serviceId: revision.serviceId, serviceRevisionId: revision.id }));
    }
  }
}
