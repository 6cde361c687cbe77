import { Inject, Injectable } from '@nestjs/common';
import { DEFAULT_PAGE_SIZE, offsetAfter, toOffsetConnection } from '@ytmt/core';
import { RegionNamesReader, RegionsService } from '@ytmt/regions';
import { isUUID } from 'class-validator';
import { CatalogueErrorCode, CatalogueException } from './catalogue.exception';
import { toServiceOwnFields } from './catalogue.mapper';
import {
  CoverageScopeEnum,
  FacetValueType,
  SearchServicesArgs,
  ServiceFacetsType,
  ServiceSearchConnection,
  ServiceSearchHitType,
  ServiceSortBy,
} from './dto/search.types';
import { SearchResultCache } from './search/search-result-cache';
import {
  FacetCount,
  SERVICE_SEARCH_ENGINE,
  ServiceFacets,
  ServiceSearchEngine,
  ServiceSearchFilter,
  ServiceSearchQuery,
} from './search/service-search.port';
import { Taxonomy } from './entities/taxonomy-term.entity';
import { ServiceRepository } from './service.repository';
import { TaxonomyService } from './taxonomy.service';

const SECTOR_LABELS: Record<string, string> = { PUBLIC: 'Julkinen', PRIVATE: 'Yksityinen', THIRD_SECTOR: 'Kolmas sektori' };
const DELIVERY_LABELS: Record<string, string> = { ON_SITE: 'Lähipalvelu', REMOTE: 'Etäpalvelu', HYBRID: 'Lähi- ja etäpalvelu' };
const COST_LABELS: Record<string, string> = { FREE: 'Maksuton', PAID: 'Maksullinen' };
const NO_FACETS: ServiceFacetsType = { category: [], targetGroup: [], sector: [], deliveryMode: [], language: [], cost: [], area: [] };
const LANGUAGE_LABELS: Record<string, string> = { fi: 'suomi', sv: 'ruotsi', en: 'englanti', se: 'saame', ru: 'venäjä', et: 'viro', ar: 'arabia', so: 'somali', uk: 'ukraina' };

/** One answer of the engine with the page's services, before facet labels: what the cache keeps. */
interface CachedAnswer {
  connection: Omit<ServiceSearchConnection, 'facets'>;
  facets: ServiceFacets;
}

/** Public service search: validates the filter, resolves places, asks the engine, labels facets. */
@Injectable()
export class ServiceSearchService {
  constructor(
    @Inject(SERVICE_SEARCH_ENGINE) private readonly engine: ServiceSearchEngine,
    private readonly repository: ServiceRepository,
    private readonly regions: RegionsService,
    private readonly regionNames: RegionNamesReader,
    private readonly taxonomy: TaxonomyService,
    /** Public: tests watch it. */
    readonly cache: SearchResultCache,
  ) {}

  /**
   * Without `facets`, the facets of the result are empty and cost no work (the engine only counts
   * the matches); without `highlights`, the hits' highlights are empty and never made.
   */
  async search(args: SearchServicesArgs, options: { facets: boolean; highlights?: boolean } = { facets: true }): Promise<ServiceSearchConnection> {
    const first = args.first ?? DEFAULT_PAGE_SIZE;
    const offset = offsetAfter(args.after, () =>
      CatalogueException.field(CatalogueErrorCode.INVALID_SERVICE, 'after', 'is not a cursor returned by this API'),
    );
    const filter = await this.engineFilter(args);
    const sort =
      args.sort?.by === ServiceSortBy.DISTANCE
        ? { by: 'DISTANCE' as const, latitude: args.sort.latitude as number, longitude: args.sort.longitude as number }
        : { by: 'RELEVANCE' as const };
    const text = args.query?.trim() ? args.query.trim() : null;
    const query = { text, filter, sort, offset, limit: first, facets: options.facets, highlights: options.highlights ?? true };
    // The answer depends on these alone (not on who asks): the key. Facet labels are added per
    // request from their own caches. Meilisearch applies changes after the catalogue's commit
    // (and its NOTIFY), so its answers are not cached.
    const cacheable = this.engine.name === 'postgres';
    const key = cacheable ? JSON.stringify(query) : '';
    const cached = cacheable ? this.cache.get<CachedAnswer>(key) : undefined;
    const answer = cached ?? (await this.answer(query, key, cacheable));
    return { ...answer.connection, facets: options.facets ? await this.labelledFacets(answer.facets) : NO_FACETS };
  }

