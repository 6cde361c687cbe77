import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { connectionComplexity, CurrentUser, DEFAULT_PAGE_SIZE, GraphQLContext, PageArgs, Principal, SendsNotifications } from '@ytmt/core';
import { AwaitingClosureQuery } from './awaiting-closure.query';
import { CandidateHistoryQuery } from './candidate-history.query';
import { CandidateListQuery } from './candidate-list.query';
import { CandidateListService } from './candidate-list.service';
import { CandidateEventConnection } from './dto/candidate-history.types';
import { AnswerShareRequestInput, AwaitingClosureArgs, CandidateRefInput, RecordCandidacyProgressInput, RequestShareInput, SetCandidateStatusInput, SetEmployerStatusInput } from './dto/candidate.inputs';
import { AwaitingClosureConnection, CandidacyProgressType, CandidateCardType, CandidateListEntryConnection, CandidateListEntryType, MatchGapsType, MyShareRequestType } from './dto/candidate.types';
import { CandidacyProgressService } from './candidacy-progress.service';
import { EmployerCandidatesService } from './employer-candidates.service';
import { MatchingLoaders } from './matching.loaders';
import { ShareRequestService } from './share-request.service';
import { ShareRevocationService } from './share-revocation.service';

@Resolver(() => CandidateListEntryType)
export class CandidateResolver {
  constructor(
    private readonly lists: CandidateListService,
    private readonly listQuery: CandidateListQuery,
    private readonly historyQuery: CandidateHistoryQuery,
    private readonly shares: ShareRequestService,
    private readonly employers: EmployerCandidatesService,
    private readonly revocations: ShareRevocationService,
    private readonly awaitingClosure: AwaitingClosureQuery,
    private readonly progress: CandidacyProgressService,
  ) {}

  @Query(() => CandidateListEntryConnection, {
    description: "A need's candidate list, best score first: coordinators of the company's areas; each row is an audited view.",
    complexity: connectionComplexity,
  })
  async candidateList(
    @CurrentUser() principal: Principal,
    @Args('needId', { type: () => ID }) needId: string,
    @Args() page: PageArgs,
  ): Promise<CandidateListEntryConnection> {
    return this.listQuery.page(principal, needId, page.first ?? DEFAULT_PAGE_SIZE, page.after ?? null);
  }

  @Query(() => CandidateEventConnection, {
    description:
      "A need's candidate list's history, newest first: statuses, share-request steps, presentations and the employer's statuses, by role and organisation; for the coordinators who run the list; each person shown is an audited view.",
    complexity: connectionComplexity,
  })
  async candidateListHistory(
    @CurrentUser() principal: Principal,
    @Args('needId', { type: () => ID }) needId: string,
    @Args() page: PageArgs,
  ): Promise<CandidateEventConnection> {
    return this.historyQuery.page(principal, needId, page.first ?? DEFAULT_PAGE_SIZE, page.after ?? null);
  }

  @Query(() => AwaitingClosureConnection, {
    description:
      "Coordinators and area admins: candidates of their areas' needs who were contacted (share request) or presented and have had no closure for more than `olderThanDays` days (default 14), longest-waiting first.",
    complexity: connectionComplexity,
  })
  async candidatesAwaitingClosure(@CurrentUser() principal: Principal, @Args() args: AwaitingClosureArgs): Promise<AwaitingClosureConnection> {
    return this.awaitingClosure.page(principal, args.first ?? 50, args.after ?? null, args.olderThanDays ?? 14);
  }

  @SendsNotifications()
  @Mutation(() => CandidateListEntryType, {
    description:
      'A coordinator sets their status of a candidate; NOT_RELEVANT or NOT_INTERESTED closes a candidacy the jobseeker knows of (share request or presentation) as NOT_SELECTED, with the reason. Returns the candidate’s row.',
  })
  async setCandidateStatus(@CurrentUser() principal: Principal, @Args('input', { type: () => SetCandidateStatusInput }) input: SetCandidateStatusInput) {
    const profileId = await this.lists.setStatus(principal, input.needId, input.profileId, input.status, input.reason ?? null);
    return this.listQuery.entry(principal, input.needId, profileId);
  }

