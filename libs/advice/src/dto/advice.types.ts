import { ArgsType, Field, Float, GraphQLISODateTime, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ConnectionType, PageArgs } from '@ytmt/core';
import { SearchHighlightType } from '@ytmt/catalogue';
import { ArrayMaxSize, IsArray, IsEnum, IsOptional, IsString, Length, MaxLength } from 'class-validator';
import { ADVICE_TOPICS } from '../advice-topics';

export enum AdviceLanguage {
  FI = 'FI',
  SV = 'SV',
  EN = 'EN',
}
registerEnumType(AdviceLanguage, { name: 'AdviceLanguage', description: 'Language of an advice article; Finnish is always available.' });

@ObjectType('AdviceArticle', { description: 'An advice article for employers, in the asked language or in Finnish where it has none.' })
export class AdviceArticleType {
  @Field(() => ID)
  id!: string;
  @Field(() => String)
  slug!: string;
  @Field(() => [String], { description: `Topic codes: ${ADVICE_TOPICS.join(', ')}.` })
  topics!: string[];
  @Field(() => AdviceLanguage, { description: 'The language of title, summary and body.' })
  language!: AdviceLanguage;
  @Field(() => [AdviceLanguage])
  availableLanguages!: AdviceLanguage[];
  @Field(() => String)
  title!: string;
  @Field(() => String)
  summary!: string;
  @Field(() => String, { description: 'Plain text or simple Markdown.' })
  body!: string;
  @Field(() => GraphQLISODateTime)
  publishedAt!: Date;
  @Field(() => GraphQLISODateTime)
  updatedAt!: Date;
  @Field(() => Float, { nullable: true, description: 'Relevance to the search text; null without one.' })
  score!: number | null;
  @Field(() => [SearchHighlightType], { description: 'Where the search text matched; empty without one.' })
  highlights!: SearchHighlightType[];
}

export const AdviceArticleConnection = ConnectionType(AdviceArticleType, 'AdviceArticle');

@ArgsType()
export class AdviceArticlesArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: 'Free text in Finnish, Swedish or English.' })
  @IsOptional()
  @IsString()
  @Length(0, 200, { message: 'query must be at most 200 characters' })
  query?: string;

  @Field(() => [String], { nullable: true, description: 'Articles with any of these topic codes.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(ADVICE_TOPICS.length)
  @IsString({ each: true })
  @MaxLength(40, { each: true })
  topics?: string[];

  @Field(() => AdviceLanguage, { defaultValue: AdviceLanguage.FI })
  @IsEnum(AdviceLanguage)
  language!: AdviceLanguage;
}
