import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { connectionComplexity, CurrentUser, Principal } from '@ytmt/core';
import { AddMembershipInput, UsersArgs } from './dto/user-admin.inputs';
import { UserConnection, UserType } from './dto/user-admin.types';
import { toUserType } from './identity.mapper';
import { UserAdminService } from './user-admin.service';

@Resolver()
export class UserAdminResolver {
  constructor(private readonly admin: UserAdminService) {}

  @Query(() => UserConnection, { description: 'Platform admins: users by name, with their memberships. Each read is audited.', complexity: connectionComplexity })
  async users(@CurrentUser() principal: Principal, @Args() args: UsersArgs): Promise<UserConnection> {
    const connection = await this.admin.list(principal, args.search, args.first, args.after);
    return { ...connection, edges: connection.edges.map((e) => ({ ...e, node: toUserType(e.node) })) };
  }

  @Mutation(() => UserType, { description: "Platform admins: give a user a role in an organisation; the role must fit the organisation's type." })
  async addMembership(@CurrentUser() principal: Principal, @Args('input', { type: () => AddMembershipInput }) input: AddMembershipInput): Promise<UserType> {
    return toUserType(await this.admin.addMembership(principal, input));
  }

  @Mutation(() => UserType, { description: 'Platform admins: take a role away. Nobody removes their own last PLATFORM_ADMIN membership.' })
  async removeMembership(@CurrentUser() principal: Principal, @Args('membershipId', { type: () => ID }) membershipId: string): Promise<UserType> {
    return toUserType(await this.admin.removeMembership(principal, membershipId));
  }
}
