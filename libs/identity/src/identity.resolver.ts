import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { connectionComplexity, CurrentUser, DEFAULT_PAGE_SIZE, Principal } from '@ytmt/core';
import { OrganizationContactDetailsInput } from './dto/identity.inputs';
import { OrganizationsArgs } from './dto/user-admin.inputs';
import { MeType, OrganizationConnection, OrganizationType_ } from './dto/identity.types';
import { toMeType, toOrganizationType } from './identity.mapper';
import { IdentityPolicy } from './identity.policy';
import { IdentityService } from './identity.service';

@Resolver()
export class IdentityResolver {
  constructor(private readonly identity: IdentityService) {}

  @Query(() => MeType, { description: 'The signed-in user and their roles.' })
  async me(@CurrentUser() principal: Principal): Promise<MeType> {
    return toMeType(await this.identity.getUserWithMemberships(principal.userId));
  }

  @Query(() => OrganizationType_)
  async organization(@CurrentUser() principal: Principal, @Args('id', { type: () => ID }) id: string): Promise<OrganizationType_> {
    IdentityPolicy.assertCanReadOrganization(principal, id);
    return toOrganizationType(await this.identity.getOrganization(id));
  }

  @Mutation(() => OrganizationType_, {
    description:
      "Provider users of the organisation and platform admins: its contact details. Name, type, sector, business id and home municipality are changed by platform admins only (updateProvider).",
  })
  async updateOrganizationContactDetails(
    @CurrentUser() principal: Principal,
    @Args('id', { type: () => ID }) id: string,
    @Args('input', { type: () => OrganizationContactDetailsInput }) input: OrganizationContactDetailsInput,
  ): Promise<OrganizationType_> {
    IdentityPolicy.assertCanEditContactDetails(principal, id);
    return toOrganizationType(await this.identity.updateContactDetails(id, input));
  }

  @Query(() => OrganizationConnection, { description: 'Platform admins: every organisation, optionally by name or business id and type.', complexity: connectionComplexity })
  async organizations(@CurrentUser() principal: Principal, @Args() page: OrganizationsArgs): Promise<OrganizationConnection> {
    IdentityPolicy.assertCanListOrganizations(principal);
    const connection = await this.identity.listOrganizations(page.first ?? DEFAULT_PAGE_SIZE, page.after, { search: page.search, types: page.types });
    return { ...connection, edges: connection.edges.map((e) => ({ ...e, node: toOrganizationType(e.node) })) };
  }
}
