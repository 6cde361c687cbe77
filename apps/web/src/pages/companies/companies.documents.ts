import { graphql } from '../../gql';

export const MyCompaniesQuery = graphql(`
  query MyCompanies($first: Int, $after: String, $filter: CompanyFilter) {
    myCompanies(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        ...PageInfoFields
      }
      edges {
        node {
          id
          name
          businessId
          homeMunicipalityCode
          homeEmploymentAreaId
          verificationStatus
          sizeClass
          industry {
            ...IndustryFields
          }
          crm {
            tags
            responsibleCoordinators {
              userId
              displayName
            }
          }
        }
      }
    }
  }
`);

/** The signed-in staff member's organisation: its employment area decides what they may do. */
export const MyAreaQuery = graphql(`
  query MyArea($organizationId: ID!) {
    organization(id: $organizationId) {
      id
      employmentAreaId
    }
    employmentAreas {
      id
      nameFi
      nameSv
    }
  }
`);

export const CompanyCrmQuery = graphql(`
  query CompanyCrm($id: ID!) {
    company(id: $id) {
      ...CompanyProfileFields
      homeEmploymentAreaId
      verifiedAt
      crm {
        tags
        sharedWithEmploymentAreaIds
        responsibleCoordinators {
          userId
          displayName
        }
      }
      transfers {
        id
        at
        fromMunicipalityCode
        toMunicipalityCode
        reason
      }
    }
  }
`);

export const CompanyContactsQuery = graphql(`
  query CompanyContacts($companyId: ID!) {
    companyContacts(companyId: $companyId) {
      id
      name
      title
      email
      phone
      updatedAt
    }
  }
`);

export const CompanyInteractionsQuery = graphql(`
  query CompanyInteractions($companyId: ID!) {
    companyInteractions(companyId: $companyId) {
      id
      kind
      occurredAt
      summary
      outcome
      nextStep
      visibility
      authorEmploymentAreaId
    }
  }
`);

export const CompanyNeedsQuery = graphql(`
  query CompanyNeedsForCoordinator($companyId: ID!) {
    companyNeeds(companyId: $companyId) {
      id
      title
      stage
      updatedAt
    }
  }
`);

export const MyTasksQuery = graphql(`
  query MyTasks($before: DateTime, $includeDone: Boolean) {
    myTasksDue(before: $before, includeDone: $includeDone) {
      id
      title
      dueAt
      done
      doneAt
      overdue
      companyId
      companyName
    }
  }
`);

export const AddCompanyContactMutation = graphql(`
  mutation AddCompanyContact($companyId: ID!, $input: ContactPersonInput!) {
    addCompanyContact(companyId: $companyId, input: $input) {
      id
    }
  }
`);

export const RemoveCompanyContactMutation = graphql(`
  mutation RemoveCompanyContact($id: ID!) {
    removeCompanyContact(id: $id)
  }
`);

export const LogInteractionMutation = graphql(`
  mutation LogInteraction($companyId: ID!, $input: InteractionInput!) {
    logInteraction(companyId: $companyId, input: $input) {
      id
    }
  }
`);

export const CreateFollowUpTaskMutation = graphql(`
  mutation CreateFollowUpTask($companyId: ID!, $input: FollowUpTaskInput!) {
    createFollowUpTask(companyId: $companyId, input: $input) {
      id
    }
  }
`);

export const SetFollowUpTaskDoneMutation = graphql(`
  mutation SetFollowUpTaskDone($id: ID!, $done: Boolean!) {
    setFollowUpTaskDone(id: $id, done: $done) {
      id
      done
    }
  }
`);

export const TagCompanyMutation = graphql(`
  mutation TagCompany($companyId: ID!, $tag: String!) {
    tagCompany(companyId: $companyId, tag: $tag) {
      id
    }
  }
`);

export const UntagCompanyMutation = graphql(`
  mutation UntagCompany($companyId: ID!, $tag: String!) {
    untagCompany(companyId: $companyId, tag: $tag) {
      id
    }
  }
`);

export const AssignCoordinatorMutation = graphql(`
  mutation AssignResponsibleCoordinator($companyId: ID!, $coordinatorEmail: String!) {
    assignResponsibleCoordinator(companyId: $companyId, coordinatorEmail: $coordinatorEmail) {
      id
    }
  }
`);

export const UnassignCoordinatorMutation = graphql(`
  mutation UnassignResponsibleCoordinator($companyId: ID!, $coordinatorUserId: ID!) {
    unassignResponsibleCoordinator(companyId: $companyId, coordinatorUserId: $coordinatorUserId) {
      id
    }
  }
`);

export const MyAreaCoordinatorsQuery = graphql(`
  query MyAreaCoordinators {
    myAreaCoordinators {
      userId
      displayName
    }
  }
`);

export const ShareCompanyMutation = graphql(`
  mutation ShareCompany($companyId: ID!, $employmentAreaId: ID!) {
    shareCompany(companyId: $companyId, employmentAreaId: $employmentAreaId) {
      id
    }
  }
`);

export const UnshareCompanyMutation = graphql(`
  mutation UnshareCompany($companyId: ID!, $employmentAreaId: ID!) {
    unshareCompany(companyId: $companyId, employmentAreaId: $employmentAreaId) {
      id
    }
  }
`);

export const VerifyCompanyMutation = graphql(`
  mutation VerifyCompany($companyId: ID!) {
    verifyCompany(companyId: $companyId) {
      id
      verificationStatus
    }
  }
`);

export const TransferCompanyMutation = graphql(`
  mutation TransferCompany($companyId: ID!, $input: TransferCompanyInput!) {
    transferCompany(companyId: $companyId, input: $input) {
      id
    }
  }
`);

export const CreateCompanyForCustomerMutation = graphql(`
  mutation CreateCompanyForCustomer($input: CompanyInput!) {
    createCompanyForCustomer(input: $input) {
      id
    }
  }
`);

export const UpdateCompanyAccountMutation = graphql(`
  mutation UpdateCompanyAccount($id: ID!, $input: UpdateCompanyInput!) {
    updateCompany(id: $id, input: $input) {
      id
    }
  }
`);
