import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentUser, GraphQLContext, Principal } from '@ytmt/core';
import { GrantConsentInput, JobseekerIdentityInput, JobseekerProfileInput } from './dto/profile.inputs';
import { JobseekerIdentityType, JobseekerProfileType } from './dto/profile.types';
import { ConsentService } from './consent.service';
import { ProfileService } from './profile.service';
import { toProfileType } from './talent.mapper';
import { ConsentScope } from './talent.enums';
import { TalentLoaders } from './talent.loaders';

@Resolver(() => JobseekerProfileType)
export class TalentResolver {
  constructor(
    private readonly profiles: ProfileService,
    private readonly consents: ConsentService,
  ) {}

  @Query(() => JobseekerProfileType, { nullable: true, description: "The signed-in jobseeker's own profile." })
  async myJobseekerProfile(@CurrentUser() principal: Principal): Promise<JobseekerProfileType | null> {
    const mine = await this.profiles.getMine(principal, { audit: true });
    return mine && toProfileType(mine);
  }

  @Mutation(() => JobseekerProfileType, { description: 'Creates or replaces the signed-in jobseeker’s own profile.' })
  async saveMyJobseekerProfile(
    @CurrentUser() principal: Principal,
    @Args('input', { type: () => JobseekerProfileInput }) input: JobseekerProfileInput,
    @Args('identity', { type: () => JobseekerIdentityInput, nullable: true }) identity?: JobseekerIdentityInput,
  ): Promise<JobseekerProfileType> {
    return toProfileType(await this.profiles.saveMine(principal, input, identity));
  }

  @Query(() => JobseekerProfileType, { description: 'Coordinators of the area serving the jobseeker; audited.' })
  async jobseekerProfile(@CurrentUser() principal: Principal, @Args('id', { type: () => ID }) id: string): Promise<JobseekerProfileType> {
    return toProfileType(await this.profiles.get(principal, id));
  }

  @Mutation(() => JobseekerProfileType, { description: 'A coordinator creates a profile together with a jobseeker of their area.' })
  async createJobseekerProfile(
    @CurrentUser() principal: Principal,
    @Args('input', { type: () => JobseekerProfileInput }) input: JobseekerProfileInput,
    @Args('identity', { type: () => JobseekerIdentityInput }) identity: JobseekerIdentityInput,
  ): Promise<JobseekerProfileType> {
    return toProfileType(await this.profiles.createForJobseeker(principal, input, identity));
  }

  @Mutation(() => JobseekerProfileType, { description: 'The jobseeker, or a coordinator of their area with them.' })
  async updateJobseekerProfile(
    @CurrentUser() principal: Principal,
    @Args('id', { type: () => ID }) id: string,
    @Args('input', { type: () => JobseekerProfileInput }) input: JobseekerProfileInput,
  ): Promise<JobseekerProfileType> {
    return toProfileType(await this.profiles.update(principal, id, input));
  }

  @Mutation(() => JobseekerProfileType, { description: 'The jobseeker grants (or renews) one consent.' })
  async grantConsent(@CurrentUser() principal: Principal, @Args('input', { type: () => GrantConsentInput }) input: GrantConsentInput): Promise<JobseekerProfileType> {
    return toProfileType(await this.consents.grant(principal, input.scope, input.expiresAt ?? null));
  }

  @Mutation(() => JobseekerProfileType, { description: 'The jobseeker withdraws one consent; matching stops within seconds.' })
  async withdrawConsent(@CurrentUser() principal: Principal, @Args('scope', { type: () => ConsentScope }) scope: ConsentScope): Promise<JobseekerProfileType> {
    return toProfileType(await this.consents.withdraw(principal, scope));
  }

  @ResolveField(() => JobseekerIdentityType, { nullable: true, description: 'Name and contact: the jobseeker and coordinators of their area; every read audited.' })
  async identity(
    @CurrentUser() principal: Principal,
    @Parent() profile: JobseekerProfileType,
    @Context() ctx: GraphQLContext,
  ): Promise<JobseekerIdentityType | null> {
    return ctx.loaders.get(TalentLoaders.identity).load({ principal, profileId: profile.id });
  }
}
