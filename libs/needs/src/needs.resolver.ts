import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentUser, GraphQLContext, OptionalUser, Principal, Public, SendsNotifications } from '@ytmt/core';
import { MoveNeedStageInput, NeedInput } from './dto/need.inputs';
import { NeedType, SuggestedServiceType } from './dto/need.types';
import { toNeedType } from './needs.mapper';
import { NeedsLoaders } from './needs.loaders';
import { NeedsService } from './needs.service';

@Resolver(() => NeedType)
export class NeedsResolver {
  constructor(private readonly needs: NeedsService) {}

  @Public()
  @Query(() => NeedType, {
    description: 'A need you may see by the rule of need search; open PUBLIC needs without signing in. NOT_FOUND otherwise for anonymous callers.',
  })
  async need(@OptionalUser() principal: Principal | null, @Args('id', { type: () => ID }) id: string): Promise<NeedType> {
    return toNeedType(await this.needs.get(principal, id));
  }

  @Query(() => [NeedType], { description: "A company's needs: its own users, coordinators of its area and of areas it is shared with." })
  async companyNeeds(@CurrentUser() principal: Principal, @Args('companyId', { type: () => ID }) companyId: string): Promise<NeedType[]> {
    return (await this.needs.listForCompany(principal, companyId)).map(toNeedType);
  }

  @Mutation(() => NeedType, { description: 'Employer users of the company, or a coordinator of its area on its behalf.' })
  async createNeed(
    @CurrentUser() principal: Principal,
    @Args('companyId', { type: () => ID }) companyId: string,
    @Args('input', { type: () => NeedInput }) input: NeedInput,
  ): Promise<NeedType> {
    return toNeedType(await this.needs.create(principal, companyId, input));
  }

  @Mutation(() => NeedType, { description: 'Replaces the need.' })
  async updateNeed(
    @CurrentUser() principal: Principal,
    @Args('id', { type: () => ID }) id: string,
    @Args('input', { type: () => NeedInput }) input: NeedInput,
  ): Promise<NeedType> {
    return toNeedType(await this.needs.update(principal, id, input));
  }

  // Filling or closing a need tells every candidate whose candidacy it ends.
  @SendsNotifications()
  @Mutation(() => NeedType, { description: 'Moves the need along the 6T path (forward), or closes it.' })
  async moveNeedStage(@CurrentUser() principal: Principal, @Args('input', { type: () => MoveNeedStageInput }) input: MoveNeedStageInput): Promise<NeedType> {
    return toNeedType(await this.needs.moveStage(principal, input.needId, input.stage));
  }

  @ResolveField(() => [SuggestedServiceType], { description: 'Published services that fit the need, available where the work is.' })
  suggestedServices(@Parent() need: NeedType, @Context() ctx: GraphQLContext): Promise<SuggestedServiceType[]> {
    // Batched over the needs of the response (a company's list holds up to 500).
    return ctx.loaders.get(NeedsLoaders.suggestedServices).load(need.id);
  }
}
