import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditService, Principal } from '@ytmt/core';
import { RegionsService } from '@ytmt/regions';
import { isUUID } from 'class-validator';
import { DataSource, EntityManager, In } from 'typeorm';
import { CatalogueErrorCode, CatalogueException } from './catalogue.exception';
import { CataloguePolicy, ServiceScope } from './catalogue.policy';
import { ServiceInput } from './dto/service.inputs';
import { ServiceRevision, ServiceRevisionStatus } from './entities/service-revision.entity';
import { ServiceStatus } from './entities/service.entity';
import { ServiceRevisionStore } from './service-revision.store';
import { diffSnapshots, FieldChange, snapshotOf, snapshotOfInput } from './service-snapshot';
import { ServiceWriteService } from './service-write.service';
import { ServiceAggregate, ServiceRepository, scopeOf } from './service.repository';

/** A revision with the live version it would replace: the same whoever looks at it. */
export interface ServiceRevisionFacts {
  revision: ServiceRevision;
  live: ServiceAggregate;
  proposed: ServiceInput;
  /** Employment areas the proposed version covers: each must approve (unless it is national). */
  proposedScope: ServiceScope;
  /** Field by field, live → proposed; for a decided revision, as it stood when decided. */
  changes: FieldChange[];
}

/** A revision as one caller sees it: with the live version it would replace. */
export interface ServiceRevisionView extends ServiceRevisionFacts {
  /** Whether the caller may approve or reject it now. */
  canDecide: boolean;
}

/** Gives the latest revision facts of a service; a per-request DataLoader batches the calls. */
export interface LatestRevisionLoader {
  load(serviceId: string): Promise<ServiceRevisionFacts | null>;
}

/** The queue shows the oldest pending revisions first, this many at a time. */
export const REVISION_QUEUE_SIZE = 50;

const notFound = () => CatalogueException.field(CatalogueErrorCode.SERVICE_NOT_FOUND, 'id', 'no such revision');

/**
 * Moderation of edits to published services. The live version (service rows: search, HSDS export,
 * need visibility) stays until every area the proposed version covers has approved, or a platform
 * admin has; national coverage is decided by platform admins only.
 */
