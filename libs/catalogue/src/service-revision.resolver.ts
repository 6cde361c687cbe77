import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentUser, GraphQLContext, OptionalUser, Principal } from '@ytmt/core';
import { CatalogueLoaders } from './catalogue.loaders';
import { toServiceRevisionType } from './catalogue.mapper';
import { RejectServiceInput } from './dto/service.inputs';
import { ServiceRevisionType, ServiceType } from './dto/service.types';
import { REVISION_QUEUE_SIZE, ServiceRevisionService } from './service-revision.service';

/** Moderation of edits to published services (pending revisions). */
@Resolver(() => ServiceType)
export class ServiceRevisionResolver {
  constructor(private readonly revisions: ServiceRevisionService) {}

  @ResolveField(() => ServiceRevisionType, {
    nullable: true,
    description: 'The pending revision (an edit waiting for moderation), else the latest decided one. Only for the provider and moderators.',
  })
  async revision(
    @OptionalUser() principal: Principal | null,
    @Parent() service: ServiceType,
    @Context() ctx: GraphQLContext,
  ): Promise<ServiceRevisionType | null> {
    const view = await this.revisions.latestForService(principal, service.id, ctx.loaders.get(CatalogueLoaders.latestRevision));
    return view && toServiceRevisionType(view);
  }

  @Query(() => [ServiceRevisionType], {
    description: `Coordinators, area admins, platform admins: edits of published services waiting for your areas, the oldest ${REVISION_QUEUE_SIZE} first.`,
    complexity: ({ childComplexity }) => 1 + childComplexity * REVISION_QUEUE_SIZE,
  })
  async serviceRevisionQueue(@CurrentUser() principal: Principal): Promise<ServiceRevisionType[]> {
    return (await this.revisions.queue(principal)).map(toServiceRevisionType);
  }

  @Query(() => ServiceRevisionType, { description: 'A revision with its field-by-field diff against the live version.' })
  async serviceRevision(@CurrentUser() principal: Principal, @Args('id', { type: () => ID }) id: string): Promise<ServiceRevisionType> {
    return toServiceRevisionType(await this.revisions.get(principal, id));
  }

  @Mutation(() => ServiceRevisionType, {
    description: "Moderators: approve a revision for your areas; it goes live once every area it covers has approved (national: platform admins).",
  })
  async approveServiceRevision(@CurrentUser() principal: Principal, @Args('id', { type: () => ID }) id: string): Promise<ServiceRevisionType> {
    return toServiceRevisionType(await this.revisions.approve(principal, id));
  }

  @Mutation(() => ServiceRevisionType, { description: 'Moderators: refuse a revision with a reason; the live version stays.' })
  async rejectServiceRevision(
    @CurrentUser() principal: Principal,
    @Args('id', { type: () => ID }) id: string,
    @Args('input', { type: () => RejectServiceInput }) input: RejectServiceInput,
  ): Promise<ServiceRevisionType> {
    return toServiceRevisionType(await this.revisions.reject(principal, id, input.reason));
  }

  @Mutation(() => ServiceRevisionType, { description: 'Provider users: take back a pending revision. To change it, call updateService again.' })
  async withdrawServiceRevision(@CurrentUser() principal: Principal, @Args('id', { type: () => ID }) id: string): Promise<ServiceRevisionType> {
    return toServiceRevisionType(await this.revisions.withdraw(principal, id));
  }
}
