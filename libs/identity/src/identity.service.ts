import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Connection, decodeKeysetCursor, toConnection } from '@ytmt/core';
import { isUUID } from 'class-validator';
import { Brackets, DataSource } from 'typeorm';
import { OrganizationContactDetailsInput } from './dto/identity.inputs';
import { Membership } from './entities/membership.entity';
import { Organization, OrganizationType } from './entities/organization.entity';
import { User } from './entities/user.entity';
import { IdentityErrorCode, IdentityException } from './identity.exception';

export interface UserWithMemberships {
  user: User;
  memberships: Membership[];
}

@Injectable()
export class IdentityService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async getUserWithMemberships(userId: string): Promise<UserWithMemberships> {
    const user = await this.dataSource.getRepository(User).findOneByOrFail({ id: userId });
    const memberships = await this.dataSource
      .getRepository(Membership)
      .find({ where: { userId }, relations: { organization: true }, order: { role: 'ASC' } });
    return { user, memberships };
  }

  async listDemoUsers(): Promise<UserWithMemberships[]> {
    const users = await this.dataSource.getRepository(User).find({ where: { isDemo: true }, order: { email: 'ASC' } });
    return Promise.all(users.map((user) => this.getUserWithMemberships(user.id)));
  }

  async findDemoUser(email: string): Promise<User> {
    const user = await this.dataSource.getRepository(User).findOneBy({ email: email.trim().toLowerCase(), isDemo: true });
    if (!user) {
      throw new IdentityException(IdentityErrorCode.UNKNOWN_DEMO_USER, `email: no demo user ${email}`, [
        { path: 'email', message: 'is not a seeded demo user' },
      ]);
    }
    return user;
  }

  async getOrganization(id: string): Promise<Organization> {
    const found = isUUID(id) ? await this.dataSource.getRepository(Organization).findOneBy({ id }) : null;
    if (!found) {
      throw new IdentityException(IdentityErrorCode.ORGANIZATION_NOT_FOUND, 'No such organisation', [
        { path: 'id', message: 'no such organisation' },
      ]);
    }
    return found;
  }

  async updateContactDetails(id: string, input: OrganizationContactDetailsInput): Promise<Organization> {
    const organization = await this.getOrganization(id);
    const changes: Partial<Organization> = {};
    if (input.website !== undefined) changes.website = input.website;
    if (input.email !== undefined) changes.email = input.email;
    if (input.phone !== undefined) changes.phone = input.phone;
    if (Object.keys(changes).length === 0) return organization;
    await this.dataSource.getRepository(Organization).update(id, changes);
    return this.getOrganization(id);
  }

  async listOrganizations(first: number, after?: string, filter: { search?: string; types?: OrganizationType[] } = {}): Promise<Connection<Organization>> {
    const query = this.dataSource.getRepository(Organization).createQueryBuilder('o').where('TRUE');
    const search = filter.search?.trim();
    if (search) {
      const pattern = `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      query.andWhere(new Brackets((match) => match.where('o.name ILIKE :pattern', { pattern }).orWhere('o.business_id = :search', { search })));
    }
    if (filter.types && filter.types.length > 0) query.andWhere('o.type IN (:...types)', { types: filter.types });
    const totalCount = await query.getCount();
    if (after) {
      const { key: name, id } = decodeKeysetCursor(after);
      query.andWhere('(o.name, o.id) > (:name, CAST(:id AS uuid))', { name, id });
    }
    const rows = await query.orderBy('o.name', 'ASC').addOrderBy('o.id', 'ASC').limit(first + 1).getMany();
    return toConnection(rows, first, totalCount, (o) => `${o.name}\u0000${o.id}`, Boolean(after));
  }
}
