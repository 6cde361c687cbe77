import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { GraphQLContext } from '@ytmt/core';
import { OrganizationType_, toOrganizationType } from '@ytmt/identity';
import { CatalogueLoaders } from './catalogue.loaders';
import { toCostOptionType, toCoverageType, toLocationType, toTermTypes } from './catalogue.mapper';
import {
  CostOptionType,
  ServiceCoverageType,
  ServiceLocationType,
  ServiceParent,
  ServiceType,
  TaxonomyTermType,
} from './dto/service.types';
import { Taxonomy } from './entities/taxonomy-term.entity';

/**
 * A service's relations. A resolver that loaded whole aggregates hands them over as they are;
 * one that read only the services' own rows (the public search) leaves them out, and each is
 * then loaded here, batched over the request, only when the query selects it.
 */
@Resolver(() => ServiceType)
export class ServiceFieldsResolver {
  @ResolveField(() => OrganizationType_, { description: 'The organisation that provides the service.' })
  async provider(@Parent() service: ServiceParent, @Context() ctx: GraphQLContext): Promise<OrganizationType_> {
    if ('provider' in service) return service.provider;
    return toOrganizationType(await ctx.loaders.get(CatalogueLoaders.provider).load(service.organizationId));
  }

  @ResolveField(() => [TaxonomyTermType])
  async categories(@Parent() service: ServiceParent, @Context() ctx: GraphQLContext): Promise<TaxonomyTermType[]> {
    if ('categories' in service) return service.categories;
    return toTermTypes(await ctx.loaders.get(CatalogueLoaders.serviceTerms).load(service.id), Taxonomy.SERVICE_CATEGORY);
  }

  @ResolveField(() => [TaxonomyTermType])
  async targetGroups(@Parent() service: ServiceParent, @Context() ctx: GraphQLContext): Promise<TaxonomyTermType[]> {
    if ('targetGroups' in service) return service.targetGroups;
    return toTermTypes(await ctx.loaders.get(CatalogueLoaders.serviceTerms).load(service.id), Taxonomy.TARGET_GROUP);
  }

  @ResolveField(() => ServiceCoverageType)
  async coverage(@Parent() service: ServiceParent, @Context() ctx: GraphQLContext): Promise<ServiceCoverageType> {
    if ('coverage' in service) return service.coverage;
    return toCoverageType(service.isNational, await ctx.loaders.get(CatalogueLoaders.serviceAreas).load(service.id));
  }

  @ResolveField(() => [ServiceLocationType])
  async locations(@Parent() service: ServiceParent, @Context() ctx: GraphQLContext): Promise<ServiceLocationType[]> {
    if ('locations' in service) return service.locations;
    return (await ctx.loaders.get(CatalogueLoaders.serviceLocations).load(service.id)).map(toLocationType);
  }

  @ResolveField(() => [CostOptionType])
  async costOptions(@Parent() service: ServiceParent, @Context() ctx: GraphQLContext): Promise<CostOptionType[]> {
    if ('costOptions' in service) return service.costOptions;
    return (await ctx.loaders.get(CatalogueLoaders.serviceCostOptions).load(service.id)).map(toCostOptionType);
  }
}
