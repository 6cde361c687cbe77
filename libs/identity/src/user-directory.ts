import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Principal } from '@ytmt/core';
import { DataSource, EntityManager, In } from 'typeorm';
import { User } from './entities/user.entity';
import { queryPrincipal } from './principal.query';

/**
 * Users as other libraries read them (identity owns app_user and membership): a person as the
 * policy sees them, for checks such as "is the assignee a coordinator here?", and users by id.
 */
@Injectable()
export class UserDirectory {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  findByEmail(email: string, manager: EntityManager = this.dataSource.manager): Promise<Principal | null> {
    return queryPrincipal(manager, 'lower(u.email) = lower($1)', [email.trim()]);
  }

  findById(userId: string, manager: EntityManager = this.dataSource.manager): Promise<Principal | null> {
    return queryPrincipal(manager, 'u.id = $1', [userId]);
  }

  /** The users with the given ids (absent ids are not in the map). */
  async usersByIds(ids: readonly string[], manager: EntityManager = this.dataSource.manager): Promise<Map<string, User>> {
    const unique = [...new Set(ids.filter(Boolean))];
    if (unique.length === 0) return new Map();
    const rows = await manager.getRepository(User).findBy({ id: In(unique) });
    return new Map(rows.map((row) => [row.id, row]));
  }
}
