import { Field, GraphQLISODateTime, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ConnectionType } from '@ytmt/core';
import { OrganizationType, Sector } from '@ytmt/identity';
import { CompanyUserRole } from '../entities/company-parts.entity';
import { CompanySizeClass } from '../entities/company-profile.entity';
import { InteractionKind, InteractionVisibility } from '../entities/crm-record.entity';
import { CompanyVerificationMethod, CompanyVerificationStatus } from '../entities/company-verification';

registerEnumType(CompanyVerificationStatus, {
  name: 'CompanyVerificationStatus',
  valuesMap: {
    PENDING: { description: 'The right to act is not verified yet: needs stay inside the company, no candidates, no proposals.' },
    VERIFIED: { description: 'Verified by a mandate from the identity provider or by a coordinator of the home area.' },
  },
});
registerEnumType(CompanyVerificationMethod, { name: 'CompanyVerificationMethod' });

@ObjectType('CompanyInvitation', { description: 'An open invitation, for the company admins: the address only, never a name.' })
export class CompanyInvitationType {
  @Field(() => ID)
  id!: string;
  @Field(() => String)
  email!: string;
  @Field(() => CompanyUserRole)
  role!: CompanyUserRole;
  @Field(() => GraphQLISODateTime)
  createdAt!: Date;
  @Field(() => GraphQLISODateTime)
  expiresAt!: Date;
  @Field(() => Boolean, { description: 'Past its expiry: it can no longer be accepted; invite again.' })
  expired!: boolean;
}

@ObjectType('CompanyInvitationIssued', { description: 'A new invitation and its link, shown this once.' })
export class CompanyInvitationIssuedType {
  @Field(() => CompanyInvitationType)
  invitation!: CompanyInvitationType;
  @Field(() => String, { description: 'The secret of the link; only its hash is kept. Only the invited address can accept it.' })
  token!: string;
  @Field(() => String, { description: 'The web app path that accepts it, e.g. /invitations/<token>.' })
  acceptPath!: string;
}

@ObjectType('InvitationToCompany', { description: 'An invitation addressed to you.' })
export class InvitationToCompanyType {
  @Field(() => ID)
  id!: string;
  @Field(() => ID)
  companyId!: string;
  @Field(() => String)
  companyName!: string;
  @Field(() => CompanyUserRole)
  role!: CompanyUserRole;
  @Field(() => GraphQLISODateTime)
  expiresAt!: Date;
  @Field(() => Boolean)
  accepted!: boolean;
}

@ObjectType('CompanyTransfer', { description: "A move of the company's home to another municipality, made by coordinators of the area it left." })
export class CompanyTransferType {
  @Field(() => ID)
  id!: string;
  @Field(() => String)
  fromMunicipalityCode!: string;
  @Field(() => String)
  toMunicipalityCode!: string;
  @Field(() => ID, { nullable: true })
  fromEmploymentAreaId!: string | null;
  @Field(() => ID, { nullable: true })
  toEmploymentAreaId!: string | null;
  @Field(() => String)
  reason!: string;
  @Field(() => GraphQLISODateTime)
  at!: Date;
}

@ObjectType('Industry', { description: 'TOL 2008 toimiala.' })
export class IndustryType {
  @Field(() => String)
  section!: string;
  @Field(() => String, { nullable: true })
  sectionNameFi!: string | null;
  @Field(() => String, { nullable: true })
  code!: string | null;
}

@ObjectType('StaffMember', { description: 'A coordinator as other staff see them.' })
export class StaffMemberType {
  @Field(() => ID)
  userId!: string;
  @Field(() => String)
  displayName!: string;
}

@ObjectType('CompanyUser', { description: "A user of the company's own account." })
export class CompanyUserType {
  @Field(() => ID)
  userId!: string;
  @Field(() => String)
  email!: string;
  @Field(() => String)
  displayName!: string;
  @Field(() => CompanyUserRole)
  role!: CompanyUserRole;
}

@ObjectType('CompanyCrm', { description: 'How the employment areas work with the company: for their coordinators and area admins.' })
export class CompanyCrmType {
  @Field(() => [String])
  tags!: string[];
  @Field(() => [StaffMemberType])
  responsibleCoordinators!: StaffMemberType[];
  @Field(() => [ID], { description: 'Employment areas the home area has shared the account with.' })
  sharedWithEmploymentAreaIds!: string[];
}

