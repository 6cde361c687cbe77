import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { connectionComplexity, CurrentUser, DEFAULT_PAGE_SIZE, PageArgs, Principal } from '@ytmt/core';
import { CompanyAccountService } from './company-account.service';
import { CompanyCoordinationService } from './company-coordination.service';
import { CompanyQueryService } from './company-query.service';
import { CompanyAggregate } from './company.repository';
import { toCompanyType } from './crm.mapper';
import { CompanyFilter, CompanyInput, CompanyUserInput, UpdateCompanyInput } from './dto/company.inputs';
import { CompanyConnection, CompanyType } from './dto/crm.types';

/** Company accounts: registration, profile, users, sharing between areas. */
@Resolver(() => CompanyType)
export class CompanyResolver {
  constructor(
    private readonly accounts: CompanyAccountService,
    private readonly queries: CompanyQueryService,
    private readonly coordination: CompanyCoordinationService,
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

  @Query(() => CompanyType, { description: 'A company account you may see; NOT_FOUND otherwise.' })
  async company(@CurrentUser() principal: Principal, @Args('id', { type: () => ID }) id: string): Promise<CompanyType> {
    return toCompanyType(await this.queries.get(principal, id), principal);
  }

  @Mutation(() => CompanyType, { description: 'Any signed-in user registers their company and becomes its ADMIN.' })
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

  @Mutation(() => CompanyType, { description: "The company's admins: add an existing user by e-mail, or change their role." })
  async addCompanyUser(
    @CurrentUser() principal: Principal,
    @Args('companyId', { type: () => ID }) companyId: string,
    @Args('input', { type: () => CompanyUserInput }) input: CompanyUserInput,
  ): Promise<CompanyType> {
    return this.out(await this.accounts.addUser(principal, companyId, input), principal);
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

  @Mutation(() => CompanyType)
  async unassignResponsibleCoordinator(
    @CurrentUser() principal: Principal,
    @Args('companyId', { type: () => ID }) companyId: string,
    @Args('coordinatorEmail', { type: () => String }) coordinatorEmail: string,
  ): Promise<CompanyType> {
    return this.out(await this.coordination.unassignResponsible(principal, companyId, coordinatorEmail), principal);
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
