import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

export interface OrganizationNamePageOptions {
  /** Part of the name (case-insensitive), or the exact business id. */
  search?: string;
  /** Keyset: only organisations after this name and id. */
  after?: { name: string; id: string };
  /** At most this many ids. */
  limit: number;
}

/**
 * For other domains that list organisations they hold by name (crm's company accounts): among the
 * given ids, those matching a search, ordered by name then id, one page at a time.
 */
@Injectable()
export class OrganizationNamePageReader {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** How many of the ids match the search (the page's keyset aside), and the page's ids in order. */
  async page(
    ids: readonly string[],
    options: OrganizationNamePageOptions,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<{ totalCount: number; ids: string[] }> {
    const unique = [...new Set(ids)];
    if (unique.length === 0) return { totalCount: 0, ids: [] };
    const params: unknown[] = [unique];
    let search = '';
    if (options.search !== undefined) {
      const exact = options.search.trim();
      params.push(`%${exact.replace(/[\\%_]/g, (c) => `\\${c}`)}%`, exact);
      search = 'AND (o.name ILIKE $2 OR o.business_id = $3)';
    }
    const [{ count }]: { count: number }[] = await manager.query(
      `SELECT count(*)::int AS count FROM organization o WHERE o.id = ANY($1::uuid[]) ${search}`,
      params,
    );
    let keyset = '';
    if (options.after) {
      params.push(options.after.name, options.after.id);
      keyset = `AND (o.name, o.id) > ($${params.length - 1}, CAST($${params.length} AS uuid))`;
    }
    params.push(options.limit);
    const rows: { id: string }[] = await manager.query(
      `SELECT o.id FROM organization o
        WHERE o.id = ANY($1::uuid[]) ${search} ${keyset}
        ORDER BY o.name ASC, o.id ASC
        LIMIT $${params.length}`,
      params,
    );
    return { totalCount: count, ids: rows.map((row) => row.id) };
  }
}
