import { Args, Query, Resolver } from '@nestjs/graphql';
import { Public } from '@ytmt/core';
import {
  EscoOccupationType,
  EscoSkillType,
  SkillSuggestionsType,
  SuggestLanguage,
  SuggestSkillsArgs,
} from './dto/skill.types';
import { SkillSuggesterService } from './skill-suggester.service';
import { labelIn, toEscoSkillType, toSkillType, toSuggesterLanguage } from './skills.mapper';
import { SkillsService } from './skills.service';

const languageArg = { type: () => SuggestLanguage, nullable: true, defaultValue: SuggestLanguage.FI } as const;

// Public on purpose: employers use the suggester while writing a need, before or without
// signing in, and ESCO is open reference data.
@Resolver()
export class SkillsResolver {
  constructor(
    private readonly skills: SkillsService,
    private readonly suggester: SkillSuggesterService,
  ) {}

  @Public()
  @Query(() => SkillSuggestionsType, {
    description:
      'Osaamissuosittelija: ESCO skills and occupations whose labels resemble the text (TF-IDF over character n-grams, tolerant of inflection and typos).',
  })
  async suggestSkills(@Args() args: SuggestSkillsArgs): Promise<SkillSuggestionsType> {
    const suggestions = await this.suggester.suggest(args.text, toSuggesterLanguage(args.language), args.first);
    return {
      skills: suggestions.skills.map((skill) => ({ ...skill, skillType: toSkillType(skill.skillType) })),
      occupations: suggestions.occupations,
    };
  }

  @Public()
  @Query(() => EscoOccupationType, { description: 'An ESCO occupation with its essential and optional skills.' })
  async escoOccupation(
    @Args('uri', { type: () => String }) uri: string,
    @Args('language', languageArg) language: SuggestLanguage = SuggestLanguage.FI,
  ): Promise<EscoOccupationType> {
    const { occupation, iscoGroup, essential, optional } = await this.skills.getOccupation(uri);
    const skillList = (list: typeof essential) =>
      list.map((skill) => toEscoSkillType(skill, language)).sort((a, b) => a.label.localeCompare(b.label, 'fi'));
    return {
      uri: occupation.uri,
      code: occupation.code,
      label: labelIn(language, { fi: occupation.labelFi, sv: occupation.labelSv, en: occupation.labelEn }),
      labelFi: occupation.labelFi,
      labelSv: occupation.labelSv,
      labelEn: occupation.labelEn,
      iscoGroup: occupation.iscoGroup,
      iscoGroupName: iscoGroup ? labelIn(language, { fi: iscoGroup.nameFi, sv: iscoGroup.nameSv, en: iscoGroup.nameEn }) : occupation.iscoGroup,
      broaderUri: occupation.broaderUri,
      essentialSkills: skillList(essential),
      optionalSkills: skillList(optional),
    };
  }

  @Public()
  @Query(() => EscoSkillType, { description: 'An ESCO skill or knowledge concept.' })
  async escoSkill(
    @Args('uri', { type: () => String }) uri: string,
    @Args('language', languageArg) language: SuggestLanguage = SuggestLanguage.FI,
  ): Promise<EscoSkillType> {
    return toEscoSkillType(await this.skills.getSkill(uri), language);
  }
}
