import { Module } from '@nestjs/common';
import { AuditModule } from '@ytmt/core';
import { RegionsModule } from '@ytmt/regions';
import { SkillsModule } from '@ytmt/skills';
import { ConsentService } from './consent.service';
import { ProfileRepository } from './profile.repository';
import { ProfileService } from './profile.service';
import { CandidateProfileReader } from './readers/candidate-profile.reader';
import { MatchProfileReader } from './readers/match-profile.reader';
import { ProfileOwnerReader } from './readers/profile-owner.reader';
import { TalentLoaderRegistrar } from './talent.loaders';
import { TalentResolver } from './talent.resolver';

@Module({
  imports: [RegionsModule, SkillsModule, AuditModule],
  providers: [ProfileRepository, ProfileService, ConsentService, CandidateProfileReader, MatchProfileReader, ProfileOwnerReader],
  exports: [ProfileRepository, ProfileService, ConsentService, CandidateProfileReader, MatchProfileReader, ProfileOwnerReader],
})
export class TalentModule {}

@Module({ imports: [TalentModule], providers: [TalentResolver, TalentLoaderRegistrar] })
export class TalentApiModule {}
