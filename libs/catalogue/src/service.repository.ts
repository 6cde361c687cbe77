import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Organization, OrganizationDirectory } from '@ytmt/identity';
import { RegionsService } from '@ytmt/regions';
import { DataSource, EntityManager, In } from 'typeorm';
import { ServiceArea, ServiceCostOption, ServiceLocation } from './entities/service-parts.entity';
import { Service } from './entities/service.entity';
import { TaxonomyTerm } from './entities/taxonomy-term.entity';
import { ServiceScope } from './catalogue.policy';
import { TaxonomyService } from './taxonomy.service';

/** A service with everything that belongs to it. */
export interface ServiceAggregate {
  service: Service;
  provider: Organization;
  terms: TaxonomyTerm[];
  areas: ServiceArea[];
  /** Areas covered, directly or through a covered municipality. */
  coveredEmploymentAreaIds: string[];
  locations: ServiceLocation[];
  costOptions: ServiceCostOption[];
}

/** Loads services as aggregates in a fixed number of queries, however many ids. */
@Injectable()
export class ServiceRepository {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly organizations: OrganizationDirectory,
    private readonly regions: RegionsService,
    private readonly taxonomy: TaxonomyService,
  ) {}

  async load(ids: readonly string[], manager: EntityManager = this.dataSource.manager): Promise<ServiceAggregate[]> {
    if (ids.length === 0) return [];
    const services = await manager.getRepository(Service).findBy({ id: In([...ids]) });
    if (services.length === 0) return [];
    const serviceIds = services.map((s) => s.id);
    // Sequential on purpose: inside a transaction all queries share one connection.
    const providerById = await this.organizations.byIds(
      services.map((s) => s.organizationId),
      manager,
    );
    const termsByService = await this.taxonomy.ofServices(serviceIds, manager);
    const areas = await manager.getRepository(ServiceArea).find({ where: { serviceId: In(serviceIds) }, order: { municipalityCode: 'ASC' } });
    const locations = await manager
      .getRepository(ServiceLocation)
      .find({ where: { serviceId: In(serviceIds) }, order: { streetAddress: 'ASC' } });
    const costOptions = await manager.getRepository(ServiceCostOption).find({ where: { serviceId: In(serviceIds) }, order: { amount: 'ASC' } });
    const areaOfMunicipality = await this.regions.employmentAreasOf(
      areas.flatMap((area) => (area.municipalityCode ? [area.municipalityCode] : [])),
      manager,
    );
    const byId = new Map(services.map((s) => [s.id, s]));
    const group = <T extends { serviceId: string }>(rows: T[], id: string) => rows.filter((row) => row.serviceId === id);
    return ids
      .map((id) => byId.get(id))
      .filter((service): service is Service => service !== undefined && providerById.has(service.organizationId))
      .map((service) => {
        const ownAreas = group(areas, service.id);
        const covered = new Set([
          ...ownAreas.flatMap((a) => (a.employmentAreaId ? [a.employmentAreaId] : [])),
          ...ownAreas.flatMap((a) => {
            const areaId = a.municipalityCode ? areaOfMunicipality.get(a.municipalityCode) : undefined;
            return areaId ? [areaId] : [];
          }),
        ]);
        return {
          service,
          provider: providerById.get(service.organizationId) as Organization,
          terms: [...(termsByService.get(service.id) ?? [])],
          areas: ownAreas,
          coveredEmploymentAreaIds: [...covered].sort(),
          locations: group(locations, service.id),
          costOptions: group(costOptions, service.id),
        };
      });
  }

  async get(id: string, manager?: EntityManager): Promise<ServiceAggregate | null> {
    return (await this.load([id], manager))[0] ?? null;
  }
}

export function scopeOf(aggregate: ServiceAggregate): ServiceScope {
  return {
    organizationId: aggregate.service.organizationId,
    isNational: aggregate.service.isNational,
    employmentAreaIds: aggregate.coveredEmploymentAreaIds,
    published: aggregate.service.status === 'PUBLISHED',
  };
}
