import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ClientErrorCode, DomainException, FieldProblem } from '@ytmt/core';
import { Organization, OrganizationDirectory, OrganizationPageReader } from '@ytmt/identity';
import { RegionNamesReader } from '@ytmt/regions';
import { DataSource } from 'typeorm';
import { ServiceChange } from '../entities/service-parts.entity';
import { Service, ServiceStatus } from '../entities/service.entity';
import { Taxonomy } from '../entities/taxonomy-term.entity';
import { ServiceAggregate, ServiceRepository } from '../service.repository';
import { TaxonomyService } from '../taxonomy.service';
import {
  ALL_TAXONOMIES,
  taxonomyOfId,
  toHsdsOrganization,
  toHsdsOrganizationSummary,
  toHsdsService,
  toHsdsServiceSummary,
  toHsdsTaxonomy,
  toHsdsTaxonomyTerm,
} from './hsds.mapper';
import { PageRequest, toHsdsPage } from './hsds.paging';
import {
  HsdsOrganization,
  HsdsOrganizationSummary,
  HsdsPage,
  HsdsPlaces,
  HsdsService,
  HsdsServiceSummary,
  HsdsTaxonomy,
  HsdsTaxonomyTerm,
} from './hsds.types';

export enum HsdsErrorCode {
  INVALID_QUERY = 'INVALID_QUERY',
  SERVICE_NOT_FOUND = 'SERVICE_NOT_FOUND',
  ORGANIZATION_NOT_FOUND = 'ORGANIZATION_NOT_FOUND',
}

const CLIENT_CODES: Record<HsdsErrorCode, ClientErrorCode> = {
  [HsdsErrorCode.INVALID_QUERY]: ClientErrorCode.BAD_USER_INPUT,
  [HsdsErrorCode.SERVICE_NOT_FOUND]: ClientErrorCode.NOT_FOUND,
  [HsdsErrorCode.ORGANIZATION_NOT_FOUND]: ClientErrorCode.NOT_FOUND,
};

/**
 * The export's own outcomes. Not CatalogueException: its codes speak of editing services, and a
 * bad `per_page` is not an INVALID_SERVICE. The core filter turns both into REST error bodies.
 */
export class HsdsException extends DomainException<HsdsErrorCode> {
  get clientCode(): ClientErrorCode {
    return CLIENT_CODES[this.code];
  }

  static invalidQuery(problems: readonly FieldProblem[]): HsdsException {
    return new HsdsException(HsdsErrorCode.INVALID_QUERY, problems.map((p) => `${p.path}: ${p.message}`).join('; '), problems);
  }

  static serviceNotFound(): HsdsException {
    return new HsdsException(HsdsErrorCode.SERVICE_NOT_FOUND, 'No published service with this id', [{ path: 'id', message: 'no such service' }]);
  }

  static organizationNotFound(): HsdsException {
    return new HsdsException(HsdsErrorCode.ORGANIZATION_NOT_FOUND, 'No organization with published services has this id', [
      { path: 'id', message: 'no such organization' },
    ]);
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Reads for the public HSDS export. Only published services are ever read, and organisations
 * only while they have one: nothing else in the catalogue is public.
 */
@Injectable()
export class HsdsExportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repository: ServiceRepository,
    private readonly taxonomy: TaxonomyService,
    private readonly organizationDirectory: OrganizationDirectory,
    private readonly organizationPages: OrganizationPageReader,
    private readonly regionNames: RegionNamesReader,
  ) {}

  async services(request: PageRequest): Promise<HsdsPage<HsdsServiceSummary>> {
    const query = this.dataSource
      .getRepository(Service)
      .createQueryBuilder('service')
      .select('service.id', 'id')
      .where('service.status = :status', { status: ServiceStatus.PUBLISHED });
    const [total, rows] = await Promise.all([
      query.getCount(),
      query
        .clone()
        .orderBy('service.nameFi', 'ASC')
        .addOrderBy('service.id', 'ASC')
        .offset((request.page - 1) * request.perPage)
        .limit(request.perPage)
        .getRawMany<{ id: string }>(),
    ]);
    const aggregates = await this.publishedAggregates(rows.map((row) => row.id));
    const places = await this.places(homeMunicipalities(aggregates.map((aggregate) => aggregate.provider)), []);
    return toHsdsPage(
      aggregates.map((aggregate) => toHsdsServiceSummary(aggregate, true, places)),
      total,
      request,
    );
  }

