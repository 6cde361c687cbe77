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
    return repository.save(
      repository.create({ taxonomy: input.taxonomy, code: input.code, labelFi: input.labelFi, labelSv: input.labelSv ?? null, labelEn: input.labelEn ?? null }),
    );
  }

  /**
   * Platform admins: new labels for a term; its code and taxonomy stay. No reindexing is needed:
   * search documents carry term codes only (toSearchDocument) and labels are read from this table
   * when services and facets are shown, so the new labels show at once everywhere.
   */
  async update(principal: Principal, id: string, input: UpdateTaxonomyTermInput): Promise<TaxonomyTerm> {
    CataloguePolicy.assertCanManageTaxonomy(principal);
    return this.dataSource.transaction(async (manager) => {
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
  }

  /** The terms for the codes, in their order; an unknown code is refused naming its index. */
  async termsOf(taxonomy: Taxonomy, codes: readonly string[], path: string, manager: EntityManager = this.dataSource.manager): Promise<TaxonomyTerm[]> {
    if (codes.length === 0) return [];
    const found = await manager.getRepository(TaxonomyTerm).findBy({ taxonomy, code: In([...codes]) });
    const byCode = new Map(found.map((t) => [t.code, t]));
    const index = codes.findIndex((code) => !byCode.has(code));
    if (index >= 0) {
      throw CatalogueException.field(CatalogueErrorCode.UNKNOWN_TAXONOMY_TERM, `${path}[${index}]`, `unknown code ${codes[index]}`);
    }
    return codes.map((code) => byCode.get(code) as TaxonomyTerm);
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
