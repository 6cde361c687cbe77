import { Args, Field, Int, Mutation, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { CurrentUser, Principal } from '@ytmt/core';
import { MatchingErrorCode, MatchingException } from '../matching.exception';
import { PersonalDataExportService } from './personal-data-export.service';
import { ProfileErasureService } from './profile-erasure.service';

@ObjectType({ description: 'What an erasure removed and what it kept, unlinked from the person.' })
export class ProfileErasureType {
  @Field(() => Boolean) erased!: boolean;
  @Field(() => Int, { description: 'Candidate-list entries kept as history, no longer linked to the person.' }) candidaciesKept!: number;
  @Field(() => Boolean, { description: 'The sign-in account was removed too (it served nothing else).' }) accountDeleted!: boolean;
}

/** The jobseeker's data rights: a copy of everything, and erasure (issue 11, point 9). */
@Resolver()
export class PersonalDataResolver {
  constructor(
    private readonly exports: PersonalDataExportService,
    private readonly erasure: ProfileErasureService,
  ) {}

  @Query(() => String, {
    description: 'All data the platform holds about the signed-in jobseeker, as one JSON document (text). The export itself is audited.',
  })
  async myPersonalDataExport(@CurrentUser() principal: Principal): Promise<string> {
    return JSON.stringify(await this.exports.exportMine(principal), null, 2);
  }

  @Mutation(() => ProfileErasureType, {
    description: 'Erases the signed-in jobseeker’s profile for good: identity, profile, work ability, consents, matches. Needs confirm: true.',
  })
  async eraseMyJobseekerProfile(@CurrentUser() principal: Principal, @Args('confirm', { type: () => Boolean }) confirm: boolean): Promise<ProfileErasureType> {
    if (confirm !== true) throw MatchingException.field(MatchingErrorCode.INVALID_INPUT, 'confirm', 'must be true: erasure cannot be undone');
    const report = await this.erasure.eraseMine(principal);
    return { erased: true, candidaciesKept: report.candidaciesKept, accountDeleted: report.accountDeleted };
  }
}
