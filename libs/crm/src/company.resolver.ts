import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { connectionComplexity, CurrentUser, DEFAULT_PAGE_SIZE, GraphQLContext, LoaderKey, PageArgs, Principal, SendsNotifications } from '@ytmt/core';
import { CompanyAccountService } from './company-account.service';
import { CompanyCoordinationService } from './company-coordination.service';
import { CompanyInvitationService } from './company-invitation.service';
import { CompanyTransferService } from './company-transfer.service';
import { CompanyQueryService } from './company-query.service';
import { CompanyLoaders } from './company.loaders';
import { CompanyAggregate } from './company.repository';
import { toCompanyInvitationType, toCompanyTransferType, toCompanyType, toInvitationToCompanyType } from './crm.mapper';
import {
  CompanyFilter,
  CompanyInput,
  CompanyInvitationInput,
  CompanyUserInput,
  InvitationArgs,
  TransferCompanyInput,
  UpdateCompanyInput,
} from './dto/company.inputs';
import {
  CompanyConnection,
  CompanyInvitationIssuedType,
  CompanyInvitationType,
  CompanyTransferType,
  CompanyType,
  InvitationToCompanyType,
  StaffMemberType,
} from './dto/crm.types';
import { CompanyUserRole } from './entities/company-parts.entity';

/** Company accounts: registration, profile, users, sharing between areas. */
@Resolver(() => CompanyType)
export class CompanyResolver {
  constructor(
    private readonly accounts: CompanyAccountService,
    private readonly queries: CompanyQueryService,
    private readonly coordination: CompanyCoordinationService,
    private readonly invitationService: CompanyInvitationService,
    private readonly transferService: CompanyTransferService,
  ) {}

  @Query(() => CompanyConnection, {
    description: "Coordinators and area admins: the company accounts of their area and those shared with it, by name.",
    complexity: connectionComplexity,
  })
  async myCompanies(
    @CurrentUser() principal: Principal,
    @Args() page: PageArgs,
    @Args('filter', { type: () => CompanyFilter, nullable: true }) filter?: CompanyFilter,
  ): Promise<CompanyConnection> {
    const connection = await this.queries.myCompanies(principal, filter ?? {}, page.first ?? DEFAULT_PAGE_SIZE, page.after);
    return { ...connection, edges: connection.edges.map((edge) => ({ ...edge, node: toCompanyType(edge.node, principal) })) };
  }

  @Query(() => [StaffMemberType], {
    description: 'Coordinators and area admins: the coordinators of their employment areas, by name (e.g. to filter myCompanies by responsibleCoordinatorId).',
  })
  async myAreaCoordinators(@CurrentUser() principal: Principal): Promise<StaffMemberType[]> {
    return this.queries.areaCoordinators(principal);
  }

  @Query(() => CompanyType, { description: 'A company account you may see; NOT_FOUND otherwise.' })
  async company(@CurrentUser() principal: Principal, @Args('id', { type: () => ID }) id: string): Promise<CompanyType> {
    return toCompanyType(await this.queries.get(principal, id), principal);
  }

  @Mutation(() => CompanyType, {
    description:
      'Any signed-in user registers their company and becomes its ADMIN. The account is PENDING until the right to act is verified: ' +
      "at once when the identity provider's mandate claim names the business id (which also takes over a PENDING account someone else registered), " +
      'otherwise by a coordinator of the home area (verifyCompany).',
  })
  async registerCompany(@CurrentUser() principal: Principal, @Args('input', { type: () => CompanyInput }) input: CompanyInput): Promise<CompanyType> {
    return this.out(await this.accounts.register(principal, input), principal);
  }

  @Mutation(() => CompanyType, {
    description: 'Coordinators: open an account for a company whose home municipality is in their area; they become responsible for it.',
  })
  async createCompanyForCustomer(
    @CurrentUser() principal: Principal,
    @Args('input', { type: () => CompanyInput }) input: CompanyInput,
  ): Promise<CompanyType> {
    return this.out(await this.accounts.createForCustomer(principal, input), principal);
  }

  @Mutation(() => CompanyType, { description: "The company's admins, or coordinators of its home area." })
  async updateCompany(
    @CurrentUser() principal: Principal,
    @Args('id', { type: () => ID }) id: string,
    @Args('input', { type: () => UpdateCompanyInput }) input: UpdateCompanyInput,
  ): Promise<CompanyType> {
    return this.out(await this.accounts.update(principal, id, input), principal);
  }

