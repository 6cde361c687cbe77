import { Field, GraphQLISODateTime, ID, InputType, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsDate, IsEmail, IsEnum, IsOptional, IsString, IsUUID, Length, Matches, MaxLength } from 'class-validator';
import { InteractionKind, InteractionVisibility } from '../entities/crm-record.entity';

registerEnumType(InteractionKind, { name: 'InteractionKind' });
registerEnumType(InteractionVisibility, {
  name: 'InteractionVisibility',
  valuesMap: {
    AREA_ONLY: { description: "Only the author's employment area sees it." },
    SHARED: { description: 'Every employment area that sees the company sees it.' },
  },
});

export const CRM_TEXT_LIMIT = 2000;

@InputType({ description: "A contact person: only what the coordinators' work needs." })
export class ContactPersonInput {
  @Field(() => String)
  @IsString()
  @Length(2, 200)
  name!: string;

  @Field(() => String, { nullable: true, description: 'Role at the company, e.g. henkilöstöpäällikkö.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  title?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsEmail()
  @MaxLength(320)
  email?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^\+?[0-9 ()-]{5,20}$/, { message: 'phone must be a phone number such as 040 123 4567' })
  phone?: string;
}

@InputType()
export class InteractionInput {
  @Field(() => InteractionKind)
  @IsEnum(InteractionKind)
  kind!: InteractionKind;

  @Field(() => GraphQLISODateTime)
  @Type(() => Date)
  @IsDate()
  occurredAt!: Date;

  @Field(() => String, { description: 'What was discussed. No personal data about jobseekers.' })
  @IsString()
  @Length(2, CRM_TEXT_LIMIT)
  summary!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(CRM_TEXT_LIMIT)
  outcome?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(CRM_TEXT_LIMIT)
  nextStep?: string;

  @Field(() => InteractionVisibility)
  @IsEnum(InteractionVisibility)
  visibility!: InteractionVisibility;
}

@InputType()
export class FollowUpTaskInput {
  @Field(() => String)
  @IsString()
  @Length(2, 300)
  title!: string;

  @Field(() => GraphQLISODateTime)
  @Type(() => Date)
  @IsDate()
  dueAt!: Date;

  @Field(() => ID, { nullable: true, description: 'A coordinator of an area that sees the company; default: you.' })
  @IsOptional()
  @IsUUID()
  assigneeUserId?: string;
}
