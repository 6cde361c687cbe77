import { Field, Float, ID, InputType, Int, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsDateString,
  IsEnum,
  IsInt,
  IsLatitude,
  IsLongitude,
  IsOptional,
  IsString,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { Adjustment, LanguageLevel, Measure, NeedKind, NeedStage, NeedVisibility, PayUnit, TaskKind } from '../need.enums';

registerEnumType(NeedKind, { name: 'NeedKind' });
registerEnumType(NeedStage, { name: 'NeedStage', description: 'The 6T path: tunnista, tarkenna, tarinoi, tuotteista, tarjoa, työllistä; or CLOSED.' });
registerEnumType(NeedVisibility, { name: 'NeedVisibility' });
registerEnumType(Adjustment, { name: 'Adjustment' });
registerEnumType(Measure, { name: 'Measure' });
registerEnumType(TaskKind, { name: 'TaskKind' });
registerEnumType(LanguageLevel, { name: 'LanguageLevel' });
registerEnumType(PayUnit, { name: 'PayUnit', description: 'What a pay range is counted per: hour, month or year.' });

const ESCO_URI = /^http:\/\/data\.europa\.eu\/esco\/(skill|occupation)\/[0-9a-f-]{36}$/;

@InputType()
export class NeedSkillInput {
  @Field(() => String, { description: 'ESCO skill URI.' })
  @Matches(ESCO_URI, { message: 'uri must be an ESCO skill URI' })
  uri!: string;

  @Field(() => Boolean, { defaultValue: true, description: 'Required (true) or optional (false).' })
  @IsBoolean()
  required!: boolean;
}

@InputType()
export class NeedLanguageInput {
  @Field(() => String)
  @Matches(/^[a-z]{2}$/, { message: 'language must be an ISO 639-1 code such as fi' })
  language!: string;

  @Field(() => LanguageLevel)
  @IsEnum(LanguageLevel)
  level!: LanguageLevel;
}

/**
 * A level 0 (none) … 3 (high) on one demand dimension: what a task demands, or (with its own
 * description) what a person can sustain. The assistant's draft task gives a default instead of
 * requiring it.
 */
export const demandLevel =
  (options: { description?: string; defaultValue?: number } = {}) =>
  (target: object, key: string) => {
    Field(() => Int, { description: 'Demand level 0 (none) … 3 (high).', ...options })(target, key);
    IsInt()(target, key);
    Min(0)(target, key);
    Max(3)(target, key);
  };

@InputType({ description: 'A task of the role, for carving it to fit what a person can do.' })
export class NeedTaskInput {
  @Field(() => String)
  @IsString()
  @Length(2, 200)
  title!: string;

  @Field(() => TaskKind)
  @IsEnum(TaskKind)
  kind!: TaskKind;

  @demandLevel() physicalStrain!: number;
  @demandLevel() standingWalking!: number;
  @demandLevel() lifting!: number;
  @demandLevel() cognitiveLoad!: number;
  @demandLevel() customerInteraction!: number;
  @demandLevel() timePressure!: number;
}

@InputType()
export class NeedInput {
  @Field(() => [NeedKind])
  @IsArray()
  @ArrayMinSize(1)
  @ArrayUnique()
  @IsEnum(NeedKind, { each: true })
  kinds!: NeedKind[];

  @Field(() => String)
  @IsString()
  @Length(3, 200)
  title!: string;

  @Field(() => String)
  @IsString()
  @Length(10, 5000)
  description!: string;

  @Field(() => String, { nullable: true, description: 'Where the work is; omit for remote work.' })
  @IsOptional()
  @Matches(/^\d{3}$/, { message: 'municipalityCode must be three digits' })
  municipalityCode?: string;

  @Field(() => Float, { nullable: true, description: 'Workplace latitude (WGS84), for commuting distances.' })
  @IsOptional()
  @IsLatitude({ message: 'latitude must be a latitude' })
  latitude?: number;

  @Field(() => Float, { nullable: true, description: 'Workplace longitude (WGS84).' })
  @IsOptional()
  @IsLongitude({ message: 'longitude must be a longitude' })
  longitude?: number;

  @Field(() => Boolean, { defaultValue: false })
  @IsBoolean()
  remote!: boolean;

  @Field(() => Int, { defaultValue: 1 })
  @IsInt()
  @Min(1)
  @Max(500)
  positions!: number;

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

  @Field(() => Int, { nullable: true, description: 'Lowest pay in whole euros per payUnit.' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  payMin?: number;

  @Field(() => Int, { nullable: true, description: 'Highest pay in whole euros per payUnit.' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  payMax?: number;

  @Field(() => PayUnit, { nullable: true })
  @IsOptional()
  @IsEnum(PayUnit)
  payUnit?: PayUnit;

  @Field(() => Boolean, { defaultValue: false })
  @IsBoolean()
  partTimePossible!: boolean;

  @Field(() => String, { nullable: true, description: 'ISO date, e.g. 2027-01-15.' })
  @IsOptional()
  @IsDateString({ strict: true })
  startDate?: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(120)
  durationMonths?: number;

  @Field(() => String, { nullable: true, description: 'ESCO occupation URI.' })
  @IsOptional()
  @Matches(ESCO_URI, { message: 'occupationUri must be an ESCO occupation URI' })
  occupationUri?: string;

  @Field(() => [NeedSkillInput], { defaultValue: [] })
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => NeedSkillInput)
  skills!: NeedSkillInput[];

  @Field(() => [NeedLanguageInput], { defaultValue: [] })
  @IsArray()
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => NeedLanguageInput)
  languages!: NeedLanguageInput[];

  @Field(() => String, { nullable: true, description: 'Driving licence class, e.g. B.' })
  @IsOptional()
  @Matches(/^(AM|A1|A2|A|B|BE|C1|C1E|C|CE|D1|D1E|D|DE|T)$/, { message: 'drivingLicence must be a licence class such as B' })
  drivingLicence?: string;

  @Field(() => [Adjustment], { defaultValue: [] })
  @IsArray()
  @ArrayUnique()
  @IsEnum(Adjustment, { each: true })
  adjustmentsOffered!: Adjustment[];

  @Field(() => [Measure], { defaultValue: [] })
  @IsArray()
  @ArrayUnique()
  @IsEnum(Measure, { each: true })
  measuresOpenTo!: Measure[];

  @Field(() => Boolean, { defaultValue: false, description: 'Open to precision-capable (täsmätyökykyinen) candidates.' })
  @IsBoolean()
  openToPrecisionCapable!: boolean;

  @Field(() => Boolean, { defaultValue: false })
  @IsBoolean()
  anonymousRecruitment!: boolean;

  @Field(() => NeedVisibility, { defaultValue: NeedVisibility.COORDINATORS_ONLY })
  @IsEnum(NeedVisibility)
  visibility!: NeedVisibility;

  @Field(() => [NeedTaskInput], { defaultValue: [], description: 'The role as tasks; at least one CORE task when given.' })
  @IsArray()
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  @Type(() => NeedTaskInput)
  tasks!: NeedTaskInput[];
}

@InputType()
export class MoveNeedStageInput {
  @Field(() => ID)
  @Matches(/^[0-9a-f-]{36}$/i, { message: 'needId must be a uuid' })
  needId!: string;

  @Field(() => NeedStage)
  @IsEnum(NeedStage)
  stage!: NeedStage;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(500)
  note?: string;
}
