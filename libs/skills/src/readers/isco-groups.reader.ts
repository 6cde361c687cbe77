import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { IscoGroup } from '../entities/isco-group.entity';

/** For other domains: ISCO-08 groups by code, e.g. to name occupation-group facet values. */
@Injectable()
export class IscoGroupsReader {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The groups with these codes; codes naming no group are absent from the map. */
  async byCodes(codes: readonly string[], manager: EntityManager = this.dataSource.manager): Promise<Map<string, IscoGroup>> {
    const unique = [...new Set(codes)];
    if (unique.length === 0) return new Map();
    const groups = await manager.getRepository(IscoGroup).findBy({ code: In(unique) });
    return new Map(groups.map((group) => [group.code, group]));
  }
}
