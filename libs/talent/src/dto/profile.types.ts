import { Field, Float, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { Adjustment, LanguageLevel } from '@ytmt/needs';
import { ConsentAction, ConsentScope, EducationLevel } from '../talent.enums';

@ObjectType()
export class EscoConceptRef {
  @Field(() => String) uri!: string;
  @Field(() => String) label!: string;
}

@ObjectType()
export class ProfileLanguageType {
  @Field(() => String) language!: string;
  @Field(() => LanguageLevel) level!: LanguageLevel;
}

@ObjectType({ description: 'Functional capability per demand dimension (0 … 3) and the adjustments needed.' })
export class WorkAbilityType {
  @Field(() => Int) physicalStrain!: number;
  @Field(() => Int) standingWalking!: number;
  @Field(() => Int) lifting!: number;
  @Field(() => Int) cognitiveLoad!: number;
  @Field(() => Int) customerInteraction!: number;
  @Field(() => Int) timePressure!: number;
  @Field(() => [Adjustment]) adjustmentsNeeded!: Adjustment[];
}

@ObjectType()
export class ConsentType {
  @Field(() => ConsentScope) scope!: ConsentScope;
  @Field(() => Boolean, { description: 'Granted, not withdrawn and not expired.' }) active!: boolean;
  @Field(() => GraphQLISODateTime, { nullable: true }) grantedAt!: Date | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) expiresAt!: Date | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) withdrawnAt!: Date | null;
}

@ObjectType()
export class ConsentEventType {
  @Field(() => ConsentScope) scope!: ConsentScope;
  @Field(() => ConsentAction) action!: ConsentAction;
  @Field(() => GraphQLISODateTime, { nullable: true }) expiresAt!: Date | null;
  @Field(() => GraphQLISODateTime) at!: Date;
  @Field(() => Boolean, { description: 'Done by the jobseeker (false: expired by the platform).' }) byJobseeker!: boolean;
}

@ObjectType()
export class JobseekerIdentityType {
  @Field(() => String) firstName!: string;
  @Field(() => String) lastName!: string;
  @Field(() => String, { nullable: true }) email!: string | null;
  @Field(() => String, { nullable: true }) phone!: string | null;
}

@ObjectType({ description: 'A pseudonymous jobseeker profile; identity only through the identity field.' })
export class JobseekerProfileType {
  @Field(() => ID) id!: string;
  @Field(() => String) pseudonym!: string;
  @Field(() => [EscoConceptRef]) skills!: EscoConceptRef[];
  @Field(() => [EscoConceptRef]) occupations!: EscoConceptRef[];
  @Field(() => [EscoConceptRef]) wishedOccupations!: EscoConceptRef[];
  @Field(() => String, { nullable: true }) homeMunicipalityCode!: string | null;
  @Field(() => Float, { nullable: true }) homeLatitude!: number | null;
  @Field(() => Float, { nullable: true }) homeLongitude!: number | null;
  @Field(() => Int, { nullable: true }) commuteRadiusKm!: number | null;
  @Field(() => [String]) acceptableMunicipalityCodes!: string[];
  @Field(() => Boolean) remoteOk!: boolean;
  @Field(() => Int, { nullable: true }) hoursMin!: number | null;
  @Field(() => Int, { nullable: true }) hoursMax!: number | null;
  @Field(() => [ProfileLanguageType]) languages!: ProfileLanguageType[];
  @Field(() => [String]) drivingLicences!: string[];
  @Field(() => EducationLevel, { nullable: true }) educationLevel!: EducationLevel | null;
  @Field(() => WorkAbilityType, { nullable: true }) workAbility!: WorkAbilityType | null;
  @Field(() => [ConsentType], { description: 'One entry per scope.' }) consents!: ConsentType[];
  @Field(() => [ConsentEventType]) consentHistory!: ConsentEventType[];
  @Field(() => GraphQLISODateTime) updatedAt!: Date;
}
