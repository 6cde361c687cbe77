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
/** Finnish names of every employment area (by id) and municipality (by code). */
export interface FinnishRegionNames {
  areas: ReadonlyMap<string, string>;
  municipalities: ReadonlyMap<string, string>;
}

/** How long a process reuses the names it read (another process's rename shows within this). */
export const REGION_NAMES_TTL_MS = 60_000;
/** A name missing from the cache is looked for again at most this often (new areas, imports). */
const MISSING_NAME_RETRY_MS = 5_000;

@Injectable()
export class RegionNamesReader {
  private names: { value: FinnishRegionNames; loadedAt: number } | null = null;
  private loading: Promise<FinnishRegionNames> | null = null;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * The Finnish names of all employment areas and municipalities (a few hundred rows), read at
   * most once a minute per process, e.g. to label facet values on every search without a query.
   * `mustHave` keys missing from the cached names make it read again (at most every 5 s).
   */
  async finnishNames(mustHave: { areaIds?: readonly string[]; municipalityCodes?: readonly string[] } = {}): Promise<FinnishRegionNames> {
    const now = Date.now();
    const cached = this.names;
    if (cached && now - cached.loadedAt < REGION_NAMES_TTL_MS) {
      const missing =
        (mustHave.areaIds ?? []).some((id) => !cached.value.areas.has(id)) ||
        (mustHave.municipalityCodes ?? []).some((code) => !cached.value.municipalities.has(code));
      if (!missing || now - cached.loadedAt < MISSING_NAME_RETRY_MS) return cached.value;
    }
    this.loading ??= this.readNames().finally(() => (this.loading = null));
    return this.loading;
  }

  /** Called by this process's own edits of areas: the next read sees them at once. */
  forgetNames(): void {
    this.names = null;
  }

  private async readNames(): Promise<FinnishRegionNames> {
    const rows = await this.dataSource.query<{ kind: 'area' | 'municipality'; key: string; name: string }[]>(
      `SELECT 'area' AS kind, id::text AS key, name_fi AS name FROM employment_area
       UNION ALL SELECT 'municipality', code, name_fi FROM municipality`,
    );
    const value: FinnishRegionNames = {
      areas: new Map(rows.filter((row) => row.kind === 'area').map((row) => [row.key, row.name])),
      municipalities: new Map(rows.filter((row) => row.kind === 'municipality').map((row) => [row.key, row.name])),
    };
    this.names = { value, loadedAt: Date.now() };
    return value;
  }

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
