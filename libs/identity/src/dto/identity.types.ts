import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ConnectionType, Role } from '@ytmt/core';
import { OrganizationType, Sector } from '../entities/organization.entity';

registerEnumType(Role, { name: 'Role' });
registerEnumType(Sector, { name: 'Sector' });
registerEnumType(OrganizationType, { name: 'OrganizationType' });

@ObjectType('Organization')
export class OrganizationType_ {
  @Field(() => ID)
  id!: string;
  @Field(() => String)
  name!: string;
  @Field(() => Sector)
  sector!: Sector;
  @Field(() => OrganizationType)
  type!: OrganizationType;
  @Field(() => String, { nullable: true, description: 'Y-tunnus.' })
  businessId!: string | null;
  @Field(() => String, { nullable: true })
  website!: string | null;
  @Field(() => String, { nullable: true })
  email!: string | null;
  @Field(() => String, { nullable: true })
  phone!: string | null;
  @Field(() => String, { nullable: true })
  homeMunicipalityCode!: string | null;
  @Field(() => ID, { nullable: true })
  employmentAreaId!: string | null;
}

@ObjectType('OrganizationConnection')
export class OrganizationConnection extends ConnectionType(OrganizationType_, 'Organization') {}

@ObjectType('Membership')
export class MembershipType {
  @Field(() => ID)
  id!: string;
  @Field(() => Role)
  role!: Role;
  @Field(() => OrganizationType_, { nullable: true })
  organization!: OrganizationType_ | null;
}

/** A user with their roles and memberships: the fields Me and User share. */
@ObjectType({ isAbstract: true })
export abstract class UserWithMembershipsFields {
  @Field(() => ID)
  id!: string;
  @Field(() => String)
  email!: string;
  @Field(() => String)
  displayName!: string;
  @Field(() => [Role])
  roles!: Role[];
  @Field(() => [MembershipType])
  memberships!: MembershipType[];
}

@ObjectType('Me')
export class MeType extends UserWithMembershipsFields {}

@ObjectType('DevUser', { description: 'Development only: a seeded demo user.' })
export class DevUserType {
  @Field(() => String)
  email!: string;
  @Field(() => String)
  displayName!: string;
  @Field(() => [Role])
  roles!: Role[];
  @Field(() => [String])
  organizations!: string[];
}

@ObjectType('DevLoginPayload')
export class DevLoginPayload {
  @Field(() => String, { description: 'Send as `Authorization: Bearer <token>`.' })
  token!: string;
  @Field(() => DevUserType)
  user!: DevUserType;
}
