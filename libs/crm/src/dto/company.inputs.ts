import { ArgsType, Field, ID, InputType, registerEnumType } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsEmail,
  IsEnum,
  IsIn,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  Length,
  Matches,
  MaxLength,
  ValidateIf,
} from 'class-validator';
import { IsBusinessId } from '@ytmt/core';
import { OrganizationType } from '@ytmt/identity';
import { CompanyUserRole } from '../entities/company-parts.entity';
import { CompanySizeClass } from '../entities/company-profile.entity';

registerEnumType(CompanySizeClass, { name: 'CompanySizeClass', description: 'Henkilöstön suuruusluokka.' });
registerEnumType(CompanyUserRole, { name: 'CompanyUserRole' });

/** Organisation types a company account may have; all are in the private sector. */
export const COMPANY_ORGANIZATION_TYPES = [OrganizationType.COMPANY, OrganizationType.COOPERATIVE, OrganizationType.SOCIAL_ENTERPRISE] as const;
export const MAX_OPERATING_MUNICIPALITIES = 50;

const MUNICIPALITY_CODE = /^\d{3}$/;
const INDUSTRY_CODE_PREFIX = /^\d{1,2}$|^\d{2}\.\d{0,3}$/;

@InputType({ description: 'A company account: the organisation and its profile.' })
export class CompanyInput {
  @Field(() => String)
  @IsString()
  @Length(2, 200)
  name!: string;

  @Field(() => String, { description: 'Y-tunnus (1234567-8); one company account per business id.' })
  @IsBusinessId()
  businessId!: string;

  @Field(() => OrganizationType, { description: 'COMPANY, COOPERATIVE or SOCIAL_ENTERPRISE.' })
  @IsIn(COMPANY_ORGANIZATION_TYPES, { message: 'type must be COMPANY, COOPERATIVE or SOCIAL_ENTERPRISE' })
  type!: OrganizationType;

  @Field(() => String, { description: 'TOL 2008 section letter, A–U.' })
  @Matches(/^[A-Z]$/, { message: 'industrySection must be a TOL 2008 section letter such as C' })
  industrySection!: string;

  @Field(() => String, { nullable: true, description: 'TOL 2008 code within the section, e.g. 25.62.' })
  @IsOptional()
  @IsString()
  industryCode?: string;

  @Field(() => CompanySizeClass)
  @IsEnum(CompanySizeClass)
  sizeClass!: CompanySizeClass;

  @Field(() => String, { description: 'Kotikunta; decides the home employment area.' })
  @Matches(MUNICIPALITY_CODE, { message: 'homeMunicipalityCode must be three digits' })
  homeMunicipalityCode!: string;

  @Field(() => [String], { nullable: true, description: 'Other municipalities the company operates in.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_OPERATING_MUNICIPALITIES)
  @ArrayUnique()
  @Matches(MUNICIPALITY_CODE, { each: true, message: 'operatingMunicipalityCodes must be three-digit codes' })
  operatingMunicipalityCodes?: string[];

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsUrl({ require_protocol: true, protocols: ['http', 'https'] })
  @MaxLength(500)
  website?: string;

  @Field(() => String, { nullable: true, description: "The company's general e-mail, not a person's." })
  @IsOptional()
  @IsEmail()
  email?: string;

  @Field(() => String, { nullable: true, description: "The company's switchboard, not a person's." })
  @IsOptional()
  @Matches(/^\+?[0-9 ()-]{5,20}$/, { message: 'phone must be a phone number such as 03 814 2000' })
  phone?: string;
}

@InputType({ description: 'Changes to a company account; omitted fields stay. The business id never changes.' })
export class UpdateCompanyInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @Length(2, 200)
  name?: string;

  @Field(() => OrganizationType, { nullable: true })
  @IsOptional()
  @IsIn(COMPANY_ORGANIZATION_TYPES, { message: 'type must be COMPANY, COOPERATIVE or SOCIAL_ENTERPRISE' })
  type?: OrganizationType;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^[A-Z]$/, { message: 'industrySection must be a TOL 2008 section letter such as C' })
  industrySection?: string;

  @Field(() => String, { nullable: true, description: 'Null clears the code.' })
  @ValidateIf((_, value) => value !== undefined && value !== null)
  @IsString()
  industryCode?: string | null;

