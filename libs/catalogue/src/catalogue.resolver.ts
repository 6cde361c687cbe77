import { Args, ID, Info, Mutation, Query, Resolver } from '@nestjs/graphql';
import { connectionComplexity, CurrentOrganization, CurrentUser, OptionalUser, Principal, Public, SendsNotifications } from '@ytmt/core';
import { OrganizationType_, toOrganizationType } from '@ytmt/identity';
import { GraphQLResolveInfo } from 'graphql';
import { toServiceChangeType, toServiceType, toTaxonomyTermType } from './catalogue.mapper';
import { ProviderOrganizationInput, RejectServiceInput, ServiceInput } from './dto/service.inputs';
import { SearchServicesArgs, ServiceSearchConnection } from './dto/search.types';
import { ServiceChangeType, ServiceType, TaxonomyTermType } from './dto/service.types';
import { selectsField, selectsPath } from './graphql-selection';
import { TaxonomyTermInput, UpdateTaxonomyTermInput } from './dto/taxonomy.inputs';
import { ServiceStatus } from './entities/service.entity';
import { Taxonomy } from './entities/taxonomy-term.entity';
import { ProviderService } from './provider.service';
import { ServiceLifecycleService } from './service-lifecycle.service';
import { ServiceQueryService } from './service-query.service';
import { ServiceSearchService } from './service-search.service';
import { ServiceWriteService } from './service-write.service';
import { TaxonomyService } from './taxonomy.service';

@Resolver()
export class CatalogueResolver {
  constructor(
    private readonly writer: ServiceWriteService,
    private readonly lifecycle: ServiceLifecycleService,
    private readonly queries: ServiceQueryService,
    private readonly searchService: ServiceSearchService,
    private readonly providers: ProviderService,
    private readonly taxonomy: TaxonomyService,
  ) {}

  @Public()
  @Query(() => ServiceSearchConnection, {
    description: 'Published services: free text in Finnish, Swedish or English, filters, facets. No sign-in needed.',
    complexity: connectionComplexity,
  })
  searchServices(@Args() args: SearchServicesArgs, @Info() info: GraphQLResolveInfo): Promise<ServiceSearchConnection> {
    // Facets are counted and highlights made only when asked for.
    return this.searchService.search(args, {
      facets: selectsField(info, 'facets'),
      highlights: selectsPath(info, ['edges', 'node', 'highlights']),
    });
  }

  @Public()
  @Query(() => ServiceType, { description: 'A published service, or your own / one you moderate.' })
  async service(@OptionalUser() principal: Principal | null, @Args('id', { type: () => ID }) id: string): Promise<ServiceType> {
    return toServiceType(await this.queries.get(principal, id));
  }

  @Public()
  @Query(() => [ServiceChangeType], { description: 'Field-level change history (HSDS metadata).' })
  async serviceHistory(@OptionalUser() principal: Principal | null, @Args('id', { type: () => ID }) id: string): Promise<ServiceChangeType[]> {
    return (await this.queries.history(principal, id)).map(toServiceChangeType);
  }

  @Query(() => [ServiceType], { description: "Provider users: their organisation's services." })
  async myServices(
    @CurrentUser() principal: Principal,
    @CurrentOrganization() organizationId: string,
    @Args('status', { type: () => ServiceStatus, nullable: true }) status?: ServiceStatus,
  ): Promise<ServiceType[]> {
    return (await this.queries.listForOrganization(principal, organizationId, status)).map(toServiceType);
  }

  @Query(() => [ServiceType], { description: 'Coordinators, area admins, platform admins: submissions to moderate.' })
  async moderationQueue(@CurrentUser() principal: Principal): Promise<ServiceType[]> {
    return (await this.queries.moderationQueue(principal)).map(toServiceType);
  }

  @Public()
  @Query(() => [TaxonomyTermType], { description: 'Service categories and target groups.' })
  async taxonomyTerms(@Args('taxonomy', { type: () => Taxonomy, nullable: true }) taxonomy?: Taxonomy): Promise<TaxonomyTermType[]> {
    return (await this.taxonomy.list(taxonomy)).map(toTaxonomyTermType);
  }

