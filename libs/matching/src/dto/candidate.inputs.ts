import { ArgsType, Field, GraphQLISODateTime, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsBoolean, IsDate, IsEnum, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { PageArgsWithDefault } from '@ytmt/core';
import { CandidacyProgress, CoordinatorStatus, EmployerStatus } from '../candidate.enums';

/** The longest reason a coordinator or employer may give for a closure. */
export const CLOSURE_REASON_MAX = 300;

@InputType()
export class CandidateRefInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'needId must be an id' })
  needId!: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'profileId must be an id' })
  profileId!: string;
}

@InputType()
export class SetCandidateStatusInput extends CandidateRefInput {
  @Field(() => CoordinatorStatus)
  @IsEnum(CoordinatorStatus)
  status!: CoordinatorStatus;

  @Field(() => String, { nullable: true, description: `Shown to the jobseeker when NOT_RELEVANT or NOT_INTERESTED closes a candidacy they know of; at most ${CLOSURE_REASON_MAX} characters.` })
  @IsOptional()
  @IsString()
  @MaxLength(CLOSURE_REASON_MAX, { message: `reason must be at most ${CLOSURE_REASON_MAX} characters` })
  reason?: string;
}

@InputType()
export class RequestShareInput extends CandidateRefInput {
  @Field(() => GraphQLISODateTime, { description: 'Until when the jobseeker may answer.' })
  @Type(() => Date)
  @IsDate({ message: 'deadline must be a date-time' })
  deadline!: Date;

  @Field(() => String, { nullable: true, description: 'Shown to the jobseeker with the request.' })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  message?: string;
}

@InputType()
export class SetEmployerStatusInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'candidateId must be an id' })
  candidateId!: string;

  @Field(() => EmployerStatus)
  @IsEnum(EmployerStatus)
  status!: EmployerStatus;

  @Field(() => String, { nullable: true, description: `Shown to the jobseeker with NOT_SELECTED or HIRED; at most ${CLOSURE_REASON_MAX} characters.` })
  @IsOptional()
  @IsString()
  @MaxLength(CLOSURE_REASON_MAX, { message: `reason must be at most ${CLOSURE_REASON_MAX} characters` })
  reason?: string;
}

@InputType()
export class RecordCandidacyProgressInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'candidateId must be an id' })
  candidateId!: string;

  @Field(() => CandidacyProgress)
  @IsEnum(CandidacyProgress, { message: 'progress must be a CandidacyProgress' })
  progress!: CandidacyProgress;
}

@ArgsType()
export class AwaitingClosureArgs extends PageArgsWithDefault(50) {
  @Field(() => Int, { nullable: true, defaultValue: 14, description: 'Only candidacies waiting longer than this many days (0–365).' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(365)
  olderThanDays?: number;
}

@InputType()
export class AnswerShareRequestInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be an id' })
  id!: string;

  @Field(() => Boolean)
  @IsBoolean()
  accept!: boolean;
}
