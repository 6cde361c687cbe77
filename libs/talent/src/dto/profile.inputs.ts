import { Field, Float, GraphQLISODateTime, InputType, Int, registerEnumType } from '@nestjs/graphql';
import { Adjustment, demandLevel, NeedLanguageInput } from '@ytmt/needs';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsDate,
  IsEmail,
  IsEnum,
  IsInt,
  IsLatitude,
  IsLongitude,
  IsOptional,
  IsString,
  Length,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { ConsentAction, ConsentScope, EducationLevel } from '../talent.enums';

registerEnumType(ConsentScope, { name: 'ConsentScope' });
registerEnumType(ConsentAction, { name: 'ConsentAction' });
registerEnumType(EducationLevel, { name: 'EducationLevel' });

const SKILL_URI = /^http:\/\/data\.europa\.eu\/esco\/skill\/[0-9a-f-]{36}$/;
const OCCUPATION_URI = /^http:\/\/data\.europa\.eu\/esco\/occupation\/[0-9a-f-]{36}$/;

const level = () => demandLevel({ description: 'Sustainable level 0 (none) … 3 (high).' });

/** Functional capability per demand dimension — never diagnoses. */
@InputType()
export class WorkAbilityInput {
  @level() physicalStrain!: number;
  @level() standingWalking!: number;
  @level() lifting!: number;
  @level() cognitiveLoad!: number;
  @level() customerInteraction!: number;
  @level() timePressure!: number;

  @Field(() => [Adjustment], { defaultValue: [] })
  @IsArray()
  @ArrayUnique()
  @IsEnum(Adjustment, { each: true })
  adjustmentsNeeded!: Adjustment[];
}

@InputType()
export class JobseekerProfileInput {
  @Field(() => [String], { defaultValue: [], description: 'ESCO skill URIs.' })
  @IsArray()
  @ArrayMaxSize(200)
  @ArrayUnique()
  @Matches(SKILL_URI, { each: true, message: 'each skill must be an ESCO skill URI' })
  skills!: string[];

  @Field(() => [String], { defaultValue: [], description: 'ESCO occupation URIs the person has worked in.' })
  @IsArray()
  @ArrayMaxSize(20)
  @ArrayUnique()
  @Matches(OCCUPATION_URI, { each: true, message: 'each occupation must be an ESCO occupation URI' })
  occupations!: string[];

  @Field(() => [String], { defaultValue: [], description: 'ESCO occupation URIs the person would like to work in.' })
  @IsArray()
  @ArrayMaxSize(20)
  @ArrayUnique()
  @Matches(OCCUPATION_URI, { each: true, message: 'each wished occupation must be an ESCO occupation URI' })
  wishedOccupations!: string[];

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^\d{3}$/, { message: 'homeMunicipalityCode must be three digits' })
  homeMunicipalityCode?: string;

  @Field(() => Float, { nullable: true, description: 'Approximate home latitude; stored rounded to about a kilometre.' })
  @IsOptional()
  @IsLatitude({ message: 'homeLatitude must be a latitude' })
  homeLatitude?: number;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsLongitude({ message: 'homeLongitude must be a longitude' })
  homeLongitude?: number;

  @Field(() => Int, { nullable: true, description: 'How far from home the person can commute, in km.' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(300)
  commuteRadiusKm?: number;

  @Field(() => [String], { defaultValue: [] })
  @IsArray()
  @ArrayMaxSize(50)
  @ArrayUnique()
  @Matches(/^\d{3}$/, { each: true, message: 'each acceptable municipality must be a three-digit code' })
  acceptableMunicipalityCodes!: string[];

  @Field(() => Boolean, { defaultValue: false })
  @IsBoolean()
  remoteOk!: boolean;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(60)
  hoursMin?: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(60)
  hoursMax?: number;

  @Field(() => [NeedLanguageInput], { defaultValue: [] })
  @IsArray()
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => NeedLanguageInput)
  languages!: NeedLanguageInput[];

  @Field(() => [String], { defaultValue: [] })
  @IsArray()
  @ArrayUnique()
  @Matches(/^(AM|A1|A2|A|B|BE|C1|C1E|C|CE|D1|D1E|D|DE|T)$/, { each: true, message: 'each driving licence must be a class such as B' })
  drivingLicences!: string[];

  @Field(() => EducationLevel, { nullable: true })
  @IsOptional()
  @IsEnum(EducationLevel)
  educationLevel?: EducationLevel;

  @Field(() => WorkAbilityInput, { nullable: true, description: 'Only when the person wants their work ability taken into account.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => WorkAbilityInput)
  workAbility?: WorkAbilityInput;
}

@InputType()
export class JobseekerIdentityInput {
  @Field(() => String)
  @IsString()
  @Length(1, 100)
  firstName!: string;

  @Field(() => String)
  @IsString()
  @Length(1, 100)
  lastName!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsEmail({}, { message: 'email must be an e-mail address' })
  email?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^\+?[0-9 ()-]{6,20}$/, { message: 'phone must be a phone number' })
  phone?: string;
}

@InputType()
export class GrantConsentInput {
  @Field(() => ConsentScope)
  @IsEnum(ConsentScope)
  scope!: ConsentScope;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Until when; omit for until withdrawn.' })
  @IsOptional()
  @Type(() => Date)
  @IsDate({ message: 'expiresAt must be a date-time' })
  expiresAt?: Date;
}
