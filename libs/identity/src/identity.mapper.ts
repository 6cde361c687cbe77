import { DevUserType, MembershipType, MeType, OrganizationType_ } from './dto/identity.types';
import { UserType } from './dto/user-admin.types';
import { Organization } from './entities/organization.entity';
import { UserWithMemberships } from './identity.service';

export const toOrganizationType = (o: Organization): OrganizationType_ => ({
  id: o.id,
  name: o.name,
  sector: o.sector,
  type: o.type,
  businessId: o.businessId,
  website: o.website,
  email: o.email,
  phone: o.phone,
  homeMunicipalityCode: o.homeMunicipalityCode,
  employmentAreaId: o.employmentAreaId,
});

export const toMeType = ({ user, memberships }: UserWithMemberships): MeType => ({
  id: user.id,
  email: user.email,
  displayName: user.displayName,
  roles: [...new Set(memberships.map((m) => m.role))],
  memberships: memberships.map(
    (m): MembershipType => ({ id: m.id, role: m.role, organization: m.organization ? toOrganizationType(m.organization) : null }),
  ),
});

/** A user as platform admins see them in the user list. */
export const toUserType = ({ user, memberships }: UserWithMemberships): UserType => ({ ...toMeType({ user, memberships }) });

export const toDevUserType = ({ user, memberships }: UserWithMemberships): DevUserType => ({
  email: user.email,
  displayName: user.displayName,
  roles: [...new Set(memberships.map((m) => m.role))],
  organizations: [...new Set(memberships.flatMap((m) => (m.organization ? [m.organization.name] : [])))],
});
