import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { connectionComplexity, CurrentUser, DEFAULT_PAGE_SIZE, GraphQLContext, PageArgs, Principal, Public } from '@ytmt/core';
import {
  EmploymentAreaInput,
  EmploymentAreaType,
  MunicipalityConnection,
  MunicipalityFilter,
  MunicipalityType,
  PostalCodeType,
  RegionType,
  UpdateEmploymentAreaInput,
  WellbeingCountyType,
} from './dto/region.types';
import { RegionsLoaders } from './regions.loaders';
import {
  toEmploymentAreaType,
  toMunicipalityType,
  toPostalCodeType,
  toRegionType,
  toWellbeingCountyType,
} from './regions.mapper';
import { RegionsPolicy } from './regions.policy';
import { RegionsService } from './regions.service';

@Resolver()
export class RegionsResolver {
  constructor(private readonly regions: RegionsService) {}

  @Public()
  @Query(() => MunicipalityConnection, { description: 'All 309 municipalities, filtered and paged.', complexity: connectionComplexity })
  async municipalities(
    @Args() page: PageArgs,
    @Args('filter', { type: () => MunicipalityFilter, nullable: true }) filter?: MunicipalityFilter,
  ): Promise<MunicipalityConnection> {
    const connection = await this.regions.listMunicipalities(filter, page.first ?? DEFAULT_PAGE_SIZE, page.after);
    return { ...connection, edges: connection.edges.map((e) => ({ ...e, node: toMunicipalityType(e.node) })) };
  }

  @Public()
  @Query(() => MunicipalityType)
  async municipality(@Args('code', { type: () => String }) code: string): Promise<MunicipalityType> {
    return toMunicipalityType(await this.regions.getMunicipality(code));
  }

  @Public()
  @Query(() => PostalCodeType, { description: 'Postal code → municipality.' })
  async postalCode(@Args('code', { type: () => String }) code: string): Promise<PostalCodeType> {
    return toPostalCodeType(await this.regions.getPostalCode(code));
  }

  @Public()
  @Query(() => [EmploymentAreaType])
  async employmentAreas(): Promise<EmploymentAreaType[]> {
    return (await this.regions.listEmploymentAreas()).map(toEmploymentAreaType);
  }

  @Public()
  @Query(() => EmploymentAreaType)
  async employmentArea(@Args('id', { type: () => ID }) id: string): Promise<EmploymentAreaType> {
    return toEmploymentAreaType(await this.regions.getEmploymentArea(id));
  }

  @Mutation(() => EmploymentAreaType, { description: 'Platform admins: add an employment area.' })
  async createEmploymentArea(
    @CurrentUser() principal: Principal,
    @Args('input', { type: () => EmploymentAreaInput }) input: EmploymentAreaInput,
  ): Promise<EmploymentAreaType> {
    RegionsPolicy.assertCanManageEmploymentAreas(principal);
    return toEmploymentAreaType(await this.regions.createEmploymentArea(input));
  }

  @Mutation(() => EmploymentAreaType, { description: 'Platform admins: edit an area or replace its municipalities.' })
  async updateEmploymentArea(
    @CurrentUser() principal: Principal,
    @Args('id', { type: () => ID }) id: string,
    @Args('input', { type: () => UpdateEmploymentAreaInput }) input: UpdateEmploymentAreaInput,
  ): Promise<EmploymentAreaType> {
    RegionsPolicy.assertCanManageEmploymentAreas(principal);
    return toEmploymentAreaType(await this.regions.updateEmploymentArea(id, input));
  }
}

@Resolver(() => MunicipalityType)
export class MunicipalityFieldsResolver {
  @ResolveField(() => RegionType)
  async region(@Parent() municipality: MunicipalityType, @Context() ctx: GraphQLContext): Promise<RegionType> {
    const region = await ctx.loaders.get(RegionsLoaders.region).load(municipality.regionCode);
    if (!region) throw new Error(`Municipality ${municipality.code} has no region`);
    return toRegionType(region);
  }

  @ResolveField(() => WellbeingCountyType, { nullable: true })
  async wellbeingCounty(@Parent() municipality: MunicipalityType, @Context() ctx: GraphQLContext) {
    if (!municipality.wellbeingCountyCode) return null;
    const county = await ctx.loaders.get(RegionsLoaders.wellbeingCounty).load(municipality.wellbeingCountyCode);
    return county ? toWellbeingCountyType(county) : null;
  }

  @ResolveField(() => EmploymentAreaType, { nullable: true, description: 'Null where the area is not yet in the data.' })
  async employmentArea(@Parent() municipality: MunicipalityType, @Context() ctx: GraphQLContext) {
    const area = await ctx.loaders.get(RegionsLoaders.areaOfMunicipality).load(municipality.code);
    return area ? toEmploymentAreaType(area) : null;
  }
}

@Resolver(() => EmploymentAreaType)
export class EmploymentAreaFieldsResolver {
  @ResolveField(() => [MunicipalityType])
  async municipalities(@Parent() area: EmploymentAreaType, @Context() ctx: GraphQLContext): Promise<MunicipalityType[]> {
    return (await ctx.loaders.get(RegionsLoaders.municipalitiesOfArea).load(area.id)).map(toMunicipalityType);
  }

  @ResolveField(() => MunicipalityType, { nullable: true })
  async leadMunicipality(@Parent() area: EmploymentAreaType, @Context() ctx: GraphQLContext) {
    if (!area.leadMunicipalityCode) return null;
    const municipality = await ctx.loaders.get(RegionsLoaders.municipality).load(area.leadMunicipalityCode);
    return municipality ? toMunicipalityType(municipality) : null;
  }
}

@Resolver(() => PostalCodeType)
export class PostalCodeFieldsResolver {
  @ResolveField(() => MunicipalityType)
  async municipality(@Parent() postalCode: PostalCodeType, @Context() ctx: GraphQLContext): Promise<MunicipalityType> {
    const municipality = await ctx.loaders.get(RegionsLoaders.municipality).load(postalCode.municipalityCode);
    if (!municipality) throw new Error(`Postal code ${postalCode.code} has no municipality`);
    return toMunicipalityType(municipality);
  }
}
