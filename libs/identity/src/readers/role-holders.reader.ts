import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Role } from '@ytmt/core';
import { DataSource, EntityManager } from 'typeorm';

/** For other domains: who holds a role anywhere, whatever the organisation (e.g. the platform admins). */
@Injectable()
export class RoleHoldersReader {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Ids of the users with the role in any organisation, sorted and distinct. */
  async userIdsWithRole(role: Role, manager: EntityManager = this.dataSource.manager): Promise<string[]> {
    const rows: { user_id: string }[] = await manager.query('SELECT DISTINCT user_id FROM membership WHERE role = $1 ORDER BY user_id', [role]);
    return rows.map((row) => row.user_id);
  }
}
