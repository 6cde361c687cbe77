import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { groupByKeys } from '@ytmt/core';
import { Organization, OrganizationDirectory } from '@ytmt/identity';
import { RegionsService } from '@ytmt/regions';
import { DataSource, EntityManager, In } from 'typeorm';
import { ServiceArea, ServiceCostOption, ServiceLocation } from './entities/service-parts.entity';
import { Service } from './entities/service.entity';
import { TaxonomyTerm } from './entities/taxonomy-term.entity';
import { ServiceScope } from './catalogue.policy';
import { TaxonomyService } from './taxonomy.service';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

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

  /**
   * The services' own rows, no relation: what a list that selects only their own fields needs.
   * One plain statement, its rows copied onto the entity's properties (the ORM's query builder and
   * hydration would cost a public search more than its statements do).
   */
  async rows(ids: readonly string[]): Promise<Service[]> {
    // An id that is no uuid names no service (and must not fail the cast).
    const wanted = [...new Set(ids)].filter((id) => UUID.test(id));
    if (wanted.length === 0) return [];
    const { sql, columns } = (this.serviceRowsStatement ??= this.buildServiceRowsStatement());
    const rows = (await this.dataSource.query(sql, [wanted])) as Record<string, unknown>[];
    return rows.map((row) => {
      const service = Object.create(Service.prototype) as Service;
      for (const column of columns) (service as unknown as Record<string, unknown>)[column.property] = row[column.name] ?? null;
      return service;
    });
  }

  private serviceRowsStatement?: { sql: string; columns: { name: string; property: string }[] };

  private buildServiceRowsStatement(): { sql: string; columns: { name: string; property: string }[] } {
    const metadata = this.dataSource.getMetadata(Service);
    if (metadata.embeddeds.length > 0 || metadata.columns.some((column) => column.transformer || column.embeddedMetadata)) {
      throw new Error('ServiceRepository.rows copies plain columns only: the Service entity has embedded or transformed columns');
    }
    const columns = metadata.columns.map((column) => ({ name: column.databaseName, property: column.propertyName }));
    const list = columns.map((column) => `"${column.name}"`).join(', ');
    return { sql: `SELECT ${list} FROM "${metadata.tableName}" WHERE "id" = ANY($1::uuid[])`, columns };
  }

  /** The areas of each service, in the order `load` gives them; one query. */
  async areasOf(serviceIds: readonly string[]): Promise<ServiceArea[][]> {
    const rows = serviceIds.length
      ? await this.dataSource.getRepository(ServiceArea).find({ where: { serviceId: In([...serviceIds]) }, order: { municipalityCode: 'ASC' } })
      : [];
    return groupByKeys(serviceIds, rows, (row) => row.serviceId);
  }

  /** The places of each service, in the order `load` gives them; one query. */
  async locationsOf(serviceIds: readonly string[]): Promise<ServiceLocation[][]> {
    const rows = serviceIds.length
      ? await this.dataSource.getRepository(ServiceLocation).find({ where: { serviceId: In([...serviceIds]) }, order: { streetAddress: 'ASC' } })
      : [];
    return groupByKeys(serviceIds, rows, (row) => row.serviceId);
  }

  /** The prices of each service, in the order `load` gives them; one query. */
  async costOptionsOf(serviceIds: readonly string[]): Promise<ServiceCostOption[][]> {
    const rows = serviceIds.length
      ? await this.dataSource.getRepository(ServiceCostOption).find({ where: { serviceId: In([...serviceIds]) }, order: { amount: 'ASC' } })
      : [];
    return groupByKeys(serviceIds, rows, (row) => row.serviceId);
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
