import { Field, InputType } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsString, Length, Matches } from 'class-validator';
import { Taxonomy } from '../entities/taxonomy-term.entity';

/** A term's labels: Finnish required, Swedish and English optional. */
@InputType({ isAbstract: true })
abstract class TaxonomyLabelsInput {
  @Field(() => String)
  @IsString()
  @Length(2, 200)
  labelFi!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @Length(2, 200)
  labelSv?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @Length(2, 200)
  labelEn?: string | null;
}

@InputType()
export class TaxonomyTermInput extends TaxonomyLabelsInput {
  @Field(() => Taxonomy)
  @IsEnum(Taxonomy)
  taxonomy!: Taxonomy;

  @Field(() => String)
  @Matches(/^[A-Z][A-Z0-9_]{1,59}$/, { message: 'code must be UPPER_SNAKE_CASE such as PAY_SUBSIDY' })
  code!: string;
}

/** New labels of a term; its code and taxonomy stay. An omitted or null Swedish or English label is cleared. */
@InputType()
export class UpdateTaxonomyTermInput extends TaxonomyLabelsInput {}
