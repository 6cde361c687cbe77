import { Field, Float, ID, InputType, Int, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsEmail,
  IsEnum,
  IsISO4217CurrencyCode,
  IsInt,
  IsLatitude,
  IsLongitude,
  IsNumber,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { IsBusinessId } from '@ytmt/core';
import { OrganizationType, Sector } from '@ytmt/identity';
import { DeliveryMode, ServiceAudience, ServiceStatus } from '../entities/service.entity';

registerEnumType(ServiceStatus, { name: 'ServiceStatus' });
registerEnumType(ServiceAudience, { name: 'ServiceAudience' });
registerEnumType(DeliveryMode, { name: 'DeliveryMode' });

export const TEXT_LIMITS = { name: 200, summary: 500, description: 5000, other: 2000 } as const;

@InputType()
export class ServiceLocationInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  name?: string;

  @Field(() => String)
  @IsString()
  @Length(2, 200)
  streetAddress!: string;

  @Field(() => String)
  @Matches(/^\d{5}$/, { message: 'postalCode must be five digits' })
  postalCode!: string;

  @Field(() => String)
  @Matches(/^\d{3}$/, { message: 'municipalityCode must be three digits' })
  municipalityCode!: string;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsLatitude()
  latitude?: number;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsLongitude()
  longitude?: number;

  @Field(() => String, { nullable: true, description: 'Accessibility of the place, in Finnish.' })
  @IsOptional()
  @IsString()
  @MaxLength(TEXT_LIMITS.other)
  accessibilityFi?: string;
}

@InputType()
export class CostOptionInput {
  @Field(() => Float, { nullable: true, description: 'Price; omit for a free option.' })
  @IsOptional()
  @IsNumber({ maxDecimalPlaces: 2 })
  @Min(0, { message: 'amount must not be negative' })
  @Max(1_000_000)
  amount?: number;

  @Field(() => String, { nullable: true, description: 'ISO 4217, e.g. EUR. Required with an amount.' })
  @ValidateIf((option: CostOptionInput) => option.amount !== undefined && option.amount !== null)
  @IsISO4217CurrencyCode({ message: 'currency is required with an amount and must be an ISO 4217 code such as EUR' })
  currency?: string;

  @Field(() => String, { nullable: true, description: 'e.g. "per henkilö".' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  unit?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(TEXT_LIMITS.other)
  descriptionFi?: string;
}

@InputType({ description: 'A service as its provider writes it. Finnish texts are required.' })
export class ServiceInput {
  @Field(() => String)
  @IsString()
  @Length(3, TEXT_LIMITS.name)
  nameFi!: string;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @Length(3, TEXT_LIMITS.name)
  nameSv?: string;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @Length(3, TEXT_LIMITS.name)
  nameEn?: string;

  @Field(() => String)
  @IsString()
  @Length(10, TEXT_LIMITS.summary)
  summaryFi!: string;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @Length(10, TEXT_LIMITS.summary)
  summarySv?: string;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @Length(10, TEXT_LIMITS.summary)
  summaryEn?: string;

  @Field(() => String)
  @IsString()
  @Length(10, TEXT_LIMITS.description)
  descriptionFi!: string;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @Length(10, TEXT_LIMITS.description)
  descriptionSv?: string;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @Length(10, TEXT_LIMITS.description)
  descriptionEn?: string;

  @Field(() => ServiceAudience)
  @IsEnum(ServiceAudience)
  audience!: ServiceAudience;

  @Field(() => [String], { description: 'Service category codes, e.g. PAY_SUBSIDY.' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  @ArrayUnique()
  @IsString({ each: true })
  categoryCodes!: string[];

  @Field(() => [String], { defaultValue: [], description: 'Target group codes, e.g. PARTIAL_WORK_ABILITY.' })
  @IsArray()
  @ArrayMaxSize(10)
  @ArrayUnique()
  @IsString({ each: true })
  targetGroupCodes!: string[];

  @Field(() => Boolean, { defaultValue: false, description: 'Available everywhere in Finland.' })
  @IsBoolean()
  isNational!: boolean;

  @Field(() => [ID], { defaultValue: [] })
  @IsArray()
  @ArrayMaxSize(50)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  employmentAreaIds!: string[];

  @Field(() => [String], { defaultValue: [] })
  @IsArray()
  @ArrayMaxSize(100)
  @ArrayUnique()
  @Matches(/^\d{3}$/, { each: true, message: 'each municipality code must be three digits' })
  municipalityCodes!: string[];

  @Field(() => [ServiceLocationInput], { defaultValue: [] })
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => ServiceLocationInput)
  locations!: ServiceLocationInput[];

  @Field(() => DeliveryMode)
  @IsEnum(DeliveryMode)
  deliveryMode!: DeliveryMode;

  @Field(() => [String], { description: 'ISO 639-1 codes of the service languages.' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  @ArrayUnique()
  @Matches(/^[a-z]{2}$/, { each: true, message: 'each language must be an ISO 639-1 code such as fi' })
  languages!: string[];

  @Field(() => Boolean, { defaultValue: true })
  @IsBoolean()
  isFree!: boolean;

  @Field(() => [CostOptionInput], { defaultValue: [] })
  @IsArray()
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => CostOptionInput)
  costOptions!: CostOptionInput[];

  @Field(() => String, { nullable: true, description: 'Who may take part, in Finnish.' })
  @IsOptional()
  @IsString()
  @MaxLength(TEXT_LIMITS.other)
  eligibilityFi?: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(120)
  minimumAge?: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(120)
  maximumAge?: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(TEXT_LIMITS.other)
  howToTakePartFi?: string;

  @Field(() => Int, { nullable: true, description: 'Seats, when limited.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100000)
  capacity?: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(TEXT_LIMITS.other)
  scheduleFi?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsUrl({ require_protocol: true, protocols: ['http', 'https'] })
  @MaxLength(500)
  url?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsEmail()
  email?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^\+?[0-9 ()-]{5,20}$/, { message: 'phone must be a phone number such as 03 814 2000' })
  phone?: string;
}

@InputType()
export class ProviderOrganizationInput {
  @Field(() => String)
  @IsString()
  @Length(2, 200)
  name!: string;

  @Field(() => Sector)
  @IsEnum(Sector)
  sector!: Sector;

  @Field(() => OrganizationType)
  @IsEnum(OrganizationType)
  type!: OrganizationType;

  @Field(() => String, { nullable: true, description: 'Y-tunnus, validated with its check digit.' })
  @IsOptional()
  @IsBusinessId()
  businessId?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsUrl({ require_protocol: true, protocols: ['http', 'https'] })
  @MaxLength(500)
  website?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsEmail()
  email?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^\+?[0-9 ()-]{5,20}$/, { message: 'phone must be a phone number such as 03 814 2000' })
  phone?: string;

  @Field(() => String)
  @Matches(/^\d{3}$/, { message: 'homeMunicipalityCode must be three digits' })
  homeMunicipalityCode!: string;
}

@InputType()
export class RejectServiceInput {
  @Field(() => String, { description: 'Shown to the provider.' })
  @IsString()
  @Length(5, 1000)
  reason!: string;
}