  @SendsNotifications()
  @Mutation(() => CandidateListEntryType, {
    description: 'Asks the jobseeker to share their identity with the employer for this need, before a deadline; returns the candidate’s row.',
  })
  async requestShare(@CurrentUser() principal: Principal, @Args('input', { type: () => RequestShareInput }) input: RequestShareInput) {
    const profileId = await this.lists.requestShare(principal, input.needId, input.profileId, input.deadline, input.message ?? null);
    return this.listQuery.entry(principal, input.needId, profileId);
  }

  @SendsNotifications()
  @Mutation(() => CandidateListEntryType, { description: 'Cancels the share request waiting for an answer; returns the candidate’s row.' })
  async cancelShareRequest(@CurrentUser() principal: Principal, @Args('input', { type: () => CandidateRefInput }) input: CandidateRefInput) {
    const profileId = await this.lists.cancelShare(principal, input.needId, input.profileId);
    return this.listQuery.entry(principal, input.needId, profileId);
  }

  @Mutation(() => CandidateListEntryType, {
    description: 'Presents the candidate to the employer (needs ANONYMOUS_VISIBILITY or an accepted share request); returns the candidate’s row.',
  })
  async presentCandidate(@CurrentUser() principal: Principal, @Args('input', { type: () => CandidateRefInput }) input: CandidateRefInput) {
    const profileId = await this.lists.present(principal, input.needId, input.profileId);
    return this.listQuery.entry(principal, input.needId, profileId);
  }

  @Query(() => [CandidateCardType], { description: "Candidates presented to the employer for one of the company's needs, as anonymised cards." })
  async presentedCandidates(@CurrentUser() principal: Principal, @Args('needId', { type: () => ID }) needId: string): Promise<CandidateCardType[]> {
    return this.employers.presented(principal, needId);
  }

  @SendsNotifications()
  @Mutation(() => CandidateCardType, {
    description: "The employer's status of a presented candidate; NOT_SELECTED and HIRED close the candidacy (with the reason, told to the jobseeker); hires fill the need.",
  })
  async setEmployerCandidateStatus(@CurrentUser() principal: Principal, @Args('input', { type: () => SetEmployerStatusInput }) input: SetEmployerStatusInput) {
    return this.employers.setStatus(principal, input.candidateId, input.status, input.reason ?? null);
  }

  @Mutation(() => [CandidacyProgressType], {
    description:
      "Records a progress outcome (work trial, apprenticeship, training started, pay-subsidised job) on a presented or hired candidacy: the need's company or coordinators of its areas. Recording one already recorded changes nothing. Returns the candidacy's progress, oldest first.",
  })
  async recordCandidacyProgress(
    @CurrentUser() principal: Principal,
    @Args('input', { type: () => RecordCandidacyProgressInput }) input: RecordCandidacyProgressInput,
  ): Promise<CandidacyProgressType[]> {
    return this.progress.record(principal, input.candidateId, input.progress);
  }

  @Query(() => [MyShareRequestType], {
    description:
      "The signed-in jobseeker's share requests: who asks, for what, and what would be shared; with the candidacy's presentation and closure. A candidacy presented without any share request appears as a row whose id is the candidacy's, status ACCEPTED (the person's anonymised-card consent) and wouldShare empty.",
  })
  async myShareRequests(@CurrentUser() principal: Principal): Promise<MyShareRequestType[]> {
    return this.shares.mine(principal);
  }

  @Mutation(() => MyShareRequestType, { description: 'The jobseeker accepts or declines a share request before its deadline.' })
  async answerShareRequest(@CurrentUser() principal: Principal, @Args('input', { type: () => AnswerShareRequestInput }) input: AnswerShareRequestInput) {
    return this.shares.answer(principal, input.id, input.accept);
  }

  @Mutation(() => MyShareRequestType, {
    description: 'The jobseeker takes back an accepted share: the employer no longer sees the identity (the audit log keeps that it was seen).',
  })
  async revokeShareRequest(@CurrentUser() principal: Principal, @Args('id', { type: () => ID }) id: string): Promise<MyShareRequestType> {
    await this.revocations.revoke(principal, id);
    return (await this.shares.mine(principal)).find((r) => r.id === id) as MyShareRequestType;
  }

  @ResolveField(() => MatchGapsType, { description: "Services and advice that would close this match's gaps, where the work is." })
  async gaps(@Parent() entry: CandidateListEntryType, @Context() ctx: GraphQLContext): Promise<MatchGapsType> {
    return ctx.loaders.get(MatchingLoaders.gaps).load({ needId: entry.needId, profileId: entry.subjectProfileId, adjustmentDetails: entry.workAbilityDetails });
  }
}
