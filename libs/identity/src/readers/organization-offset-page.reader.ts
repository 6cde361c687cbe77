import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { Organization } from '../entities/organization.entity';

/**
 * For other domains that publish numbered pages of organisations they hold (the catalogue's HSDS
 * export): among the given ids, ordered by name then id.
 */
@Injectable()
export class OrganizationOffsetPageReader {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** How many of the ids name an organisation, and the page of `limit` of them after skipping `offset`. */
  async page(
    ids: readonly string[],
    offset: number,
    limit: number,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<{ total: number; organizations: Organization[] }> {
    const unique = [...new Set(ids.filter(Boolean))];
    if (unique.length === 0) return { total: 0, organizations: [] };
    const [organizations, total] = await manager.getRepository(Organization).findAndCount({
      where: { id: In(unique) },
      order: { name: 'ASC', id: 'ASC' },
      skip: offset,
      take: limit,
    });
    return { total, organizations };
  }
}
