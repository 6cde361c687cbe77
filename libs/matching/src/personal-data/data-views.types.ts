import { ArgsType, Field, GraphQLISODateTime, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ConnectionType, PageArgsWithDefault, Role } from '@ytmt/core';

/** What an event about the jobseeker's profile concerned, in the words the jobseeker reads. */
export enum DataViewKind {
  /** The profile (skills, wishes, work ability) was opened. */
  PROFILE = 'PROFILE',
  /** The profile was created or changed. */
  PROFILE_CHANGE = 'PROFILE_CHANGE',
  /** The name and contact details were read. */
  IDENTITY = 'IDENTITY',
  /** The jobseeker was shown in a need's candidate list (pseudonymous). */
  CANDIDATE_LIST = 'CANDIDATE_LIST',
  /** An employer opened the anonymous candidate card. */
  CANDIDATE_CARD = 'CANDIDATE_CARD',
  /** An employer opened the candidate card with name and contact details (after an accepted share request). */
  IDENTIFIED_CANDIDATE_CARD = 'IDENTIFIED_CANDIDATE_CARD',
  /** A copy of all personal data was exported. */
  EXPORT = 'EXPORT',
  /** A share request was revoked. */
  SHARE_REVOKED = 'SHARE_REVOKED',
  OTHER = 'OTHER',
}
registerEnumType(DataViewKind, { name: 'DataViewKind', description: 'What an event about the jobseeker’s profile concerned.' });

export const DATA_VIEWS_DEFAULT_PAGE_SIZE = 50;

@ArgsType()
export class DataViewsArgs extends PageArgsWithDefault(DATA_VIEWS_DEFAULT_PAGE_SIZE) {}

@ObjectType('DataViewType', { description: 'One event about the signed-in jobseeker’s data: which organisation and role, when, for which need. Never the person who acted.' })
export class DataViewType {
  @Field(() => ID) id!: string;
  @Field(() => GraphQLISODateTime) at!: Date;
  @Field(() => DataViewKind) kind!: DataViewKind;
  @Field(() => String, { nullable: true, description: 'The organisation the actor acted for; null when unknown or for your own actions.' })
  organizationName!: string | null;
  @Field(() => Role, { nullable: true, description: 'The actor’s role at that organisation at the time; null when unknown or for your own actions.' })
  role!: Role | null;
  @Field(() => ID, { nullable: true }) needId!: string | null;
  @Field(() => String, { nullable: true, description: 'Null when the event concerned no need or the need no longer exists.' })
  needTitle!: string | null;
  @Field(() => Boolean, { description: 'You did this yourself.' }) byYou!: boolean;
}

@ObjectType('DataViewConnection')
export class DataViewConnection extends ConnectionType(DataViewType, 'DataView') {}
