import { Module } from '@nestjs/common';
import { EscoImporter } from './import/esco.importer';
import { SkillSuggesterService } from './skill-suggester.service';
import { SkillsResolver } from './skills.resolver';
import { SkillsService } from './skills.service';

/** Data-only part: ESCO importer, look-ups and the suggester, for the CLI and other domains. */
@Module({
  providers: [SkillsService, SkillSuggesterService, EscoImporter],
  exports: [SkillsService, SkillSuggesterService, EscoImporter],
})
export class SkillsModule {}

/** The GraphQL surface, for the API app. */
@Module({
  imports: [SkillsModule],
  providers: [SkillsResolver],
})
export class SkillsApiModule {}
