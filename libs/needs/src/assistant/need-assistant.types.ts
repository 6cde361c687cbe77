import { Field, GraphQLISODateTime, ID, InputType, ObjectType, PickType, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayUnique, IsArray, IsEnum, IsOptional, IsString, IsUUID, Length, Matches, MaxLength, ValidateNested } from 'class-validator';
import { demandLevel, NeedInput } from '../dto/need.inputs';
import { NeedKind, TaskKind } from '../need.enums';
import { AssistantFlagCode, AssistantSeverity } from './need-assistant.rules';

registerEnumType(AssistantFlagCode, { name: 'NeedAssistantFlagCode', description: 'What the inclusive-need assistant found (issue 17).' });
registerEnumType(AssistantSeverity, { name: 'NeedAssistantSeverity' });

@InputType({ description: 'A task of the draft; titles may still be empty while the employer writes.' })
export class NeedAssistantTaskInput {
  @Field(() => String, { defaultValue: '' })
  @IsString()
  @MaxLength(200)
  title!: string;

  @Field(() => TaskKind)
  @IsEnum(TaskKind)
  kind!: TaskKind;

  @demandLevel({ defaultValue: 0 }) physicalStrain!: number;
  @demandLevel({ defaultValue: 0 }) standingWalking!: number;
  @demandLevel({ defaultValue: 0 }) lifting!: number;
  @demandLevel({ defaultValue: 0 }) cognitiveLoad!: number;
  @demandLevel({ defaultValue: 0 }) customerInteraction!: number;
  @demandLevel({ defaultValue: 0 }) timePressure!: number;
}

/**
 * The NeedInput fields whose rules already let a draft through (optional or defaulted), taken
 * as they are; the ones NeedInput requires or bounds from below are declared leniently here.
 */
const LenientNeedFields = PickType(NeedInput, [
  'skills',
  'languages',
  'hoursMin',
  'hoursMax',
  'payMin',
  'payMax',
  'payUnit',
  'adjustmentsOffered',
  'measuresOpenTo',
  'openToPrecisionCapable',
] as const);

@InputType({ description: "The parts of a need's draft the assistant reads; as NeedInput, but nothing is required yet." })
export class NeedAssistantDraftInput extends LenientNeedFields {
  @Field(() => [NeedKind], { defaultValue: [] })
  @IsArray()
  @ArrayUnique()
  @IsEnum(NeedKind, { each: true })
  kinds!: NeedKind[];

  @Field(() => String, { defaultValue: '' })
  @IsString()
  @MaxLength(200)
  title!: string;

  @Field(() => String, { defaultValue: '' })
  @IsString()
  @MaxLength(5000)
  description!: string;

  // Not taken from NeedInput: its ESCO pattern also lets a skill URI through, the draft's does not.
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^http:\/\/data\.europa\.eu\/esco\/occupation\/[0-9a-f-]{36}$/, { message: 'occupationUri must be an ESCO occupation URI' })
  occupationUri?: string | null;

  @Field(() => [NeedAssistantTaskInput], { defaultValue: [] })
  @IsArray()
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  @Type(() => NeedAssistantTaskInput)
  tasks!: NeedAssistantTaskInput[];
}

@InputType({ description: 'Give needId when the draft is saved (its dismissals are shown), companyId before the first save.' })
export class NeedAssistantInput {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'needId must be a uuid' })
  needId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'companyId must be a uuid' })
  companyId?: string | null;

  @Field(() => NeedAssistantDraftInput)
  @ValidateNested()
  @Type(() => NeedAssistantDraftInput)
  draft!: NeedAssistantDraftInput;
}

@InputType({ description: 'Which dismissal to undo: the flag as the assistant gave it.' })
export class UndoNeedAssistantFlagDismissalInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'needId must be a uuid' })
  needId!: string;

  @Field(() => AssistantFlagCode)
  @IsEnum(AssistantFlagCode)
  code!: AssistantFlagCode;

  @Field(() => String, { defaultValue: '', description: "The flag's subject, as the assistant gave it." })
  @IsString()
  @MaxLength(300)
  subject!: string;
}

/** The flag (as for an undo) and why it does not apply. */
@InputType()
export class DismissNeedAssistantFlagInput extends UndoNeedAssistantFlagDismissalInput {
  @Field(() => String, { description: 'Why the flag does not apply; kept for the indicators.' })
  @IsString()
  @Length(3, 500, { message: 'reason must be 3 to 500 characters' })
  reason!: string;
}

@ObjectType('NeedAssistantParam')
export class NeedAssistantParamType {
  @Field(() => String)
  name!: string;
  @Field(() => String)
  value!: string;
}

@ObjectType('NeedAssistantDismissal')
export class NeedAssistantDismissalType {
  @Field(() => AssistantFlagCode)
  code!: AssistantFlagCode;
  @Field(() => String)
  subject!: string;
  @Field(() => String)
  reason!: string;
  @Field(() => GraphQLISODateTime)
  dismissedAt!: Date;
}

@ObjectType('NeedAssistantFlag', { description: 'One finding, as codes and params the client words in its language.' })
export class NeedAssistantFlagType {
  @Field(() => AssistantFlagCode)
  code!: AssistantFlagCode;
  @Field(() => AssistantSeverity)
  severity!: AssistantSeverity;
  @Field(() => String, { description: 'The NeedInput field, e.g. skills.2, languages.0, description.' })
  field!: string;
  @Field(() => String, { description: 'What is flagged (a skill URI, a language code, a word-list id), "" for the need itself.' })
  subject!: string;
  @Field(() => [NeedAssistantParamType])
  params!: NeedAssistantParamType[];
  @Field(() => [String], { description: 'Advice topics that help (link /advice?topic=…).' })
  adviceTopics!: string[];
  @Field(() => [String], { description: 'Service categories that help (link /services?category=…).' })
  serviceCategories!: string[];
  @Field(() => NeedAssistantDismissalType, { nullable: true })
  dismissal!: NeedAssistantDismissalType | null;
}

@ObjectType('NeedAssistantResult')
export class NeedAssistantResultType {
  @Field(() => [NeedAssistantFlagType])
  flags!: NeedAssistantFlagType[];
}
