import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Brackets, DataSource, EntityManager } from 'typeorm';
import { Organization } from '../entities/organization.entity';

export interface OrganizationPageOptions {
  /** Part of the name (case-insensitive), or the exact business id. */
  search?: string;
  /** Keyset paging (crm's company list): only organisations after this name and id. */
  after?: { name: string; id: string };
  /** Numbered pages (the HSDS export): skip this many. */
  offset?: number;
  /** At most this many organisations. */
  limit: number;
}

/**
 * For other domains that list organisations they hold (crm's company accounts, the catalogue's
 * HSDS export): among the given ids, those matching a search, ordered by name then id, one page
 * at a time.
 */
@Injectable()
export class OrganizationPageReader {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** How many of the ids match the search (the page's keyset and offset aside), and the page in order. */
  async page(
    ids: readonly string[],
    options: OrganizationPageOptions,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<{ totalCount: number; organizations: Organization[] }> {
    const unique = [...new Set(ids.filter(Boolean))];
    if (unique.length === 0) return { totalCount: 0, organizations: [] };
    const query = manager.getRepository(Organization).createQueryBuilder('o').where('o.id = ANY(CAST(:ids AS uuid[]))', { ids: unique });
    if (options.search !== undefined) {
      const exact = options.search.trim();
      const pattern = `%${exact.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      query.andWhere(new Brackets((match) => match.where('o.name ILIKE :pattern', { pattern }).orWhere('o.business_id = :exact', { exact })));
    }
    const totalCount = await query.getCount();
    if (options.after) {
      query.andWhere('(o.name, o.id) > (:afterName, CAST(:afterId AS uuid))', { afterName: options.after.name, afterId: options.after.id });
    }
    const organizations = await query
      .orderBy('o.name', 'ASC')
      .addOrderBy('o.id', 'ASC')
      .offset(options.offset)
      .limit(options.limit)
      .getMany();
    return { totalCount, organizations };
  }
}
