import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import { DataSource, EntityManager, In } from 'typeorm';
import { EmploymentArea } from '../entities/employment-area.entity';
import { Municipality } from '../entities/municipality.entity';

/**
 * For other domains: municipalities and employment areas by key, in one query each, e.g. to name
 * facet values or places fully (the catalogue's HSDS export). Keys naming nothing are absent from
 * the maps.
 */
@Injectable()
export class RegionNamesReader {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** `withRegion` loads each municipality's region (maakunta) in the same query. */
  async municipalitiesByCodes(
    codes: readonly string[],
    options: { withRegion?: boolean } = {},
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Map<string, Municipality>> {
    const unique = [...new Set(codes)];
    if (unique.length === 0) return new Map();
    const municipalities = await manager
      .getRepository(Municipality)
      .find({ where: { code: In(unique) }, relations: options.withRegion ? { region: true } : undefined });
    return new Map(municipalities.map((municipality) => [municipality.code, municipality]));
  }

  /** Ids that are no uuid name no area (they are not sent to the database). */
  async employmentAreasByIds(ids: readonly string[], manager: EntityManager = this.dataSource.manager): Promise<Map<string, EmploymentArea>> {
    const unique = [...new Set(ids)].filter((id) => isUUID(id));
    if (unique.length === 0) return new Map();
    const areas = await manager.getRepository(EmploymentArea).findBy({ id: In(unique) });
    return new Map(areas.map((area) => [area.id, area]));
  }
}