  @Mutation(() => CompanyType, {
    description:
      "Verifies the company's right to act: a user of the company whose sign-in carries a mandate for its business id, " +
      'or a coordinator of its home area (platform admins for a company without one). Audited.',
  })
  async verifyCompany(@CurrentUser() principal: Principal, @Args('companyId', { type: () => ID }) companyId: string): Promise<CompanyType> {
    return this.out(await this.accounts.verify(principal, companyId), principal);
  }

  @SendsNotifications()
  @Mutation(() => CompanyType, {
    description:
      "Coordinators of the company's home area: move its home to another municipality (and area). Recorded in its history and both " +
      "areas' audit logs; both areas are notified; the area it leaves keeps a sharing agreement.",
  })
  async transferCompany(
    @CurrentUser() principal: Principal,
    @Args('companyId', { type: () => ID }) companyId: string,
    @Args('input', { type: () => TransferCompanyInput }) input: TransferCompanyInput,
  ): Promise<CompanyType> {
    return this.out(await this.transferService.transfer(principal, companyId, input), principal);
  }

  @Mutation(() => CompanyType, { description: "The company's admins: change the role of one of its users." })
  async changeCompanyUserRole(
    @CurrentUser() principal: Principal,
    @Args('companyId', { type: () => ID }) companyId: string,
    @Args('input', { type: () => CompanyUserInput }) input: CompanyUserInput,
  ): Promise<CompanyType> {
    return this.out(await this.accounts.changeUserRole(principal, companyId, input), principal);
  }

  @SendsNotifications()
  @Mutation(() => CompanyInvitationIssuedType, {
    description:
      "The company's admins: invite a person by e-mail. The answer is the same whether or not the address has an account; the person " +
      'becomes a user only by accepting, signed in with that address. A new invitation to the same address replaces the open one.',
  })
  async inviteCompanyUser(
    @CurrentUser() principal: Principal,
    @Args('companyId', { type: () => ID }) companyId: string,
    @Args('input', { type: () => CompanyInvitationInput }) input: CompanyInvitationInput,
  ): Promise<CompanyInvitationIssuedType> {
    const { invitation, token } = await this.invitationService.invite(principal, companyId, input);
    return { invitation: toCompanyInvitationType(invitation), token, acceptPath: `/invitations/${token}` };
  }

  @Mutation(() => CompanyInvitationType, { description: "The company's admins: withdraw an open invitation." })
  async revokeCompanyInvitation(
    @CurrentUser() principal: Principal,
    @Args('invitationId', { type: () => ID }) invitationId: string,
  ): Promise<CompanyInvitationType> {
    return toCompanyInvitationType(await this.invitationService.revoke(principal, invitationId));
  }

  @Query(() => [InvitationToCompanyType], { description: 'Open invitations addressed to your e-mail.' })
  async myCompanyInvitations(@CurrentUser() principal: Principal): Promise<InvitationToCompanyType[]> {
    return (await this.invitationService.mine(principal)).map(toInvitationToCompanyType);
  }

  @Query(() => InvitationToCompanyType, { description: "An invitation link's invitation; NOT_FOUND unless it is addressed to you." })
  async companyInvitation(@CurrentUser() principal: Principal, @Args('token', { type: () => String }) token: string): Promise<InvitationToCompanyType> {
    return toInvitationToCompanyType(await this.invitationService.byToken(principal, token));
  }

  @Mutation(() => InvitationToCompanyType, {
    description: 'Accept an invitation addressed to your e-mail, by its link token or its id: you become a user of the company.',
  })
  async acceptCompanyInvitation(@CurrentUser() principal: Principal, @Args() args: InvitationArgs): Promise<InvitationToCompanyType> {
    return toInvitationToCompanyType(await this.invitationService.accept(principal, args));
  }

  @Mutation(() => InvitationToCompanyType, { description: 'Decline an invitation addressed to your e-mail.' })
  async declineCompanyInvitation(@CurrentUser() principal: Principal, @Args() args: InvitationArgs): Promise<InvitationToCompanyType> {
    return toInvitationToCompanyType(await this.invitationService.decline(principal, args));
  }

  @ResolveField(() => [CompanyInvitationType], { nullable: true, description: "Open invitations: null unless you are one of the company's admins." })
  async invitations(
    @CurrentUser() principal: Principal,
    @Parent() company: CompanyType,
    @Context() ctx: GraphQLContext,
  ): Promise<CompanyInvitationType[] | null> {
    const admin = company.users?.some((user) => user.userId === principal.userId && user.role === CompanyUserRole.ADMIN);
    if (!admin) return null;
    const now = new Date();
    return (await loadFresh(ctx, CompanyLoaders.openInvitations, company.id)).map((invitation) => toCompanyInvitationType(invitation, now));
  }

