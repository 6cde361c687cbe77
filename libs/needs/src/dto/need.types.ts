import { Field, Float, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { ServiceType } from '@ytmt/catalogue';
import { Adjustment, LanguageLevel, Measure, NeedKind, NeedStage, NeedVisibility, PayUnit, TaskKind } from '../need.enums';

@ObjectType('NeedSkill')
export class NeedSkillType {
  @Field(() => String)
  uri!: string;
  @Field(() => String)
  label!: string;
  @Field(() => Boolean)
  required!: boolean;
}

@ObjectType('NeedLanguage')
export class NeedLanguageType {
  @Field(() => String)
  language!: string;
  @Field(() => LanguageLevel)
  level!: LanguageLevel;
}

@ObjectType('NeedTask')
export class NeedTaskType {
  @Field(() => String)
  title!: string;
  @Field(() => TaskKind)
  kind!: TaskKind;
  @Field(() => Int)
  physicalStrain!: number;
  @Field(() => Int)
  standingWalking!: number;
  @Field(() => Int)
  lifting!: number;
  @Field(() => Int)
  cognitiveLoad!: number;
  @Field(() => Int)
  customerInteraction!: number;
  @Field(() => Int)
  timePressure!: number;
}

@ObjectType('NeedStageStep', { description: 'When the need reached a 6T step.' })
export class NeedStageStepType {
  @Field(() => NeedStage)
  stage!: NeedStage;
  @Field(() => GraphQLISODateTime)
  at!: Date;
}

@ObjectType('Need')
export class NeedType {
  @Field(() => ID)
  id!: string;
  @Field(() => ID)
  companyId!: string;
  @Field(() => [NeedKind])
  kinds!: NeedKind[];
  @Field(() => String)
  title!: string;
  @Field(() => String)
  description!: string;
  @Field(() => String, { nullable: true })
  municipalityCode!: string | null;
  @Field(() => Float, { nullable: true })
  latitude!: number | null;
  @Field(() => Float, { nullable: true })
  longitude!: number | null;
  @Field(() => Boolean)
  remote!: boolean;
  @Field(() => Int)
  positions!: number;
  @Field(() => Int, { nullable: true })
  hoursMin!: number | null;
  @Field(() => Int, { nullable: true })
  hoursMax!: number | null;
  @Field(() => Int, { nullable: true, description: 'Lowest pay in whole euros per payUnit.' })
  payMin!: number | null;
  @Field(() => Int, { nullable: true, description: 'Highest pay in whole euros per payUnit.' })
  payMax!: number | null;
  @Field(() => PayUnit, { nullable: true })
  payUnit!: PayUnit | null;
  @Field(() => Boolean)
  partTimePossible!: boolean;
  @Field(() => String, { nullable: true })
  startDate!: string | null;
  @Field(() => Int, { nullable: true })
  durationMonths!: number | null;
  @Field(() => String, { nullable: true })
  occupationUri!: string | null;
  @Field(() => String, { nullable: true })
  occupationLabel!: string | null;
  @Field(() => [NeedSkillType])
  skills!: NeedSkillType[];
  @Field(() => [NeedLanguageType])
  languages!: NeedLanguageType[];
  @Field(() => String, { nullable: true })
  drivingLicence!: string | null;
  @Field(() => [Adjustment])
  adjustmentsOffered!: Adjustment[];
  @Field(() => [Measure])
  measuresOpenTo!: Measure[];
  @Field(() => Boolean)
  openToPrecisionCapable!: boolean;
  @Field(() => Boolean)
  anonymousRecruitment!: boolean;
  @Field(() => NeedVisibility)
  visibility!: NeedVisibility;
  @Field(() => NeedStage)
  stage!: NeedStage;
  @Field(() => [NeedStageStepType])
  stageHistory!: NeedStageStepType[];
  @Field(() => [NeedTaskType], { description: 'The role as tasks (carved role); empty when not described so.' })
  tasks!: NeedTaskType[];
  @Field(() => GraphQLISODateTime)
  updatedAt!: Date;
}

@ObjectType('SuggestedService', { description: 'A published service that fits the need, and why.' })
export class SuggestedServiceType {
  @Field(() => ServiceType)
  service!: ServiceType;
  @Field(() => [String])
  reasons!: string[];
}
