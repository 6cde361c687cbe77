import { Field, GraphQLISODateTime, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsDate, IsOptional, IsString, IsUUID, Length, Matches } from 'class-validator';

@InputType({ description: 'Filters of auditEvents; all optional and combined with AND.' })
export class AuditEventFilter {
  @Field(() => String, { nullable: true, description: 'The resource, e.g. a company id.' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  resourceId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  actorUserId?: string;

  @Field(() => String, { nullable: true, description: 'e.g. READ_CONTACT_PERSONS.' })
  @IsOptional()
  @Matches(/^[A-Z][A-Z0-9_]{1,59}$/, { message: 'action must be UPPER_SNAKE_CASE such as READ_CONTACT_PERSONS' })
  action?: string;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'From this time on (inclusive).' })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  from?: Date;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Before this time (exclusive).' })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  to?: Date;
}