  async service(id: string): Promise<HsdsService> {
    const [aggregate] = UUID.test(id) ? await this.publishedAggregates([id]) : [];
    if (!aggregate) throw HsdsException.serviceNotFound();
    const [changes, places] = await Promise.all([
      this.dataSource.getRepository(ServiceChange).find({ where: { serviceId: id }, order: { changedAt: 'ASC', fieldName: 'ASC' } }),
      this.places(
        [
          ...aggregate.areas.flatMap((area) => (area.municipalityCode ? [area.municipalityCode] : [])),
          ...aggregate.locations.map((location) => location.municipalityCode),
          ...homeMunicipalities([aggregate.provider]),
        ],
        aggregate.areas.flatMap((area) => (area.employmentAreaId ? [area.employmentAreaId] : [])),
      ),
    ]);
    return toHsdsService(aggregate, changes, places);
  }

  async organizations(request: PageRequest): Promise<HsdsPage<HsdsOrganizationSummary>> {
    const { totalCount, organizations } = await this.organizationPages.page(await this.publishingOrganizationIds(), {
      offset: (request.page - 1) * request.perPage,
      limit: request.perPage,
    });
    const places = await this.places(homeMunicipalities(organizations), []);
    return toHsdsPage(
      organizations.map((organization) => toHsdsOrganizationSummary(organization, places)),
      totalCount,
      request,
    );
  }

  async organization(id: string): Promise<HsdsOrganization> {
    const publishing = UUID.test(id) && (await this.dataSource.getRepository(Service).existsBy({ organizationId: id, status: ServiceStatus.PUBLISHED }));
    const organization = publishing ? await this.organizationDirectory.byId(id) : null;
    if (!organization) throw HsdsException.organizationNotFound();
    const serviceIds = await this.dataSource.getRepository(Service).find({
      select: { id: true },
      where: { organizationId: id, status: ServiceStatus.PUBLISHED },
      order: { nameFi: 'ASC', id: 'ASC' },
    });
    const [services, places] = await Promise.all([
      this.publishedAggregates(serviceIds.map((service) => service.id)),
      this.places(homeMunicipalities([organization]), []),
    ]);
    return toHsdsOrganization(organization, places, services);
  }

  taxonomies(request: PageRequest): HsdsPage<HsdsTaxonomy> {
    const offset = (request.page - 1) * request.perPage;
    return toHsdsPage(
      ALL_TAXONOMIES.slice(offset, offset + request.perPage).map((taxonomy) => toHsdsTaxonomy(taxonomy)),
      ALL_TAXONOMIES.length,
      request,
    );
  }

  /** `taxonomyId`, when given, narrows to one taxonomy; an unknown one matches nothing. */
  async taxonomyTerms(request: PageRequest, taxonomyId?: string): Promise<HsdsPage<HsdsTaxonomyTerm>> {
    const taxonomies: Taxonomy[] = taxonomyId === undefined ? ALL_TAXONOMIES : [taxonomyOfId(taxonomyId)].filter((t) => t !== undefined);
    if (taxonomies.length === 0) return toHsdsPage([], 0, request);
    const { terms, total } = await this.taxonomy.page(taxonomies, (request.page - 1) * request.perPage, request.perPage);
    return toHsdsPage(
      terms.map((term) => toHsdsTaxonomyTerm(term)),
      total,
      request,
    );
  }

  /** Aggregates in the order of `ids`, dropping any that stopped being published meanwhile. */
  private async publishedAggregates(ids: readonly string[]): Promise<ServiceAggregate[]> {
    const aggregates = await this.repository.load(ids);
    return aggregates.filter((aggregate) => aggregate.service.status === ServiceStatus.PUBLISHED && aggregate.provider !== undefined);
  }

  /** The organisations with a published service: the only ones the export shows. */
  private async publishingOrganizationIds(): Promise<string[]> {
    const rows = await this.dataSource
      .getRepository(Service)
      .createQueryBuilder('service')
      .select('DISTINCT service.organization_id', 'organizationId')
      .where('service.status = :status', { status: ServiceStatus.PUBLISHED })
      .getRawMany<{ organizationId: string }>();
    return rows.map((row) => row.organizationId);
  }

  private async places(municipalityCodes: readonly string[], employmentAreaIds: readonly string[]): Promise<HsdsPlaces> {
    const [municipalities, employmentAreas] = await Promise.all([
      this.regionNames.municipalitiesByCodes(municipalityCodes, { withRegion: true }),
      this.regionNames.employmentAreasByIds(employmentAreaIds),
    ]);
    return {
      municipalities: new Map(
        [...municipalities.values()].map((m) => [m.code, { nameFi: m.nameFi, nameSv: m.nameSv, regionNameFi: m.region?.nameFi ?? '' }]),
      ),
      employmentAreas: new Map([...employmentAreas.values()].map((a) => [a.id, { code: a.code, nameFi: a.nameFi, nameSv: a.nameSv }])),
    };
  }
}

function homeMunicipalities(organizations: readonly Organization[]): string[] {
  return organizations.flatMap((organization) => (organization.homeMunicipalityCode ? [organization.homeMunicipalityCode] : []));
}
