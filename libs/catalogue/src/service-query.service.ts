import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Principal } from '@ytmt/core';
import { RegionsService } from '@ytmt/regions';
import { isUUID } from 'class-validator';
import { DataSource } from 'typeorm';
import { CatalogueException } from './catalogue.exception';
import { CataloguePolicy } from './catalogue.policy';
import { ServiceChange } from './entities/service-parts.entity';
import { ServiceStatus } from './entities/service.entity';
import { ServiceAggregate, ServiceRepository, scopeOf } from './service.repository';

@Injectable()
export class ServiceQueryService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repository: ServiceRepository,
    private readonly regions: RegionsService,
  ) {}

  /** Published services are public; others only for their provider and moderators (else NOT_FOUND). */
  async get(principal: Principal | null, id: string): Promise<ServiceAggregate> {
    if (!isUUID(id)) throw CatalogueException.notFound();
    const aggregate = await this.repository.get(id);
    if (!aggregate || !CataloguePolicy.canRead(principal, scopeOf(aggregate))) throw CatalogueException.notFound();
    return aggregate;
  }

  async listForOrganization(principal: Principal, organizationId: string, status?: ServiceStatus): Promise<ServiceAggregate[]> {
    if (!CataloguePolicy.isProviderOf(principal, organizationId)) {
      throw CatalogueException.notAllowed("Only the provider's own users can list its services");
    }
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT id FROM service WHERE organization_id = $1 AND ($2::service_status IS NULL OR status = $2) ORDER BY updated_at DESC LIMIT 500`,
      [organizationId, status ?? null],
    );
    return this.repository.load(rows.map((r) => r.id));
  }

  /** Submitted services waiting for the caller's decision, oldest first. */
  async moderationQueue(principal: Principal): Promise<ServiceAggregate[]> {
    const { all, areaIds } = CataloguePolicy.moderatedAreas(principal);
    if (!all && areaIds.length === 0) throw CatalogueException.notAllowed('Only coordinators, area admins and platform admins moderate services');
    // A coverage row is in one of the caller's areas when it names the area, or a municipality the area covers.
    const municipalityCodes = all ? [] : await this.regions.municipalityCodesOf(areaIds);
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT s.id FROM service s
        WHERE s.status = 'SUBMITTED'
          AND ($1 OR (NOT s.is_national AND EXISTS (
                SELECT 1 FROM service_area sa
                 WHERE sa.service_id = s.id
                   AND (sa.employment_area_id = ANY($2::uuid[])
                        OR (sa.employment_area_id IS NULL AND sa.municipality_code = ANY($3::text[]))))))
        ORDER BY s.submitted_at ASC LIMIT 500`,
      [all, areaIds, municipalityCodes],
    );
    // Left out: submissions every one of the caller's covered areas has approved already.
    return (await this.repository.load(rows.map((r) => r.id))).filter((aggregate) => {
      const decision = CataloguePolicy.decisionAreas(principal, scopeOf(aggregate));
      return decision.all || decision.areaIds.some((areaId) => !aggregate.service.approvedEmploymentAreaIds.includes(areaId));
    });
  }

  async history(principal: Principal | null, id: string): Promise<ServiceChange[]> {
    await this.get(principal, id);
    return this.dataSource.getRepository(ServiceChange).find({ where: { serviceId: id }, order: { changedAt: 'ASC', fieldName: 'ASC' } });
  }
}
