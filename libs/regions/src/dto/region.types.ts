import { Field, ID, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ConnectionType } from '@ytmt/core';
import { ArrayMaxSize, IsArray, IsBoolean, IsEnum, IsOptional, IsString, IsUrl, IsUUID, Length, Matches, MaxLength } from 'class-validator';
import { EmploymentAreaModel } from '../entities/employment-area.entity';

registerEnumType(EmploymentAreaModel, { name: 'EmploymentAreaModel' });

const MUNICIPALITY_CODE = /^\d{3}$/;

@ObjectType('Region', { description: 'Maakunta.' })
export class RegionType {
  @Field(() => String, { description: 'NUTS 3 code.' })
  code!: string;
  @Field(() => String)
  nameFi!: string;
  @Field(() => String)
  nameSv!: string;
}

@ObjectType('WellbeingCounty', { description: 'Hyvinvointialue.' })
export class WellbeingCountyType {
  @Field(() => String)
  code!: string;
  @Field(() => String)
  nameFi!: string;
  @Field(() => String)
  nameSv!: string;
  @Field(() => String)
  nameEn!: string;
  @Field(() => Boolean, { description: 'False for Helsinki and Åland, which organise the services themselves.' })
  isWellbeingServicesCounty!: boolean;
}

@ObjectType('Municipality', { description: 'Kunta.' })
export class MunicipalityType {
  @Field(() => String, { description: 'Three-digit Statistics Finland code.' })
  code!: string;
  @Field(() => String)
  nameFi!: string;
  @Field(() => String)
  nameSv!: string;
  regionCode!: string;
  wellbeingCountyCode!: string | null;
}

@ObjectType('MunicipalityConnection')
export class MunicipalityConnection extends ConnectionType(MunicipalityType, 'Municipality') {}

@ObjectType('EmploymentArea', { description: 'Työllisyysalue.' })
export class EmploymentAreaType {
  @Field(() => ID)
  id!: string;
  @Field(() => String)
  code!: string;
  @Field(() => String)
  nameFi!: string;
  @Field(() => String, { nullable: true })
  nameSv!: string | null;
  @Field(() => EmploymentAreaModel)
  model!: EmploymentAreaModel;
  @Field(() => Boolean, { description: 'True when the member list is verified against a public source.' })
  membersComplete!: boolean;
  @Field(() => String, { nullable: true })
  source!: string | null;
  leadMunicipalityCode!: string | null;
}

@ObjectType('PostalCode')
export class PostalCodeType {
  @Field(() => String)
  code!: string;
  @Field(() => String)
  nameFi!: string;
  @Field(() => String)
  nameSv!: string;
  municipalityCode!: string;
}

@InputType()
export class MunicipalityFilter {
  @Field(() => String, { nullable: true, description: 'Part of the Finnish or Swedish name.' })
  @IsOptional()
  @IsString()
  @Length(1, 60)
  search?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^FI[0-9A-Z]{3}$|^FI200$/, { message: 'regionCode must be a NUTS 3 code such as FI1C3' })
  regionCode?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^\d{2}$/, { message: 'wellbeingCountyCode must be two digits' })
  wellbeingCountyCode?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  employmentAreaId?: string;
}

@InputType()
export class EmploymentAreaInput {
  @Field(() => String, { description: 'Stable slug, lower-case letters, digits and dashes.' })
  @Matches(/^[a-z0-9]+(-[a-z0-9]+)*$/, { message: 'code must be a lower-case slug such as lahti' })
  @MaxLength(80)
  code!: string;

  @Field(() => String)
  @IsString()
  @Length(2, 200)
  nameFi!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @Length(2, 200)
  nameSv?: string;

  @Field(() => EmploymentAreaModel)
  @IsEnum(EmploymentAreaModel)
  model!: EmploymentAreaModel;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(MUNICIPALITY_CODE, { message: 'leadMunicipalityCode must be three digits' })
  leadMunicipalityCode?: string;

  @Field(() => [String], { description: 'Member municipality codes.' })
  @IsArray()
  @ArrayMaxSize(60)
  @Matches(MUNICIPALITY_CODE, { each: true, message: 'each municipality code must be three digits' })
  municipalityCodes!: string[];

  @Field(() => Boolean, { defaultValue: false })
  @IsBoolean()
  membersComplete!: boolean;

  @Field(() => String, { nullable: true, description: 'Public source of the member list.' })
  @IsOptional()
  @IsUrl({ require_protocol: true })
  @MaxLength(500)
  source?: string;
}

@InputType()
export class UpdateEmploymentAreaInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @Length(2, 200)
  nameFi?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @Length(2, 200)
  nameSv?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(MUNICIPALITY_CODE, { message: 'leadMunicipalityCode must be three digits' })
  leadMunicipalityCode?: string;

  @Field(() => [String], { nullable: true, description: 'Replaces the member list.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(60)
  @Matches(MUNICIPALITY_CODE, { each: true, message: 'each municipality code must be three digits' })
  municipalityCodes?: string[];

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  membersComplete?: boolean;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsUrl({ require_protocol: true })
  @MaxLength(500)
  source?: string;
}
