import { Field, InputType } from '@nestjs/graphql';
import { IsEmail, IsUrl, Matches, MaxLength, ValidateIf } from 'class-validator';

/**
 * An organisation's contact details: all its own users may change. Name, type, sector, business id
 * and home municipality are the platform admins' (updateProvider). Omitted fields stay; null clears.
 */
@InputType()
export class OrganizationContactDetailsInput {
  @Field(() => String, { nullable: true })
  @ValidateIf((_, value) => value !== undefined && value !== null)
  @IsUrl({ require_protocol: true, protocols: ['http', 'https'] })
  @MaxLength(500)
  website?: string | null;

  @Field(() => String, { nullable: true, description: "The organisation's general e-mail, not a person's." })
  @ValidateIf((_, value) => value !== undefined && value !== null)
  @IsEmail()
  @MaxLength(320)
  email?: string | null;

  @Field(() => String, { nullable: true, description: "The organisation's switchboard, not a person's." })
  @ValidateIf((_, value) => value !== undefined && value !== null)
  @Matches(/^\+?[0-9 ()-]{5,20}$/, { message: 'phone must be a phone number such as 03 814 2000' })
  phone?: string | null;
}
