import { graphql } from '../../gql';

/** The company's users, as every query and change of them answers. */
export const CompanyUsersFields = graphql(`
  fragment CompanyUsersFields on Company {
    id
    users {
      userId
      displayName
      email
      role
    }
  }
`);

export const EmployerCompanyQuery = graphql(`
  query EmployerCompany($id: ID!) {
    company(id: $id) {
      ...CompanyProfileFields
      ...CompanyUsersFields
      invitations {
        id
        email
        role
        expiresAt
        expired
      }
    }
  }
`);

export const InviteCompanyUserMutation = graphql(`
  mutation InviteCompanyUser($companyId: ID!, $input: CompanyInvitationInput!) {
    inviteCompanyUser(companyId: $companyId, input: $input) {
      acceptPath
      invitation {
        id
        email
        role
      }
    }
  }
`);

export const RevokeCompanyInvitationMutation = graphql(`
  mutation RevokeCompanyInvitation($invitationId: ID!) {
    revokeCompanyInvitation(invitationId: $invitationId) {
      id
    }
  }
`);

/** An invitation link, for the person it is addressed to. */
export const CompanyInvitationQuery = graphql(`
  query CompanyInvitation($token: String!) {
    companyInvitation(token: $token) {
      id
      companyName
      role
      expiresAt
    }
  }
`);

export const AcceptCompanyInvitationMutation = graphql(`
  mutation AcceptCompanyInvitation($token: String!) {
    acceptCompanyInvitation(token: $token) {
      id
      companyId
      companyName
      role
    }
  }
`);

export const DeclineCompanyInvitationMutation = graphql(`
  mutation DeclineCompanyInvitation($token: String!) {
    declineCompanyInvitation(token: $token) {
      id
    }
  }
`);

export const RemoveCompanyUserMutation = graphql(`
  mutation RemoveCompanyUser($companyId: ID!, $email: String!) {
    removeCompanyUser(companyId: $companyId, email: $email) {
      ...CompanyUsersFields
    }
  }
`);

export const UpdateCompanyWebsiteMutation = graphql(`
  mutation UpdateCompanyWebsite($id: ID!, $input: UpdateCompanyInput!) {
    updateCompany(id: $id, input: $input) {
      id
      website
    }
  }
`);
