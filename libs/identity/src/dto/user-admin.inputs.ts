import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { PageArgs, PageArgsWithDefault, Role } from '@ytmt/core';
import { ArrayMaxSize, IsEnum, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { OrganizationType } from '../entities/organization.entity';

@ArgsType()
export class UsersArgs extends PageArgsWithDefault(50, { required: true }) {
  @Field(() => String, { nullable: true, description: 'Part of the name or e-mail address (case-insensitive).' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  search?: string;
}

@ArgsType()
export class OrganizationsArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: 'Part of the name (case-insensitive), or the exact business id.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  search?: string;

  @Field(() => [OrganizationType], { nullable: true, description: 'Only organisations of these types.' })
  @IsOptional()
  @ArrayMaxSize(20)
  @IsEnum(OrganizationType, { each: true })
  types?: OrganizationType[];
}

@InputType()
export class AddMembershipInput {
  @Field(() => ID)
  @IsUUID()
  userId!: string;

  @Field(() => Role)
  @IsEnum(Role)
  role!: Role;

  @Field(() => ID)
  @IsUUID()
  organizationId!: string;
}