  private async answer(query: ServiceSearchQuery, key: string, cacheable: boolean): Promise<CachedAnswer> {
    // Read before the first statement: a change committed from here on bumps it.
    const generation = this.cache.generation;
    const result = await this.engine.search(query);

    // The services' own rows only: their relations load if the query selects them (see
    // ServiceFieldsResolver), batched over the page.
    const services = new Map((await this.repository.rows(result.hits.map((h) => h.id))).map((s) => [s.id, s]));
    // A hit whose service changed since it was indexed is dropped; its index job is on its way.
    const connection = toOffsetConnection(result.hits, query.offset, result.totalCount, (hit): ServiceSearchHitType | null => {
      const service = services.get(hit.id);
      if (!service || service.status !== 'PUBLISHED') return null;
      return { service: toServiceOwnFields(service), score: hit.score, highlights: hit.highlights, distanceKm: hit.distanceKm };
    });
    const answer: CachedAnswer = { connection, facets: result.facets };
    if (cacheable) this.cache.set(key, answer, generation);
    return answer;
  }

  private async labelledFacets(facets: ServiceFacets): Promise<ServiceFacetsType> {
    return {
      category: await this.termFacet(facets.category, Taxonomy.SERVICE_CATEGORY),
      targetGroup: await this.termFacet(facets.targetGroup, Taxonomy.TARGET_GROUP),
      sector: this.labelled(facets.sector, SECTOR_LABELS),
      deliveryMode: this.labelled(facets.deliveryMode, DELIVERY_LABELS),
      language: this.labelled(facets.language, LANGUAGE_LABELS),
      cost: this.labelled(facets.cost, COST_LABELS),
      area: await this.areaFacet(facets.area),
    };
  }

  private async engineFilter(args: SearchServicesArgs): Promise<ServiceSearchFilter> {
    const filter = args.filter ?? {};
    await this.taxonomy.termsOf(Taxonomy.SERVICE_CATEGORY, filter.categories ?? [], 'filter.categories');
    await this.taxonomy.termsOf(Taxonomy.TARGET_GROUP, filter.targetGroups ?? [], 'filter.targetGroups');
    let coverage: ServiceSearchFilter['coverage'];
    const scope = filter.scope ?? CoverageScopeEnum.ALL;
    if (filter.municipalityCode) {
      await this.regions.getMunicipality(filter.municipalityCode, 'filter.municipalityCode');
      const areaId = await this.regions.employmentAreaOf(filter.municipalityCode);
      coverage = { municipalityCode: filter.municipalityCode, employmentAreaId: areaId ?? filter.employmentAreaId ?? null, scope };
    } else if (filter.employmentAreaId) {
      await this.regions.getEmploymentArea(filter.employmentAreaId).catch(() => {
        throw CatalogueException.field(CatalogueErrorCode.UNKNOWN_EMPLOYMENT_AREA, 'filter.employmentAreaId', 'no such employment area');
      });
      coverage = { municipalityCode: null, employmentAreaId: filter.employmentAreaId, scope };
    } else if (scope !== CoverageScopeEnum.ALL) {
      coverage = { municipalityCode: null, employmentAreaId: null, scope };
    }
    return {
      categories: filter.categories,
      targetGroups: filter.targetGroups,
      sectors: filter.sectors,
      deliveryModes: filter.deliveryModes,
      languages: filter.languages,
      audience: filter.audience,
      isFree: filter.isFree,
      coverage,
    };
  }

  private labelled(counts: FacetCount[], labels: Record<string, string>): FacetValueType[] {
    return counts.map((c) => ({ value: c.value, count: c.count, label: labels[c.value] ?? c.value }));
  }

  private async termFacet(counts: FacetCount[], taxonomy: Taxonomy): Promise<FacetValueType[]> {
    if (counts.length === 0) return [];
    return this.labelled(counts, await this.taxonomy.labelsFi(taxonomy, counts.map((c) => c.value)));
  }

  private async areaFacet(counts: FacetCount[]): Promise<FacetValueType[]> {
    const areaIds = counts.map((c) => c.value).filter((v) => isUUID(v));
    const codes = counts.map((c) => c.value).filter((v) => v.startsWith('municipality:')).map((v) => v.slice('municipality:'.length));
    const labels: Record<string, string> = { NATIONAL: 'Koko Suomi' };
    // Names cached per process (a minute at most; this process's own renames at once).
    const names = await this.regionNames.finnishNames({ areaIds, municipalityCodes: codes });
    for (const id of areaIds) {
      const name = names.areas.get(id);
      if (name !== undefined) labels[id] = name;
    }
    for (const code of codes) {
      const name = names.municipalities.get(code);
      if (name !== undefined) labels[`municipality:${code}`] = name;
    }
    return this.labelled(counts, labels);
  }
}