  @ResolveField(() => [CompanyTransferType], {
    nullable: true,
    description: 'Moves between employment areas, newest first: null unless you are staff of an area that sees the company.',
  })
  async transfers(@Parent() company: CompanyType, @Context() ctx: GraphQLContext): Promise<CompanyTransferType[] | null> {
    if (!company.crm) return null;
    return (await loadFresh(ctx, CompanyLoaders.transfers, company.id)).map(toCompanyTransferType);
  }

  @Mutation(() => CompanyType, { description: "The company's admins: remove a user; the last admin stays." })
  async removeCompanyUser(
    @CurrentUser() principal: Principal,
    @Args('companyId', { type: () => ID }) companyId: string,
    @Args('email', { type: () => String }) email: string,
  ): Promise<CompanyType> {
    return this.out(await this.accounts.removeUser(principal, companyId, email), principal);
  }

  @Mutation(() => CompanyType, { description: "Admins of the company's home area: let another employment area work with the company." })
  async shareCompany(
    @CurrentUser() principal: Principal,
    @Args('companyId', { type: () => ID }) companyId: string,
    @Args('employmentAreaId', { type: () => ID }) employmentAreaId: string,
  ): Promise<CompanyType> {
    return this.out(await this.coordination.share(principal, companyId, employmentAreaId), principal);
  }

  @Mutation(() => CompanyType, { description: "Admins of the company's home area: end a sharing agreement." })
  async unshareCompany(
    @CurrentUser() principal: Principal,
    @Args('companyId', { type: () => ID }) companyId: string,
    @Args('employmentAreaId', { type: () => ID }) employmentAreaId: string,
  ): Promise<CompanyType> {
    return this.out(await this.coordination.unshare(principal, companyId, employmentAreaId), principal);
  }

  @Mutation(() => CompanyType, { description: 'Home-area admins and coordinators: make a coordinator of the home area responsible.' })
  async assignResponsibleCoordinator(
    @CurrentUser() principal: Principal,
    @Args('companyId', { type: () => ID }) companyId: string,
    @Args('coordinatorEmail', { type: () => String }) coordinatorEmail: string,
  ): Promise<CompanyType> {
    return this.out(await this.coordination.assignResponsible(principal, companyId, coordinatorEmail), principal);
  }

  @Mutation(() => CompanyType, {
    description:
      'Home-area admins and coordinators: a coordinator is no longer responsible for the company. ' +
      'Name them by coordinatorEmail or by coordinatorUserId (as in Company.crm.responsibleCoordinators), one of the two.',
  })
  async unassignResponsibleCoordinator(
    @CurrentUser() principal: Principal,
    @Args('companyId', { type: () => ID }) companyId: string,
    @Args('coordinatorEmail', { type: () => String, nullable: true }) coordinatorEmail?: string,
    @Args('coordinatorUserId', { type: () => ID, nullable: true }) coordinatorUserId?: string,
  ): Promise<CompanyType> {
    return this.out(
      await this.coordination.unassignResponsible(principal, companyId, { email: coordinatorEmail ?? undefined, userId: coordinatorUserId ?? undefined }),
      principal,
    );
  }

  @Mutation(() => CompanyType, { description: 'Coordinators: add a free-text tag; stored lower-case with single spaces.' })
  async tagCompany(
    @CurrentUser() principal: Principal,
    @Args('companyId', { type: () => ID }) companyId: string,
    @Args('tag', { type: () => String }) tag: string,
  ): Promise<CompanyType> {
    return this.out(await this.coordination.tag(principal, companyId, tag), principal);
  }

  @Mutation(() => CompanyType)
  async untagCompany(
    @CurrentUser() principal: Principal,
    @Args('companyId', { type: () => ID }) companyId: string,
    @Args('tag', { type: () => String }) tag: string,
  ): Promise<CompanyType> {
    return this.out(await this.coordination.untag(principal, companyId, tag), principal);
  }

  private out(aggregate: CompanyAggregate, principal: Principal): CompanyType {
    return toCompanyType(aggregate, principal);
  }
}

/**
 * Batches the rows of one page, then forgets them: a later mutation in the same request (they run
 * one after the other) that changes a company reads its invitations and transfers afresh.
 */
async function loadFresh<V>(ctx: GraphQLContext, key: LoaderKey<string, V>, companyId: string): Promise<V> {
  const loader = ctx.loaders.get(key);
  const value = await loader.load(companyId);
  loader.clear(companyId);
  return value;
}
