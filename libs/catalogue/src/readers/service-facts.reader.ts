import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { Service, ServiceStatus } from '../entities/service.entity';

/** The few facts of a service that other domains act on (proposals name and price services by them). */
export interface ServiceFacts {
  id: string;
  organizationId: string;
  status: ServiceStatus;
  isFree: boolean;
  nameFi: string;
}

/** Where the published services of some organisations are available. */
export interface PublishedServiceCoverage {
  national: boolean;
  /** Employment areas named directly, sorted and distinct. */
  areaIds: string[];
  /** Municipalities named directly, sorted and distinct. */
  municipalityCodes: string[];
}

/**
 * For other domains: facts of services and where organisations' published services are available,
 * one query each however many ids. Every method takes the caller's EntityManager to read inside
 * its transaction.
 */
@Injectable()
export class ServiceFactsReader {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The services with these ids; ids naming no service are absent from the map. */
  async byIds(ids: readonly string[], manager: EntityManager = this.dataSource.manager): Promise<Map<string, ServiceFacts>> {
    const unique = [...new Set(ids.filter(Boolean))];
    if (unique.length === 0) return new Map();
    const services = await manager.getRepository(Service).find({
      select: { id: true, organizationId: true, status: true, isFree: true, nameFi: true },
      where: { id: In(unique) },
    });
    return new Map(
      services.map((service) => [
        service.id,
        { id: service.id, organizationId: service.organizationId, status: service.status, isFree: service.isFree, nameFi: service.nameFi },
      ]),
    );
  }

  /** National, employment areas and municipalities of the organisations' published services together. */
  async publishedCoverageOf(organizationIds: readonly string[], manager: EntityManager = this.dataSource.manager): Promise<PublishedServiceCoverage> {
    if (organizationIds.length === 0) return { national: false, areaIds: [], municipalityCodes: [] };
    const [row] = (await manager.query(
      `SELECT coalesce(bool_or(s.is_national), false) AS national,
              coalesce(array_agg(DISTINCT a.employment_area_id::text) FILTER (WHERE a.employment_area_id IS NOT NULL), '{}') AS area_ids,
              coalesce(array_agg(DISTINCT a.municipality_code::text) FILTER (WHERE a.municipality_code IS NOT NULL), '{}') AS municipality_codes
         FROM service s
         LEFT JOIN service_area a ON a.service_id = s.id
        WHERE s.organization_id = ANY($1::uuid[]) AND s.status = 'PUBLISHED'`,
      [[...organizationIds]],
    )) as { national: boolean; area_ids: string[]; municipality_codes: string[] }[];
    return { national: row?.national ?? false, areaIds: row?.area_ids ?? [], municipalityCodes: row?.municipality_codes ?? [] };
  }
}
