import { Field, GraphQLISODateTime, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsBoolean, IsDate, IsEnum, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { CoordinatorStatus, EmployerStatus } from '../candidate.enums';

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
