import { ArgsType, Field, Float, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsEnum, IsInt, IsString, Length, Max, Min } from 'class-validator';

export const MAX_SUGGESTIONS = 50;
export const DEFAULT_SUGGESTIONS = 10;

export enum SuggestLanguage {
  FI = 'FI',
  SV = 'SV',
  EN = 'EN',
}
registerEnumType(SuggestLanguage, { name: 'SuggestLanguage', description: 'Language of the text and of the labels returned.' });

export enum SkillType {
  KNOWLEDGE = 'KNOWLEDGE',
  SKILL_COMPETENCE = 'SKILL_COMPETENCE',
}
registerEnumType(SkillType, { name: 'SkillType', description: 'ESCO skill type: knowledge or skill/competence.' });

@ArgsType()
export class SuggestSkillsArgs {
  @Field(() => String, { description: 'Free text, e.g. the story of an employer need (2–2000 characters).' })
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @Length(2, 2000)
  text!: string;

  @Field(() => SuggestLanguage, { nullable: true, defaultValue: SuggestLanguage.FI })
  @IsEnum(SuggestLanguage)
  language: SuggestLanguage = SuggestLanguage.FI;

  @Field(() => Int, { nullable: true, defaultValue: DEFAULT_SUGGESTIONS, description: `Suggestions of each kind, at most ${MAX_SUGGESTIONS}.` })
  @IsInt()
  @Min(1)
  @Max(MAX_SUGGESTIONS)
  first: number = DEFAULT_SUGGESTIONS;
}

@ObjectType('SkillSuggestion')
export class SkillSuggestionType {
  @Field(() => String, { description: 'ESCO concept URI.' })
  uri!: string;
  @Field(() => String)
  label!: string;
  @Field(() => SkillType, { nullable: true })
  skillType!: SkillType | null;
  @Field(() => Float, { description: 'Cosine similarity of the text and the label, 0–1.' })
  score!: number;
}

@ObjectType('OccupationSuggestion')
export class OccupationSuggestionType {
  @Field(() => String, { description: 'ESCO concept URI.' })
  uri!: string;
  @Field(() => String)
  label!: string;
  @Field(() => String, { description: 'ISCO-08 unit group (four digits).' })
  iscoGroup!: string;
  @Field(() => Float, { description: 'Cosine similarity of the text and the label, 0–1.' })
  score!: number;
}

@ObjectType('SkillSuggestions')
export class SkillSuggestionsType {
  @Field(() => [SkillSuggestionType])
  skills!: SkillSuggestionType[];
  @Field(() => [OccupationSuggestionType])
  occupations!: OccupationSuggestionType[];
}

@ObjectType('EscoSkill', { description: 'An ESCO skill or knowledge concept.' })
export class EscoSkillType {
  @Field(() => String)
  uri!: string;
  @Field(() => String, { description: 'In the language asked for, English when missing.' })
  label!: string;
  @Field(() => String)
  labelFi!: string;
  @Field(() => String)
  labelSv!: string;
  @Field(() => String)
  labelEn!: string;
  @Field(() => SkillType, { nullable: true })
  skillType!: SkillType | null;
  @Field(() => String, { nullable: true, description: 'transversal, cross-sector, sector-specific or occupation-specific.' })
  reuseLevel!: string | null;
}

@ObjectType('EscoOccupation', { description: 'An ESCO occupation with the skills it needs.' })
export class EscoOccupationType {
  @Field(() => String)
  uri!: string;
  @Field(() => String, { description: 'ESCO code, e.g. 8344.1.' })
  code!: string;
  @Field(() => String, { description: 'In the language asked for, English when missing.' })
  label!: string;
  @Field(() => String)
  labelFi!: string;
  @Field(() => String)
  labelSv!: string;
  @Field(() => String)
  labelEn!: string;
  @Field(() => String, { description: 'ISCO-08 unit group (four digits).' })
  iscoGroup!: string;
  @Field(() => String, { description: 'Name of the ISCO-08 unit group in the language asked for.' })
  iscoGroupName!: string;
  @Field(() => String, { nullable: true, description: 'URI of the broader occupation or ISCO group.' })
  broaderUri!: string | null;
  @Field(() => [EscoSkillType])
  essentialSkills!: EscoSkillType[];
  @Field(() => [EscoSkillType])
  optionalSkills!: EscoSkillType[];
}