@ObjectType('Company', { description: 'A company account: one per Y-tunnus, whichever areas work with it.' })
export class CompanyType {
  @Field(() => ID)
  id!: string;
  @Field(() => String)
  name!: string;
  @Field(() => String, { description: 'Y-tunnus.' })
  businessId!: string;
  @Field(() => OrganizationType)
  type!: OrganizationType;
  @Field(() => Sector)
  sector!: Sector;
  @Field(() => String, { nullable: true })
  website!: string | null;
  @Field(() => String, { nullable: true })
  email!: string | null;
  @Field(() => String, { nullable: true })
  phone!: string | null;
  @Field(() => IndustryType)
  industry!: IndustryType;
  @Field(() => CompanySizeClass)
  sizeClass!: CompanySizeClass;
  @Field(() => String)
  homeMunicipalityCode!: string;
  @Field(() => ID, { nullable: true, description: 'Null while the home municipality belongs to no known employment area.' })
  homeEmploymentAreaId!: string | null;
  @Field(() => [String])
  operatingMunicipalityCodes!: string[];
  @Field(() => CompanyCrmType, { nullable: true, description: 'Null unless you are a coordinator or area admin of an area that sees the company.' })
  crm!: CompanyCrmType | null;
  @Field(() => [CompanyUserType], { nullable: true, description: "Null unless you are one of the company's users." })
  users!: CompanyUserType[] | null;
  @Field(() => CompanyVerificationStatus, { description: 'PENDING until the right to act for the business is verified.' })
  verificationStatus!: CompanyVerificationStatus;
  @Field(() => CompanyVerificationMethod, { nullable: true })
  verificationMethod!: CompanyVerificationMethod | null;
  @Field(() => GraphQLISODateTime, { nullable: true })
  verifiedAt!: Date | null;
}

@ObjectType('CompanyConnection')
export class CompanyConnection extends ConnectionType(CompanyType, 'Company') {}

@ObjectType('ContactPerson')
export class ContactPersonType {
  @Field(() => ID)
  id!: string;
  @Field(() => ID)
  companyId!: string;
  @Field(() => String)
  name!: string;
  @Field(() => String, { nullable: true })
  title!: string | null;
  @Field(() => String, { nullable: true })
  email!: string | null;
  @Field(() => String, { nullable: true })
  phone!: string | null;
  @Field(() => GraphQLISODateTime)
  updatedAt!: Date;
}

@ObjectType('Interaction')
export class InteractionType {
  @Field(() => ID)
  id!: string;
  @Field(() => ID)
  companyId!: string;
  @Field(() => InteractionKind)
  kind!: InteractionKind;
  @Field(() => GraphQLISODateTime)
  occurredAt!: Date;
  @Field(() => String)
  summary!: string;
  @Field(() => String, { nullable: true })
  outcome!: string | null;
  @Field(() => String, { nullable: true })
  nextStep!: string | null;
  @Field(() => InteractionVisibility)
  visibility!: InteractionVisibility;
  @Field(() => ID, { nullable: true })
  authorUserId!: string | null;
  @Field(() => ID)
  authorEmploymentAreaId!: string;
}

@ObjectType('FollowUpTask')
export class FollowUpTaskType {
  @Field(() => ID)
  id!: string;
  @Field(() => ID)
  companyId!: string;
  @Field(() => String)
  companyName!: string;
  @Field(() => String)
  title!: string;
  @Field(() => GraphQLISODateTime)
  dueAt!: Date;
  @Field(() => ID)
  assigneeUserId!: string;
  @Field(() => Boolean)
  done!: boolean;
  @Field(() => GraphQLISODateTime, { nullable: true })
  doneAt!: Date | null;
  @Field(() => Boolean, { description: 'Not done and past its due time.' })
  overdue!: boolean;
}

@ObjectType('AuditDetail')
export class AuditDetailType {
  @Field(() => String)
  key!: string;
  @Field(() => String, { nullable: true })
  value!: string | null;
}

@ObjectType('AuditEvent', { description: 'Who did what, when. Holds ids only, never personal data.' })
export class AuditEventType {
  @Field(() => ID)
  id!: string;
  @Field(() => GraphQLISODateTime)
  at!: Date;
  @Field(() => ID, { nullable: true })
  actorUserId!: string | null;
  @Field(() => String)
  action!: string;
  @Field(() => String)
  resourceType!: string;
  @Field(() => String, { nullable: true })
  resourceId!: string | null;
  @Field(() => ID, { nullable: true })
  organizationId!: string | null;
  @Field(() => ID, { nullable: true, description: 'The employment area the actor acted for.' })
  employmentAreaId!: string | null;
  @Field(() => [AuditDetailType])
  details!: AuditDetailType[];
}

@ObjectType('AuditEventConnection')
export class AuditEventConnection extends ConnectionType(AuditEventType, 'AuditEvent') {}
