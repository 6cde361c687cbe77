import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Principal, Role } from '@ytmt/core';
import { DataSource, EntityManager, In } from 'typeorm';
import { User } from './entities/user.entity';

interface Row {
  user_id: string;
  email: string;
  organization_id: string | null;
  role: Role | null;
  employment_area_id: string | null;
}

/**
 * Users as other libraries read them (identity owns app_user and membership): a person as the
 * policy sees them, for checks such as "is the assignee a coordinator here?", and users by id.
 */
@Injectable()
export class UserDirectory {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  findByEmail(email: string, manager?: EntityManager): Promise<Principal | null> {
    return this.find('lower(u.email) = lower($1)', email.trim(), manager);
  }

  findById(userId: string, manager?: EntityManager): Promise<Principal | null> {
    return this.find('u.id = $1', userId, manager);
  }

  /** The users with the given ids (absent ids are not in the map). */
  async usersByIds(ids: readonly string[], manager: EntityManager = this.dataSource.manager): Promise<Map<string, User>> {
    const unique = [...new Set(ids.filter(Boolean))];
    if (unique.length === 0) return new Map();
    const rows = await manager.getRepository(User).findBy({ id: In(unique) });
    return new Map(rows.map((row) => [row.id, row]));
  }

  private async find(where: string, value: string, manager: EntityManager = this.dataSource.manager): Promise<Principal | null> {
    // The same shape the API's principal resolver builds from the membership rows.
    const rows: Row[] = await manager.query(
      `SELECT u.id AS user_id, u.email, m.organization_id, m.role, o.employment_area_id
         FROM app_user u
         LEFT JOIN membership m ON m.user_id = u.id
         LEFT JOIN organization o ON o.id = m.organization_id
        WHERE ${where}`,
      [value],
    );
    if (rows.length === 0) return null;
    return {
      userId: rows[0].user_id,
      email: rows[0].email,
      memberships: rows
        .filter((row) => row.role !== null)
        .map((row) => ({ organizationId: row.organization_id, role: row.role as Role, employmentAreaId: row.employment_area_id })),
    };
  }
}
