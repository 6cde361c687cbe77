import { Field, Float, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsBoolean, IsOptional, IsString, IsUUID, Length, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';

@InputType()
export class ProposalPriceInput {
  @Field(() => Float)
  @Min(0, { message: 'amount must not be negative' })
  @Max(10_000_000)
  amount!: number;

  @Field(() => String, { description: 'ISO 4217, e.g. EUR.' })
  @Matches(/^[A-Z]{3}$/, { message: 'currency must be a three-letter code such as EUR' })
  currency!: string;

  @Field(() => String, { nullable: true, description: 'e.g. "per osallistuja" or "kokonaishinta".' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  unit?: string;
}

@InputType()
export class ProposeServicesInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'needId must be an id' })
  needId!: string;

  @Field(() => [ID], { description: "One or more of your organisation's published services." })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  @ArrayUnique()
  @IsUUID('all', { each: true, message: 'each service id must be an id' })
  serviceIds!: string[];

  @Field(() => String)
  @IsString()
  @Length(10, 2000)
  message!: string;

  @Field(() => ProposalPriceInput, { nullable: true, description: 'Required for charged services.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => ProposalPriceInput)
  price?: ProposalPriceInput;
}

@InputType()
export class AnswerProposalInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'proposalId must be an id' })
  proposalId!: string;

  @Field(() => Boolean)
  @IsBoolean()
  accept!: boolean;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  reason?: string;
}

@InputType()
export class ForwardNeedInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'needId must be an id' })
  needId!: string;

  @Field(() => ID, { description: 'The provider organisation.' })
  @IsUUID('all', { message: 'providerId must be an id' })
  providerId!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  message?: string;
}