@Injectable()
export class ServiceRevisionService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repository: ServiceRepository,
    private readonly writer: ServiceWriteService,
    private readonly store: ServiceRevisionStore,
    private readonly audit: AuditService,
    private readonly regions: RegionsService,
  ) {}

  /**
   * The pending revision of a service, else its latest decided one; null when the caller may not
   * see it. The loader gives the facts, batched over the services of one request.
   */
  async latestForService(principal: Principal | null, serviceId: string, loader: LatestRevisionLoader): Promise<ServiceRevisionView | null> {
    if (!principal || !isUUID(serviceId)) return null;
    const facts = await loader.load(serviceId);
    if (!facts) return null;
    const view = this.seenBy(principal, facts);
    return this.canSee(principal, view) ? view : null;
  }

  /** For the loader: the latest revision of each service (null if none), in the order of the ids, in a fixed number of queries. */
  async latestFactsOfServices(serviceIds: readonly string[]): Promise<(ServiceRevisionFacts | null)[]> {
    const ids = [...new Set(serviceIds.filter((id) => isUUID(id)))];
    const latest: ServiceRevision[] = ids.length
      ? await this.dataSource
          .getRepository(ServiceRevision)
          .createQueryBuilder('r')
          .distinctOn(['r.service_id'])
          .where('r.service_id = ANY(:ids)', { ids })
          .orderBy('r.service_id')
          .addOrderBy('r.created_at', 'DESC')
          .getMany()
      : [];
    const facts = await this.factsOf(this.dataSource.manager, latest);
    const byService = new Map(facts.flatMap((fact) => (fact ? [[fact.revision.serviceId, fact] as const] : [])));
    return serviceIds.map((id) => byService.get(id) ?? null);
  }

  async get(principal: Principal, id: string): Promise<ServiceRevisionView> {
    if (!isUUID(id)) throw notFound();
    const revision = await this.dataSource.getRepository(ServiceRevision).findOneBy({ id });
    const view = revision && (await this.view(this.dataSource.manager, principal, revision));
    if (!view || !this.canSee(principal, view)) throw notFound();
    return view;
  }

  /** Pending revisions that still wait for the caller's areas (every one, for platform admins), oldest first. */
  async queue(principal: Principal): Promise<ServiceRevisionView[]> {
    const { all, areaIds } = CataloguePolicy.moderatedAreas(principal);
    if (!all && areaIds.length === 0) throw CatalogueException.notAllowed('Only coordinators, area admins and platform admins moderate services');
    // Pending revisions whose proposed version covers one of the caller's areas (directly or
    // through a municipality the area covers); national ones only for platform admins.
    const municipalityCodes = all ? [] : await this.regions.municipalityCodesOf(areaIds);
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT r.id FROM service_revision r
        WHERE r.status = 'PENDING'
          AND ($1 OR (NOT coalesce((r.content->>'isNational')::boolean, false) AND (
                EXISTS (SELECT 1 FROM jsonb_array_elements_text(coalesce(r.content->'employmentAreaIds', '[]')) AS area(id)
                         WHERE area.id = ANY($2::text[]))
             OR EXISTS (SELECT 1 FROM jsonb_array_elements_text(coalesce(r.content->'municipalityCodes', '[]')) AS m(code)
                         WHERE m.code = ANY($3::text[])))))
        ORDER BY r.created_at ASC LIMIT 500`,
      [all, areaIds, municipalityCodes],
    );
    const revisions = rows.length ? await this.dataSource.getRepository(ServiceRevision).find({ where: { id: In(rows.map((row) => row.id)) }, order: { createdAt: 'ASC' } }) : [];
    const views: ServiceRevisionView[] = [];
    // A queue's worth at a time, each batch in a fixed number of queries.
    for (let start = 0; start < revisions.length && views.length < REVISION_QUEUE_SIZE; start += REVISION_QUEUE_SIZE) {
      for (const facts of await this.factsOf(this.dataSource.manager, revisions.slice(start, start + REVISION_QUEUE_SIZE))) {
        if (views.length === REVISION_QUEUE_SIZE) break;
        if (!facts) continue;
        const view = this.seenBy(principal, facts);
        if (!view.canDecide) continue;
        const decision = CataloguePolicy.decisionAreas(principal, view.proposedScope);
        if (decision.all || decision.areaIds.some((areaId) => !view.revision.approvedEmploymentAreaIds.includes(areaId))) views.push(view);
      }
    }
    return views;
  }

  /** Records the approval of the caller's areas; applies the revision once every required area has approved. */
  async approve(principal: Principal, id: string): Promise<ServiceRevisionView> {
    return this.decide(principal, id, async (manager, view, decision) => {
      const { revision, live, proposedScope } = view;
      const approved = [...new Set([...revision.approvedEmploymentAreaIds, ...decision.areaIds])].sort();
      const complete = decision.all || proposedScope.employmentAreaIds.every((areaId) => approved.includes(areaId));
      if (!complete) {
        await manager.getRepository(ServiceRevision).update(revision.id, { approvedEmploymentAreaIds: approved });
        return 'service_revision.approve_areas';
      }
      const changes = await this.writer.applyRevision(manager, revision.proposedByUserId ?? principal.userId, live, view.proposed);
      await manager.getRepository(ServiceRevision).update(revision.id, { approvedEmploymentAreaIds: approved });
      await this.store.close(manager, revision, ServiceRevisionStatus.APPROVED, principal.userId, { decidedChanges: changes });
      return 'service_revision.approve';
    });
  }

  /** The live version stays; the reason is kept for the provider. */
  async reject(principal: Principal, id: string, reason: string): Promise<ServiceRevisionView> {
    return this.decide(principal, id, async (manager, view) => {
      await this.store.close(manager, view.revision, ServiceRevisionStatus.REJECTED, principal.userId, { rejectionReason: reason, decidedChanges: view.changes });
      return 'service_revision.reject';
    });
  }

  /** The provider takes its pending revision back. */
  async withdraw(principal: Principal, id: string): Promise<ServiceRevisionView> {
    const serviceId = await this.serviceIdOf(id);
    await this.dataSource.transaction(async (manager) => {
      const { revision, view } = await this.lockedRevision(manager, principal, serviceId, id);
      CataloguePolicy.assertCanEdit(principal, view.live.service);
      this.assertPending(revision);
      await this.store.close(manager, revision, ServiceRevisionStatus.WITHDRAWN, principal.userId, { decidedChanges: view.changes });
    });
    return this.get(principal, id);
  }

  /**
   * The revision and its view under the service row lock, which orders a decision or withdrawal
   * after any concurrent edit of the revision; NOT_FOUND when the caller may not see it.
   */
  private async lockedRevision(
    manager: EntityManager,
    principal: Principal,
    serviceId: string,
    id: string,
  ): Promise<{ revision: ServiceRevision; view: ServiceRevisionView }> {
    await this.writer.lockedAggregate(manager, serviceId);
    const revision = await manager.getRepository(ServiceRevision).findOneBy({ id });
    if (!revision) throw notFound();
    const view = await this.view(manager, principal, revision);
    if (!view || !this.canSee(principal, view)) throw notFound();
    return { revision, view };
  }

  private async decide(
    principal: Principal,
    id: string,
    apply: (manager: EntityManager, view: ServiceRevisionView, decision: { all: boolean; areaIds: string[] }) => Promise<string>,
  ): Promise<ServiceRevisionView> {
    const serviceId = await this.serviceIdOf(id);
    await this.dataSource.transaction(async (manager) => {
      const { revision, view } = await this.lockedRevision(manager, principal, serviceId, id);
      const decision = CataloguePolicy.assertCanDecide(principal, view.proposedScope);
      this.assertPending(revision);
      if (view.live.service.status !== ServiceStatus.PUBLISHED) {
        throw CatalogueException.field(CatalogueErrorCode.INVALID_TRANSITION, 'id', `the service is ${view.live.service.status}, not PUBLISHED`);
      }
      const action = await apply(manager, view, decision);
      await this.audit.record(
        {
          actorUserId: principal.userId,
          action,
          resourceType: 'service_revision',
          resourceId: revision.id,
          organizationId: view.live.service.organizationId,
          details: {
            serviceId,
            areas: decision.all ? 'ALL' : decision.areaIds.join(','),
            fields: view.changes.map((change) => change.fieldName).join(','),
          },
        },
        manager,
      );
    });
    return this.get(principal, id);
  }

  private async serviceIdOf(id: string): Promise<string> {
    if (!isUUID(id)) throw notFound();
    const revision = await this.dataSource.getRepository(ServiceRevision).findOneBy({ id });
    if (!revision) throw notFound();
    return revision.serviceId;
  }

  private assertPending(revision: ServiceRevision): void {
    if (revision.status !== ServiceRevisionStatus.PENDING) {
      throw CatalogueException.field(CatalogueErrorCode.INVALID_TRANSITION, 'id', `the revision is ${revision.status}, not PENDING`);
    }
  }

  /** The provider's users, and whoever moderates the live or the proposed version. */
  private canSee(principal: Principal, view: ServiceRevisionView): boolean {
    return (
      CataloguePolicy.isProviderOf(principal, view.live.service.organizationId) ||
      CataloguePolicy.canModerate(principal, scopeOf(view.live)) ||
      CataloguePolicy.canModerate(principal, view.proposedScope)
    );
  }

  private changesOf(live: ServiceAggregate, revision: ServiceRevision): FieldChange[] {
    return diffSnapshots(snapshotOf(live), snapshotOfInput(revision.content as unknown as ServiceInput));
  }

  private async view(manager: EntityManager, principal: Principal, revision: ServiceRevision): Promise<ServiceRevisionView | null> {
    const [facts] = await this.factsOf(manager, [revision]);
    return facts ? this.seenBy(principal, facts) : null;
  }

  /** The facts of each revision, in their order (null where the service is gone), in a fixed number of queries. */
  private async factsOf(manager: EntityManager, revisions: readonly ServiceRevision[]): Promise<(ServiceRevisionFacts | null)[]> {
    if (revisions.length === 0) return [];
    const lives = new Map((await this.repository.load([...new Set(revisions.map((revision) => revision.serviceId))], manager)).map((live) => [live.service.id, live]));
    const proposals = revisions.map((revision) => revision.content as unknown as ServiceInput);
    const areaOfMunicipality = await this.regions.employmentAreasOf(
      proposals.flatMap((proposed) => proposed.municipalityCodes ?? []),
      manager,
    );
    return revisions.map((revision, index) => {
      const live = lives.get(revision.serviceId);
      if (!live) return null;
      const proposed = proposals[index];
      const viaMunicipalities = (proposed.municipalityCodes ?? []).flatMap((code) => {
        const areaId = areaOfMunicipality.get(code);
        return areaId ? [areaId] : [];
      });
      const proposedScope: ServiceScope = {
        organizationId: live.service.organizationId,
        isNational: proposed.isNational,
        employmentAreaIds: [...new Set([...(proposed.employmentAreaIds ?? []), ...viaMunicipalities])].sort(),
        published: false,
      };
      const pending = revision.status === ServiceRevisionStatus.PENDING;
      const changes = pending ? this.changesOf(live, revision) : ((revision.decidedChanges ?? []) as FieldChange[]);
      return { revision, live, proposed, proposedScope, changes };
    });
  }

  /** The facts with what the caller may do: decide a pending revision for at least one of its areas. */
  private seenBy(principal: Principal, facts: ServiceRevisionFacts): ServiceRevisionView {
    const pending = facts.revision.status === ServiceRevisionStatus.PENDING;
    const decision = CataloguePolicy.decisionAreas(principal, facts.proposedScope);
    return { ...facts, canDecide: pending && (decision.all || decision.areaIds.length > 0) };
  }
}
