import { ArgsType, Field, Float, GraphQLISODateTime, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { FacetValueType, SearchHighlightType } from '@ytmt/catalogue';
import { MAX_PAGE_SIZE, PageInfo } from '@ytmt/core';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBase64,
  IsBoolean,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { Adjustment, Measure, NeedKind, NeedStage, NeedVisibility } from '../need.enums';

@InputType('NeedSearchFilter', { description: 'Any of the values within a field; all fields together. An empty list filters nothing.' })
export class NeedSearchFilterInput {
  @Field(() => [NeedKind], { nullable: true })
  @IsOptional()
  @IsArray()
  @IsEnum(NeedKind, { each: true })
  kinds?: NeedKind[];

  @Field(() => [String], { nullable: true, description: 'Needs whose work is in these municipalities (three-digit codes).' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @Matches(/^\d{3}$/, { each: true, message: 'each municipality code must be three digits' })
  municipalityCodes?: string[];

  @Field(() => [ID], { nullable: true, description: 'Needs whose work is in these employment areas.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true, message: 'each employment area id must be an id' })
  employmentAreaIds?: string[];

  @Field(() => [Measure], { nullable: true })
  @IsOptional()
  @IsArray()
  @IsEnum(Measure, { each: true })
  measures?: Measure[];

  @Field(() => [Adjustment], { nullable: true })
  @IsOptional()
  @IsArray()
  @IsEnum(Adjustment, { each: true })
  adjustments?: Adjustment[];

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  openToPrecisionCapable?: boolean;

  @Field(() => [NeedStage], { nullable: true, description: '6T stages.' })
  @IsOptional()
  @IsArray()
  @IsEnum(NeedStage, { each: true })
  stages?: NeedStage[];

  @Field(() => [String], { nullable: true, description: 'ISCO-08 codes of the occupation: major groups ("7") or unit groups ("7212").' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @Matches(/^(\d|\d{4})$/, { each: true, message: 'each occupation group must be an ISCO major group (1 digit) or unit group (4 digits)' })
  occupationGroups?: string[];
}

@ArgsType()
export class SearchNeedsArgs {
  @Field(() => String, { nullable: true, description: 'Free text in Finnish, Swedish or English.' })
  @IsOptional()
  @IsString()
  @Length(0, 200, { message: 'query must be at most 200 characters' })
  query?: string;

  @Field(() => NeedSearchFilterInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => NeedSearchFilterInput)
  filter?: NeedSearchFilterInput;

  @Field(() => Int, { nullable: true, description: `Page size, at most ${MAX_PAGE_SIZE}.` })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE, { message: `first must be at most ${MAX_PAGE_SIZE}` })
  first?: number;

  @Field(() => String, { nullable: true, description: 'Cursor of the last edge of the previous page.' })
  @IsOptional()
  @IsBase64({}, { message: 'after is not a cursor returned by this API' })
  after?: string;
}

@ObjectType('NeedSearchHit', { description: 'A need the caller may see, as a summary; its details follow the needs policy.' })
export class NeedSearchHitType {
  @Field(() => ID)
  id!: string;
  @Field(() => ID)
  companyId!: string;
  @Field(() => String)
  companyName!: string;
  @Field(() => String)
  title!: string;
  @Field(() => [NeedKind])
  kinds!: NeedKind[];
  @Field(() => String, { nullable: true })
  municipalityCode!: string | null;
  @Field(() => ID, { nullable: true, description: "The employment area of the need's municipality." })
  employmentAreaId!: string | null;
  @Field(() => NeedStage)
  stage!: NeedStage;
  @Field(() => NeedVisibility)
  visibility!: NeedVisibility;
  @Field(() => [Measure])
  measuresOpenTo!: Measure[];
  @Field(() => [Adjustment])
  adjustmentsOffered!: Adjustment[];
  @Field(() => Boolean)
  openToPrecisionCapable!: boolean;
  @Field(() => String, { nullable: true })
  occupationLabel!: string | null;
  @Field(() => Boolean, { description: "Forwarded to one of the caller's provider organisations." })
  forwardedToYou!: boolean;
  @Field(() => GraphQLISODateTime)
  updatedAt!: Date;
  @Field(() => Float, { description: 'Relevance to the search text; 0 without one.' })
  score!: number;
  @Field(() => [SearchHighlightType], { description: 'Where the text matched (title, description); empty without text.' })
  highlights!: SearchHighlightType[];
}

@ObjectType('NeedSearchEdge')
export class NeedSearchEdge {
  @Field(() => NeedSearchHitType)
  node!: NeedSearchHitType;
  @Field(() => String)
  cursor!: string;
}

@ObjectType('NeedFacets', { description: 'Counts over every need that matches the text and filter and that the caller may see.' })
export class NeedFacetsType {
  @Field(() => [FacetValueType])
  kind!: FacetValueType[];
  @Field(() => [FacetValueType], { description: 'Municipality codes.' })
  municipality!: FacetValueType[];
  @Field(() => [FacetValueType], { description: 'Employment area ids.' })
  employmentArea!: FacetValueType[];
  @Field(() => [FacetValueType])
  measure!: FacetValueType[];
  @Field(() => [FacetValueType])
  adjustment!: FacetValueType[];
  @Field(() => [FacetValueType], { description: 'true or false.' })
  openToPrecisionCapable!: FacetValueType[];
  @Field(() => [FacetValueType])
  stage!: FacetValueType[];
  @Field(() => [FacetValueType], { description: 'ISCO-08 major groups (1 digit) and unit groups (4 digits).' })
  occupationGroup!: FacetValueType[];
}

@ObjectType('NeedSearchConnection')
export class NeedSearchConnection {
  @Field(() => [NeedSearchEdge])
  edges!: NeedSearchEdge[];
  @Field(() => PageInfo)
  pageInfo!: PageInfo;
  @Field(() => Int)
  totalCount!: number;
  // Computed once per search, whatever is selected: connectionComplexity must not count the
  // facet lists once per requested hit.
  @Field(() => NeedFacetsType, { complexity: () => 1 })
  facets!: NeedFacetsType;
}
