import { Field, InputType } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsString, Length, Matches } from 'class-validator';
import { Taxonomy } from '../entities/taxonomy-term.entity';

@InputType()
export class TaxonomyTermInput {
  @Field(() => Taxonomy)
  @IsEnum(Taxonomy)
  taxonomy!: Taxonomy;

  @Field(() => String)
  @Matches(/^[A-Z][A-Z0-9_]{1,59}$/, { message: 'code must be UPPER_SNAKE_CASE such as PAY_SUBSIDY' })
  code!: string;

  @Field(() => String)
  @IsString()
  @Length(2, 200)
  labelFi!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @Length(2, 200)
  labelSv?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @Length(2, 200)
  labelEn?: string;
}
