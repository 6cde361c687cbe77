import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentUser, Principal, SendsNotifications } from '@ytmt/core';
import { AnswerProposalInput, ForwardNeedInput, ProposeServicesInput } from './dto/marketplace.inputs';
import { ForwardedNeedType, NeedForwardType, ProposalType } from './dto/marketplace.types';
import { ForwardService } from './forward.service';
import { ProposalStatus } from './marketplace.enums';
import { ProposalService } from './proposal.service';

@Resolver()
export class MarketplaceResolver {
  constructor(
    private readonly proposals: ProposalService,
    private readonly forwards: ForwardService,
  ) {}

  @SendsNotifications()
  @Mutation(() => [ProposalType], { description: "A provider user proposes one or more of their organisation's published services to a need they can see." })
  proposeServices(@CurrentUser() principal: Principal, @Args('input', { type: () => ProposeServicesInput }) input: ProposeServicesInput): Promise<ProposalType[]> {
    return this.proposals.propose(principal, input);
  }

  @SendsNotifications()
  @Mutation(() => ProposalType, { description: 'The employer accepts or declines an open proposal; an answer is final.' })
  answerProposal(@CurrentUser() principal: Principal, @Args('input', { type: () => AnswerProposalInput }) input: AnswerProposalInput): Promise<ProposalType> {
    return this.proposals.answer(principal, input.proposalId, input.accept, input.reason ?? null);
  }

  @SendsNotifications()
  @Mutation(() => ProposalType, { description: 'The provider withdraws its open proposal (until it is answered).' })
  withdrawProposal(@CurrentUser() principal: Principal, @Args('proposalId', { type: () => ID }) proposalId: string): Promise<ProposalType> {
    return this.proposals.withdraw(principal, proposalId);
  }

  @Query(() => [ProposalType], { description: "A need's proposals: all for the company and its coordinators, their own for providers." })
  needProposals(@CurrentUser() principal: Principal, @Args('needId', { type: () => ID }) needId: string): Promise<ProposalType[]> {
    return this.proposals.forNeed(principal, needId);
  }

  @Query(() => [ProposalType], { description: "The proposals of the provider user's organisations." })
  myProposals(
    @CurrentUser() principal: Principal,
    @Args('status', { type: () => ProposalStatus, nullable: true }) status?: ProposalStatus,
  ): Promise<ProposalType[]> {
    return this.proposals.mine(principal, status ?? null);
  }

  @SendsNotifications()
  @Mutation(() => NeedForwardType, { description: 'A coordinator of the company’s area hands the need over to a provider (recorded).' })
  forwardNeed(@CurrentUser() principal: Principal, @Args('input', { type: () => ForwardNeedInput }) input: ForwardNeedInput): Promise<NeedForwardType> {
    return this.forwards.forward(principal, input);
  }

  @Query(() => [NeedForwardType], { description: "A need's forwards: for the company's users and coordinators." })
  needForwards(@CurrentUser() principal: Principal, @Args('needId', { type: () => ID }) needId: string): Promise<NeedForwardType[]> {
    return this.forwards.forNeed(principal, needId);
  }

  @Query(() => [ForwardedNeedType], { description: "Needs forwarded to the provider user's organisations." })
  forwardedNeeds(@CurrentUser() principal: Principal): Promise<ForwardedNeedType[]> {
    return this.forwards.forwardedToMe(principal);
  }
}