  @Field(() => CompanySizeClass, { nullable: true })
  @IsOptional()
  @IsEnum(CompanySizeClass)
  sizeClass?: CompanySizeClass;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(MUNICIPALITY_CODE, { message: 'homeMunicipalityCode must be three digits' })
  homeMunicipalityCode?: string;

  @Field(() => [String], { nullable: true, description: 'Replaces the list.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_OPERATING_MUNICIPALITIES)
  @ArrayUnique()
  @Matches(MUNICIPALITY_CODE, { each: true, message: 'operatingMunicipalityCodes must be three-digit codes' })
  operatingMunicipalityCodes?: string[];

  @Field(() => String, { nullable: true, description: 'Null clears the website.' })
  @ValidateIf((_, value) => value !== undefined && value !== null)
  @IsUrl({ require_protocol: true, protocols: ['http', 'https'] })
  @MaxLength(500)
  website?: string | null;
}

@InputType()
export class CompanyUserInput {
  @Field(() => String, { description: 'E-mail of an existing user.' })
  @IsEmail()
  email!: string;

  @Field(() => CompanyUserRole, { nullable: true, description: 'Default MEMBER.' })
  @IsOptional()
  @IsEnum(CompanyUserRole)
  role?: CompanyUserRole;
}

@InputType({ description: 'Filters of myCompanies; all optional and combined with AND.' })
export class CompanyFilter {
  @Field(() => String, { nullable: true, description: 'Part of the name, or the Y-tunnus.' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  search?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  tag?: string;

  @Field(() => String, { nullable: true, description: 'Home or operating municipality.' })
  @IsOptional()
  @Matches(MUNICIPALITY_CODE, { message: 'municipalityCode must be three digits' })
  municipalityCode?: string;

  @Field(() => Boolean, { nullable: true, description: 'Only companies the caller is a responsible coordinator of.' })
  @IsOptional()
  @IsBoolean()
  responsibleOnly?: boolean;

  @Field(() => String, { nullable: true, description: 'TOL 2008 section letter, A–U.' })
  @IsOptional()
  @Matches(/^[A-Z]$/, { message: 'industrySection must be a TOL 2008 section letter such as C' })
  industrySection?: string;

  @Field(() => String, { nullable: true, description: 'The start of a TOL 2008 code: 2, 25, 25.6 or 25.62.' })
  @IsOptional()
  @Matches(INDUSTRY_CODE_PREFIX, { message: 'industryCode must be the start of a TOL 2008 code such as 25 or 25.62' })
  industryCode?: string;

  @Field(() => [CompanySizeClass], { nullable: true, description: 'Any of these size classes; an empty list does not filter.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(Object.keys(CompanySizeClass).length)
  @IsEnum(CompanySizeClass, { each: true })
  sizes?: CompanySizeClass[];

  @Field(() => ID, { nullable: true, description: 'Only companies this coordinator of one of your areas is responsible for (see myAreaCoordinators).' })
  @IsOptional()
  @IsUUID()
  responsibleCoordinatorId?: string;
}

@InputType({ description: "A move of the company's home to another municipality, usually in another employment area." })
export class TransferCompanyInput {
  @Field(() => String, { description: 'The new kotikunta.' })
  @Matches(MUNICIPALITY_CODE, { message: 'homeMunicipalityCode must be three digits' })
  homeMunicipalityCode!: string;

  @Field(() => String, { description: 'Why the company moves; kept in its history and shown to both areas.' })
  @IsString()
  @Length(5, 1000)
  reason!: string;
}

@InputType({ description: 'Invite a person to the company by e-mail.' })
export class CompanyInvitationInput {
  @Field(() => String, { description: "The person's e-mail; they accept signed in with this address." })
  @IsEmail()
  @MaxLength(320)
  email!: string;

  @Field(() => CompanyUserRole, { nullable: true, description: 'Default MEMBER.' })
  @IsOptional()
  @IsEnum(CompanyUserRole)
  role?: CompanyUserRole;
}

@ArgsType()
export class InvitationArgs {
  @Field(() => String, { nullable: true, description: 'The token of the invitation link.' })
  @IsOptional()
  @IsString()
  @Length(20, 100)
  token?: string;

  @Field(() => ID, { nullable: true, description: 'Or the invitation id (from myCompanyInvitations).' })
  @IsOptional()
  @IsUUID()
  invitationId?: string;
}
