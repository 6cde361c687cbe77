import { Module } from '@nestjs/common';
import { AuditModule } from '@ytmt/core';
import { RegionsModule } from '@ytmt/regions';
import { ConsentService } from './consent.service';
import { ProfileRepository } from './profile.repository';
import { ProfileService } from './profile.service';
import { TalentResolver } from './talent.resolver';

@Module({
  imports: [RegionsModule, AuditModule],
  providers: [ProfileRepository, ProfileService, ConsentService],
  exports: [ProfileRepository, ProfileService, ConsentService],
})
export class TalentModule {}

@Module({ imports: [TalentModule], providers: [TalentResolver] })
export class TalentApiModule {}
