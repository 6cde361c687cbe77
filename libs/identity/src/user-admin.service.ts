import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditService, Connection, decodeKeysetCursor, Principal, Role, toConnection } from '@ytmt/core';
import { isUUID } from 'class-validator';
import { Brackets, DataSource, EntityManager, In, QueryFailedError } from 'typeorm';
import { AddMembershipInput } from './dto/user-admin.inputs';
import { Membership } from './entities/membership.entity';
import { Organization } from './entities/organization.entity';
import { User } from './entities/user.entity';
import { IdentityErrorCode, IdentityException } from './identity.exception';
import { IdentityPolicy } from './identity.policy';
import { UserWithMemberships } from './identity.service';
import { roleFitsOrganization } from './membership-rules';

export enum UserAdminAuditAction {
  /** One per user shown in the admin list: their e-mail address is personal data. */
  READ_USER = 'user.read',
  ADD_MEMBERSHIP = 'membership.add',
  REMOVE_MEMBERSHIP = 'membership.remove',
}

const RESOURCE_TYPE = 'app_user';

/**
 * Platform admins' view of the users: the list with memberships, and granting and taking away
 * roles in organisations. Every read of the list and every change is audited.
 */
@Injectable()
export class UserAdminService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** Users by name then id whose name or e-mail contains the search; one audit event per user shown. */
  async list(principal: Principal, search: string | undefined, first: number, after?: string): Promise<Connection<UserWithMemberships>> {
    IdentityPolicy.assertCanManageUsers(principal);
    const query = this.dataSource.getRepository(User).createQueryBuilder('u');
    const term = search?.trim();
    if (term) {
      const pattern = `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      query.where(new Brackets((match) => match.where('u.display_name ILIKE :pattern', { pattern }).orWhere('u.email ILIKE :pattern', { pattern })));
    }
    const totalCount = await query.getCount();
    if (after) {
      const { key: name, id } = decodeKeysetCursor(after);
      query.andWhere('(u.display_name, u.id) > (:name, CAST(:id AS uuid))', { name, id });
    }
    const users = await query.orderBy('u.display_name', 'ASC').addOrderBy('u.id', 'ASC').limit(first + 1).getMany();
    const shown = users.slice(0, first);
    const memberships = await this.membershipsOf(shown.map((u) => u.id));
    await this.audit.recordMany(
      shown.map((user) => ({
        actorUserId: principal.userId,
        action: UserAdminAuditAction.READ_USER,
        resourceType: RESOURCE_TYPE,
        resourceId: user.id,
        details: { searched: Boolean(term) },
      })),
    );
    const rows = users.map((user) => ({ user, memberships: memberships.get(user.id) ?? [] }));
    return toConnection(rows, first, totalCount, (row) => `${row.user.displayName}\u0000${row.user.id}`, Boolean(after));
  }

  async addMembership(principal: Principal, input: AddMembershipInput): Promise<UserWithMemberships> {
    IdentityPolicy.assertCanManageUsers(principal);
    await this.dataSource.transaction(async (manager) => {
      const user = await manager.getRepository(User).findOne({ where: { id: input.userId }, lock: { mode: 'pessimistic_write' } });
      if (!user) throw IdentityException.field(IdentityErrorCode.USER_NOT_FOUND, 'input.userId', 'no such user');
      const organization = await manager.getRepository(Organization).findOneBy({ id: input.organizationId });
      if (!organization) throw IdentityException.field(IdentityErrorCode.ORGANIZATION_NOT_FOUND, 'input.organizationId', 'no such organisation');
      if (!roleFitsOrganization(input.role, organization)) {
        throw IdentityException.field(
          IdentityErrorCode.ROLE_DOES_NOT_FIT_ORGANIZATION,
          'input.role',
          `${input.role} cannot be held in an organisation of type ${organization.type}`,
        );
      }
      const duplicate = () =>
        IdentityException.field(IdentityErrorCode.MEMBERSHIP_EXISTS, 'input.role', `the user already is ${input.role} in this organisation`);
      const memberships = manager.getRepository(Membership);
      if (await memberships.existsBy({ userId: user.id, organizationId: organization.id, role: input.role })) throw duplicate();
      let saved: Membership;
      try {
        saved = await memberships.save(memberships.create({ userId: user.id, organizationId: organization.id, role: input.role }));
      } catch (error) {
        // A concurrent grant of the same role won the race for the unique index.
        if (error instanceof QueryFailedError && (error.driverError as { code?: string }).code === '23505') throw duplicate();
        throw error;
      }
      await this.audit.record(
        {
          actorUserId: principal.userId,
          action: UserAdminAuditAction.ADD_MEMBERSHIP,
          resourceType: RESOURCE_TYPE,
          resourceId: user.id,
          organizationId: organization.id,
          employmentAreaId: organization.employmentAreaId,
          details: { membershipId: saved.id, role: input.role },
        },
        manager,
      );
    });
    return this.userWithMemberships(input.userId);
  }

  /** Takes a role away; admins keep their own last PLATFORM_ADMIN membership so nobody locks themselves out. */
  async removeMembership(principal: Principal, membershipId: string): Promise<UserWithMemberships> {
    IdentityPolicy.assertCanManageUsers(principal);
    const notFound = () => IdentityException.field(IdentityErrorCode.MEMBERSHIP_NOT_FOUND, 'membershipId', 'no such membership');
    if (!isUUID(membershipId)) throw notFound();
    const userId = await this.dataSource.transaction(async (manager) => {
      const membership = await manager.getRepository(Membership).findOne({ where: { id: membershipId }, relations: { organization: true } });
      if (!membership) throw notFound();
      // Serialises removals for one user, so two concurrent removals cannot both pass the last-admin check.
      await manager.getRepository(User).findOne({ where: { id: membership.userId }, lock: { mode: 'pessimistic_write' } });
      if (membership.role === Role.PLATFORM_ADMIN && membership.userId === principal.userId) {
        const adminMemberships = await manager.getRepository(Membership).countBy({ userId: principal.userId, role: Role.PLATFORM_ADMIN });
        if (adminMemberships <= 1) {
          throw IdentityException.field(IdentityErrorCode.LAST_PLATFORM_ADMIN, 'membershipId', 'you cannot remove your own last platform admin role');
        }
      }
      const removed = await manager.getRepository(Membership).delete({ id: membership.id });
      if (!removed.affected) throw notFound();
      await this.audit.record(
        {
          actorUserId: principal.userId,
          action: UserAdminAuditAction.REMOVE_MEMBERSHIP,
          resourceType: RESOURCE_TYPE,
          resourceId: membership.userId,
          organizationId: membership.organizationId,
          employmentAreaId: membership.organization?.employmentAreaId ?? null,
          details: { membershipId: membership.id, role: membership.role },
        },
        manager,
      );
      return membership.userId;
    });
    return this.userWithMemberships(userId);
  }

  private async userWithMemberships(userId: string, manager: EntityManager = this.dataSource.manager): Promise<UserWithMemberships> {
    const user = await manager.getRepository(User).findOneByOrFail({ id: userId });
    return { user, memberships: (await this.membershipsOf([userId], manager)).get(userId) ?? [] };
  }

  private async membershipsOf(userIds: readonly string[], manager: EntityManager = this.dataSource.manager): Promise<Map<string, Membership[]>> {
    const result = new Map<string, Membership[]>();
    if (userIds.length === 0) return result;
    const rows = await manager
      .getRepository(Membership)
      .find({ where: { userId: In([...userIds]) }, relations: { organization: true }, order: { role: 'ASC', createdAt: 'ASC' } });
    for (const row of rows) result.set(row.userId, [...(result.get(row.userId) ?? []), row]);
    return result;
  }
}
