import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditService, Principal } from '@ytmt/core';
import { isUUID } from 'class-validator';
import { DataSource, EntityManager, In } from 'typeorm';
import { CatalogueErrorCode, CatalogueException } from './catalogue.exception';
import { CataloguePolicy } from './catalogue.policy';
import { TaxonomyTermInput, UpdateTaxonomyTermInput } from './dto/taxonomy.inputs';
import { ServiceTaxonomyTerm } from './entities/service-parts.entity';
import { Taxonomy, TaxonomyTerm } from './entities/taxonomy-term.entity';

/**
 * How long the terms read for searches are reused. Changes made in this process show at once;
 * those of other processes (the API runs in several) within this time.
 */
export const TAXONOMY_CACHE_TTL_MS = 60_000;

const termKey = (taxonomy: string, code: string) => `${taxonomy}:${code}`;

/**
 * The taxonomies (service categories, target groups): their terms, the checks of codes given as
 * input, and which terms each service carries. The one place that reads taxonomy_term and
 * service_taxonomy_term.
 */
@Injectable()
export class TaxonomyService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** Every term by taxonomy and code, as last read; a read under way is shared. */
  private cache: { loadedAt: number; terms: Promise<Map<string, TaxonomyTerm>> } | null = null;
  /** Bumped by every change here, so that a read started before the change is not kept. */
  private generation = 0;

  /** Every term, or those of one taxonomy, by taxonomy then code. */
  list(taxonomy?: Taxonomy): Promise<TaxonomyTerm[]> {
    return this.dataSource.getRepository(TaxonomyTerm).find({ where: taxonomy ? { taxonomy } : {}, order: { taxonomy: 'ASC', code: 'ASC' } });
  }

  /** One page of the terms of the taxonomies, by taxonomy then code, and how many there are in all. */
  async page(taxonomies: readonly Taxonomy[], offset: number, limit: number): Promise<{ terms: TaxonomyTerm[]; total: number }> {
    const [terms, total] = await this.dataSource.getRepository(TaxonomyTerm).findAndCount({
      where: { taxonomy: In([...taxonomies]) },
      order: { taxonomy: 'ASC', code: 'ASC' },
      skip: offset,
      take: limit,
    });
    return { terms, total };
  }

  /** Platform admins: a new category or target group; a code is unique within its taxonomy. */
  async create(principal: Principal, input: TaxonomyTermInput): Promise<TaxonomyTerm> {
    CataloguePolicy.assertCanManageTaxonomy(principal);
    const repository = this.dataSource.getRepository(TaxonomyTerm);
    if (await repository.existsBy({ taxonomy: input.taxonomy, code: input.code })) {
      throw CatalogueException.field(CatalogueErrorCode.TERM_EXISTS, 'input.code', `${input.code} exists`);
    }
    const term = await repository.save(
      repository.create({ taxonomy: input.taxonomy, code: input.code, labelFi: input.labelFi, labelSv: input.labelSv ?? null, labelEn: input.labelEn ?? null }),
    );
    this.invalidate();
    return term;
  }

  /**
   * Platform admins: new labels for a term; its code and taxonomy stay. No reindexing is needed:
   * search documents carry term codes only (toSearchDocument) and labels are read from this table
   * when services and facets are shown, so the new labels show at once in this process and within
   * TAXONOMY_CACHE_TTL_MS in the others.
   */
  async update(principal: Principal, id: string, input: UpdateTaxonomyTermInput): Promise<TaxonomyTerm> {
    CataloguePolicy.assertCanManageTaxonomy(principal);
    this.invalidate();
    const updated = await this.dataSource.transaction(async (manager) => {
      const repository = manager.getRepository(TaxonomyTerm);
      const term = isUUID(id) ? await repository.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } }) : null;
      if (!term) throw CatalogueException.field(CatalogueErrorCode.UNKNOWN_TAXONOMY_TERM, 'id', 'no such taxonomy term');
      await repository.update(id, { labelFi: input.labelFi.trim(), labelSv: input.labelSv?.trim() || null, labelEn: input.labelEn?.trim() || null });
      await this.audit.record(
        { actorUserId: principal.userId, action: 'taxonomy_term.update', resourceType: 'taxonomy_term', resourceId: id, details: { taxonomy: term.taxonomy, code: term.code } },
        manager,
      );
      return repository.findOneByOrFail({ id });
    });
    this.invalidate();
    return updated;
  }

  /** The Finnish labels of the codes that are terms of the taxonomy, from the cached terms. */
  async labelsFi(taxonomy: Taxonomy, codes: readonly string[]): Promise<Record<string, string>> {
    const terms = await this.cachedTerms(taxonomy, codes);
    return Object.fromEntries(terms.flatMap((term) => (term ? [[term.code, term.labelFi]] : [])));
  }

  /**
   * The cached terms for the codes (undefined for unknown ones). A code missing from the cache
   * rereads it once: a term created a moment ago in another process is found at once.
   */
  private async cachedTerms(taxonomy: Taxonomy, codes: readonly string[]): Promise<(TaxonomyTerm | undefined)[]> {
    let terms = await this.allTerms(false);
    if (codes.some((code) => !terms.has(termKey(taxonomy, code)))) terms = await this.allTerms(true);
    return codes.map((code) => terms.get(termKey(taxonomy, code)));
  }

  private allTerms(reload: boolean): Promise<Map<string, TaxonomyTerm>> {
    const cache = this.cache;
    if (!reload && cache && Date.now() - cache.loadedAt < TAXONOMY_CACHE_TTL_MS) return cache.terms;
    const generation = this.generation;
    const terms = this.dataSource
      .getRepository(TaxonomyTerm)
      .find()
      .then((all) => new Map(all.map((term) => [termKey(term.taxonomy, term.code), term])));
    const entry = { loadedAt: Date.now(), terms };
    if (generation === this.generation) this.cache = entry;
    terms.catch(() => {
      if (this.cache === entry) this.cache = null;
    });
    return terms;
  }

  private invalidate(): void {
    this.generation++;
    this.cache = null;
  }

  /**
   * The terms for the codes, in their order; an unknown code is refused naming its index. With a
   * manager (a write's transaction) they are read from it; without, from the cached terms.
   */
  async termsOf(taxonomy: Taxonomy, codes: readonly string[], path: string, manager?: EntityManager): Promise<TaxonomyTerm[]> {
    if (codes.length === 0) return [];
    let terms: (TaxonomyTerm | undefined)[];
    if (manager) {
      const found = await manager.getRepository(TaxonomyTerm).findBy({ taxonomy, code: In([...codes]) });
      const byCode = new Map(found.map((t) => [t.code, t]));
      terms = codes.map((code) => byCode.get(code));
    } else {
      terms = await this.cachedTerms(taxonomy, codes);
    }
    const index = terms.findIndex((term) => !term);
    if (index >= 0) {
      throw CatalogueException.field(CatalogueErrorCode.UNKNOWN_TAXONOMY_TERM, `${path}[${index}]`, `unknown code ${codes[index]}`);
    }
    return terms as TaxonomyTerm[];
  }

  /** The terms each service carries, sorted by code; a service without terms has an empty list. */
  async ofServices(serviceIds: readonly string[], manager: EntityManager = this.dataSource.manager): Promise<Map<string, TaxonomyTerm[]>> {
    const result = new Map<string, TaxonomyTerm[]>(serviceIds.map((id) => [id, []]));
    if (serviceIds.length === 0) return result;
    const links = await manager
      .getRepository(ServiceTaxonomyTerm)
      .find({ where: { serviceId: In([...serviceIds]) }, relations: { taxonomyTerm: true } });
    for (const link of links) result.get(link.serviceId)?.push(link.taxonomyTerm as TaxonomyTerm);
    for (const terms of result.values()) terms.sort((a, b) => a.code.localeCompare(b.code));
    return result;
  }

  /** Makes these the service's terms, replacing those it had. */
  async replaceServiceTerms(manager: EntityManager, serviceId: string, termIds: readonly string[]): Promise<void> {
    await manager.getRepository(ServiceTaxonomyTerm).delete({ serviceId });
    if (termIds.length > 0) {
      await manager.getRepository(ServiceTaxonomyTerm).insert(termIds.map((taxonomyTermId) => ({ serviceId, taxonomyTermId })));
    }
  }
}