  @Mutation(() => ServiceType, { description: 'Provider users: a new DRAFT service of the organisation.' })
  async createService(
    @CurrentUser() principal: Principal,
    @CurrentOrganization() organizationId: string,
    @Args('input', { type: () => ServiceInput }) input: ServiceInput,
  ): Promise<ServiceType> {
    return toServiceType(await this.writer.create(principal, organizationId, input));
  }

  @SendsNotifications()
  @Mutation(() => ServiceType, {
    description: "Replaces the service. An edit of a published service waits as a pending revision (moderators are told) while the approved version stays live.",
  })
  async updateService(
    @CurrentUser() principal: Principal,
    @Args('id', { type: () => ID }) id: string,
    @Args('input', { type: () => ServiceInput }) input: ServiceInput,
  ): Promise<ServiceType> {
    return toServiceType(await this.writer.update(principal, id, input));
  }

  @SendsNotifications()
  @Mutation(() => ServiceType)
  async submitService(@CurrentUser() principal: Principal, @Args('id', { type: () => ID }) id: string): Promise<ServiceType> {
    return toServiceType(await this.lifecycle.submit(principal, id));
  }

  @SendsNotifications()
  @Mutation(() => ServiceType, { description: 'Moderators: publish a submitted service.' })
  async approveService(@CurrentUser() principal: Principal, @Args('id', { type: () => ID }) id: string): Promise<ServiceType> {
    return toServiceType(await this.lifecycle.approve(principal, id));
  }

  @SendsNotifications()
  @Mutation(() => ServiceType, { description: 'Moderators: send a submission back with a reason.' })
  async rejectService(
    @CurrentUser() principal: Principal,
    @Args('id', { type: () => ID }) id: string,
    @Args('input', { type: () => RejectServiceInput }) input: RejectServiceInput,
  ): Promise<ServiceType> {
    return toServiceType(await this.lifecycle.reject(principal, id, input.reason));
  }

  @Mutation(() => ServiceType)
  async archiveService(@CurrentUser() principal: Principal, @Args('id', { type: () => ID }) id: string): Promise<ServiceType> {
    return toServiceType(await this.lifecycle.archive(principal, id));
  }

  @Mutation(() => OrganizationType_, { description: 'Platform admins: add a provider organisation.' })
  async createProvider(
    @CurrentUser() principal: Principal,
    @Args('input', { type: () => ProviderOrganizationInput }) input: ProviderOrganizationInput,
  ): Promise<OrganizationType_> {
    return toOrganizationType(await this.providers.create(principal, input));
  }

  @Mutation(() => OrganizationType_, {
    description: "Platform admins: replace an organisation's details. Provider users change contact details only (updateOrganizationContactDetails).",
  })
  async updateProvider(
    @CurrentUser() principal: Principal,
    @Args('id', { type: () => ID }) id: string,
    @Args('input', { type: () => ProviderOrganizationInput }) input: ProviderOrganizationInput,
  ): Promise<OrganizationType_> {
    return toOrganizationType(await this.providers.update(principal, id, input));
  }

  @Mutation(() => TaxonomyTermType, { description: 'Platform admins: add a category or target group.' })
  async createTaxonomyTerm(
    @CurrentUser() principal: Principal,
    @Args('input', { type: () => TaxonomyTermInput }) input: TaxonomyTermInput,
  ): Promise<TaxonomyTermType> {
    return toTaxonomyTermType(await this.taxonomy.create(principal, input));
  }

  @Mutation(() => TaxonomyTermType, { description: 'Platform admins: new labels for a category or target group; its code and taxonomy stay.' })
  async updateTaxonomyTerm(
    @CurrentUser() principal: Principal,
    @Args('id', { type: () => ID }) id: string,
    @Args('input', { type: () => UpdateTaxonomyTermInput }) input: UpdateTaxonomyTermInput,
  ): Promise<TaxonomyTermType> {
    return toTaxonomyTermType(await this.taxonomy.update(principal, id, input));
  }
}
