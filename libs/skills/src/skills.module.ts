import { Module } from '@nestjs/common';
import { EscoImporter } from './import/esco.importer';
import { EscoConceptsReader } from './readers/esco-concepts.reader';
import { IscoGroupsReader } from './readers/isco-groups.reader';
import { SkillSuggesterService } from './skill-suggester.service';
import { SkillsResolver } from './skills.resolver';
import { SkillsService } from './skills.service';

/** Data-only part: ESCO importer, look-ups and the suggester, for the CLI and other domains. */
@Module({
  providers: [SkillsService, SkillSuggesterService, EscoImporter, IscoGroupsReader, EscoConceptsReader],
  exports: [SkillsService, SkillSuggesterService, EscoImporter, IscoGroupsReader, EscoConceptsReader],
})
export class SkillsModule {}

/** The GraphQL surface, for the API app. */
@Module({
  imports: [SkillsModule],
  providers: [SkillsResolver],
})
export class SkillsApiModule {}
