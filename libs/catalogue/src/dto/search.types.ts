import { ArgsType, Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEnum,
  IsLatitude,
  IsLongitude,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { PageArgs, PageInfo } from '@ytmt/core';
import { Sector } from '@ytmt/identity';
import { DeliveryMode, ServiceAudience } from '../entities/service.entity';
import { ServiceParent, ServiceType } from './service.types';

export enum CoverageScopeEnum {
  ALL = 'ALL',
  REGIONAL = 'REGIONAL',
  NATIONAL = 'NATIONAL',
}
export enum ServiceSortBy {
  RELEVANCE = 'RELEVANCE',
  DISTANCE = 'DISTANCE',
}
registerEnumType(CoverageScopeEnum, {
  name: 'CoverageScope',
  description: 'ALL: national and regional services; REGIONAL: only those covering the place; NATIONAL: only national ones.',
});
registerEnumType(ServiceSortBy, { name: 'ServiceSortBy' });

@InputType()
export class ServiceFilter {
  @Field(() => [String], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(30)
  @IsString({ each: true })
  categories?: string[];

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(30)
  @IsString({ each: true })
  targetGroups?: string[];

  @Field(() => [Sector], { nullable: true })
  @IsOptional()
  @IsArray()
  @IsEnum(Sector, { each: true })
  sectors?: Sector[];

  @Field(() => [DeliveryMode], { nullable: true })
  @IsOptional()
  @IsArray()
  @IsEnum(DeliveryMode, { each: true })
  deliveryModes?: DeliveryMode[];

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @Matches(/^[a-z]{2}$/, { each: true, message: 'each language must be an ISO 639-1 code such as fi' })
  languages?: string[];

  @Field(() => ServiceAudience, { nullable: true })
  @IsOptional()
  @IsEnum(ServiceAudience)
  audience?: ServiceAudience;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  isFree?: boolean;

  @Field(() => String, { nullable: true, description: 'Services available in this municipality (regional view).' })
  @IsOptional()
  @Matches(/^\d{3}$/, { message: 'municipalityCode must be three digits' })
  municipalityCode?: string;

  @Field(() => ID, { nullable: true, description: 'Services available in this employment area.' })
  @IsOptional()
  @IsUUID()
  employmentAreaId?: string;

  @Field(() => CoverageScopeEnum, { nullable: true, defaultValue: CoverageScopeEnum.ALL })
  @IsOptional()
  @IsEnum(CoverageScopeEnum)
  scope?: CoverageScopeEnum;
}

@InputType()
export class ServiceSortInput {
  @Field(() => ServiceSortBy)
  @IsEnum(ServiceSortBy)
  by!: ServiceSortBy;

  @Field(() => Float, { nullable: true, description: 'Required with DISTANCE.' })
  @ValidateIf((sort: ServiceSortInput) => sort.by === ServiceSortBy.DISTANCE)
  @IsLatitude({ message: 'latitude is required for DISTANCE and must be a latitude' })
  latitude?: number;

  @Field(() => Float, { nullable: true, description: 'Required with DISTANCE.' })
  @ValidateIf((sort: ServiceSortInput) => sort.by === ServiceSortBy.DISTANCE)
  @IsLongitude({ message: 'longitude is required for DISTANCE and must be a longitude' })
  longitude?: number;
}

@ArgsType()
export class SearchServicesArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: 'Free text in Finnish, Swedish or English.' })
  @IsOptional()
  @IsString()
  @Length(0, 200)
  query?: string;

  @Field(() => ServiceFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => ServiceFilter)
  filter?: ServiceFilter;

  @Field(() => ServiceSortInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => ServiceSortInput)
  sort?: ServiceSortInput;
}

@ObjectType('SearchHighlight')
export class SearchHighlightType {
  @Field(() => String, { description: 'e.g. name.fi' })
  field!: string;
  @Field(() => String, { description: 'Text with the hits in <em>…</em>.' })
  snippet!: string;
}

@ObjectType('ServiceSearchHit')
export class ServiceSearchHitType {
  @Field(() => ServiceType)
  service!: ServiceParent;
  @Field(() => Float)
  score!: number;
  @Field(() => [SearchHighlightType])
  highlights!: SearchHighlightType[];
  @Field(() => Float, { nullable: true })
  distanceKm!: number | null;
}

@ObjectType('ServiceSearchEdge')
export class ServiceSearchEdge {
  @Field(() => ServiceSearchHitType)
  node!: ServiceSearchHitType;
  @Field(() => String)
  cursor!: string;
}

@ObjectType('FacetValue')
export class FacetValueType {
  @Field(() => String)
  value!: string;
  @Field(() => String, { description: 'Finnish label.' })
  label!: string;
  @Field(() => Int)
  count!: number;
}

@ObjectType('ServiceFacets')
export class ServiceFacetsType {
  @Field(() => [FacetValueType])
  category!: FacetValueType[];
  @Field(() => [FacetValueType])
  targetGroup!: FacetValueType[];
  @Field(() => [FacetValueType])
  sector!: FacetValueType[];
  @Field(() => [FacetValueType])
  deliveryMode!: FacetValueType[];
  @Field(() => [FacetValueType])
  language!: FacetValueType[];
  @Field(() => [FacetValueType], { description: 'FREE or PAID.' })
  cost!: FacetValueType[];
  @Field(() => [FacetValueType], { description: 'NATIONAL, employment areas and municipalities.' })
  area!: FacetValueType[];
}

@ObjectType('ServiceSearchConnection')
export class ServiceSearchConnection {
  @Field(() => [ServiceSearchEdge])
  edges!: ServiceSearchEdge[];
  @Field(() => PageInfo)
  pageInfo!: PageInfo;
  @Field(() => Int)
  totalCount!: number;
  @Field(() => ServiceFacetsType)
  facets!: ServiceFacetsType;
}
