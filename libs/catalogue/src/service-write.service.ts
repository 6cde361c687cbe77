import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { OutboxService, Principal, QueueName } from '@ytmt/core';
import { isUUID } from 'class-validator';
import { DataSource, EntityManager } from 'typeorm';
import { CatalogueErrorCode, CatalogueException } from './catalogue.exception';
import { CataloguePolicy } from './catalogue.policy';
import { ServiceInput } from './dto/service.inputs';
import { ServiceArea, ServiceChange, ServiceCostOption, ServiceLocation } from './entities/service-parts.entity';
import { Service, ServiceStatus } from './entities/service.entity';
import { ServiceInputValidator } from './service-input.validator';
import { ServiceRevisionStore } from './service-revision.store';
import { diffSnapshots, FieldChange, locationFields, snapshotOf } from './service-snapshot';
import { ServiceAggregate, ServiceRepository } from './service.repository';
import { TaxonomyService } from './taxonomy.service';

export const INDEX_SERVICE_JOB = 'index-service';

export interface IndexServiceJobData extends Record<string, unknown> {
  serviceId: string;
}

/**
 * Creates and edits services. An edit of a published service does not touch the live version: it
 * becomes the service's pending revision, applied only when moderators approve it.
 */
@Injectable()
export class ServiceWriteService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repository: ServiceRepository,
    private readonly validator: ServiceInputValidator,
    private readonly outbox: OutboxService,
    private readonly revisions: ServiceRevisionStore,
    private readonly taxonomy: TaxonomyService,
  ) {}

  async create(principal: Principal, organizationId: string, input: ServiceInput): Promise<ServiceAggregate> {
    CataloguePolicy.assertCanEdit(principal, { organizationId });
    const id = await this.dataSource.transaction(async (manager) => {
      const terms = await this.validator.validate(manager, input);
      const service = await manager.getRepository(Service).save(
        manager.getRepository(Service).create({ ...this.columns(input), organizationId, status: ServiceStatus.DRAFT }),
      );
      await this.writeParts(manager, service.id, input, terms.map((t) => t.id));
      return service.id;
    });
    return (await this.repository.get(id)) as ServiceAggregate;
  }

  async update(principal: Principal, id: string, input: ServiceInput): Promise<ServiceAggregate> {
    await this.dataSource.transaction(async (manager) => {
      const before = await this.lockedAggregate(manager, id);
      CataloguePolicy.assertCanEdit(principal, before.service);
      if (before.service.status === ServiceStatus.ARCHIVED) {
        throw CatalogueException.field(CatalogueErrorCode.INVALID_TRANSITION, 'id', 'an archived service cannot be edited');
      }
      const terms = await this.validator.validate(manager, input);
      // Everything a provider writes is public (texts, coverage, audience, categories, cost,
      // contacts, places, schedule), so no edit of a published service applies directly.
      if (before.service.status === ServiceStatus.PUBLISHED) {
        await this.revisions.propose(manager, principal, before, input);
        return;
      }
      await this.writeInput(manager, id, input, terms.map((t) => t.id));
      // Approvals given so far were for other content.
      if (before.service.status === ServiceStatus.SUBMITTED) await manager.getRepository(Service).update(id, { approvedEmploymentAreaIds: [] });
    });
    return (await this.repository.get(id)) as ServiceAggregate;
  }

  /**
   * Makes an approved revision the live version: field-level history, and the search index
   * refreshed through the outbox. The caller holds the row lock and has authorised the decision.
   */
  async applyRevision(manager: EntityManager, userId: string, live: ServiceAggregate, input: ServiceInput): Promise<FieldChange[]> {
    const terms = await this.validator.validate(manager, input);
    await this.writeInput(manager, live.service.id, input, terms.map((t) => t.id));
    const after = (await this.repository.get(live.service.id, manager)) as ServiceAggregate;
    const changes = diffSnapshots(snapshotOf(live), snapshotOf(after));
    await this.recordChanges(manager, live.service.id, userId, changes, 'update');
    await this.enqueueIndex(manager, live.service.id);
    return changes;
  }

  private async writeInput(manager: EntityManager, id: string, input: ServiceInput, termIds: string[]): Promise<void> {
    await manager.getRepository(Service).update(id, this.columns(input));
    await this.writeParts(manager, id, input, termIds);
  }

  /** Locks the service row so concurrent edits and transitions apply one after the other. */
  async lockedAggregate(manager: EntityManager, id: string): Promise<ServiceAggregate> {
    if (!isUUID(id)) throw CatalogueException.notFound();
    const locked = await manager.getRepository(Service).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!locked) throw CatalogueException.notFound();
    return (await this.repository.get(id, manager)) as ServiceAggregate;
  }

  async recordChanges(
    manager: EntityManager,
    serviceId: string,
    userId: string,
    changes: { fieldName: string; previousValue: unknown; newValue: unknown }[],
    actionType: string,
  ): Promise<string[]> {
    if (changes.length === 0) return [];
    // TypeORM serialises jsonb values itself; plain values go in as they are.
    const saved = await manager.getRepository(ServiceChange).save(
      changes.map((change) =>
        Object.assign(new ServiceChange(), {
          serviceId,
          actionType,
          fieldName: change.fieldName,
          previousValue: change.previousValue ?? null,
          newValue: change.newValue ?? null,
          changedByUserId: userId,
        }),
      ),
    );
    return saved.map((change) => change.id);
  }

  /** The index job re-reads the service, so one job per change is enough and a replay is harmless. */
  async enqueueIndex(manager: EntityManager, serviceId: string): Promise<void> {
    await this.outbox.add<IndexServiceJobData>(manager, { queue: QueueName.SEARCH_INDEX, jobName: INDEX_SERVICE_JOB, data: { serviceId } });
  }

  private columns(input: ServiceInput): Partial<Service> {
    return {
      nameFi: input.nameFi,
      nameSv: input.nameSv ?? null,
      nameEn: input.nameEn ?? null,
      summaryFi: input.summaryFi,
      summarySv: input.summarySv ?? null,
      summaryEn: input.summaryEn ?? null,
      descriptionFi: input.descriptionFi,
      descriptionSv: input.descriptionSv ?? null,
      descriptionEn: input.descriptionEn ?? null,
      audience: input.audience,
      deliveryMode: input.deliveryMode,
      languages: input.languages,
      isNational: input.isNational,
      isFree: input.isFree,
      eligibilityFi: input.eligibilityFi ?? null,
      minimumAge: input.minimumAge ?? null,
      maximumAge: input.maximumAge ?? null,
      howToTakePartFi: input.howToTakePartFi ?? null,
      capacity: input.capacity ?? null,
      scheduleFi: input.scheduleFi ?? null,
      url: input.url ?? null,
      email: input.email ?? null,
      phone: input.phone ?? null,
    };
  }

  private async writeParts(manager: EntityManager, serviceId: string, input: ServiceInput, termIds: string[]): Promise<void> {
    await this.taxonomy.replaceServiceTerms(manager, serviceId, termIds);
    await manager.getRepository(ServiceArea).delete({ serviceId });
    await manager.getRepository(ServiceLocation).delete({ serviceId });
    await manager.getRepository(ServiceCostOption).delete({ serviceId });
    const areas = [
      ...input.employmentAreaIds.map((employmentAreaId) => ({ serviceId, employmentAreaId, municipalityCode: null })),
      ...input.municipalityCodes.map((municipalityCode) => ({ serviceId, employmentAreaId: null, municipalityCode })),
    ];
    if (areas.length > 0) await manager.getRepository(ServiceArea).insert(areas);
    if (input.locations.length > 0) {
      await manager.getRepository(ServiceLocation).insert(
        input.locations.map((l) => ({ serviceId, ...locationFields(l) })),
      );
    }
    if (input.costOptions.length > 0) {
      await manager.getRepository(ServiceCostOption).insert(
        input.costOptions.map((c) => ({
          serviceId,
          amount: c.amount === undefined || c.amount === null ? null : c.amount.toFixed(2),
          currency: c.currency ?? null,
          unit: c.unit ?? null,
          descriptionFi: c.descriptionFi ?? null,
        })),
      );
    }
  }
}
