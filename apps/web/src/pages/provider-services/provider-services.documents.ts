import { graphql } from '../../gql';

/** Everything the provider's pages show of one service: the form's values, its state and its pending edit. */
export const ProviderServiceFields = graphql(`
  fragment ProviderServiceFields on Service {
    ...ServiceDetailFields
    status
    rejectionReason
    submittedAt
    publishedAt
    archivedAt
    updatedAt
    categories {
      ...TaxonomyTermLabelFields
    }
    targetGroups {
      code
    }
    locations {
      ...ServiceLocationFields
      latitude
      longitude
    }
    provider {
      id
      name
      sector
    }
    revision {
      id
      status
      createdAt
      decidedAt
      rejectionReason
      changes {
        fieldName
      }
    }
  }
`);

export const MyServicesQuery = graphql(`
  query MyServices {
    myServices {
      id
      status
      rejectionReason
      updatedAt
      name {
        fi
        sv
        en
      }
      revision {
        id
        status
      }
    }
  }
`);

export const ProviderServiceQuery = graphql(`
  query ProviderService($id: ID!) {
    service(id: $id) {
      ...ProviderServiceFields
    }
  }
`);

export const ProviderServiceHistoryQuery = graphql(`
  query ProviderServiceHistory($id: ID!) {
    serviceHistory(id: $id) {
      id
      fieldName
      actionType
      changedAt
      previousValue
      newValue
    }
  }
`);

export const CreateServiceMutation = graphql(`
  mutation CreateProviderService($input: ServiceInput!) {
    createService(input: $input) {
      ...ProviderServiceFields
    }
  }
`);

export const UpdateServiceMutation = graphql(`
  mutation UpdateProviderService($id: ID!, $input: ServiceInput!) {
    updateService(id: $id, input: $input) {
      ...ProviderServiceFields
    }
  }
`);

export const SubmitServiceMutation = graphql(`
  mutation SubmitProviderService($id: ID!) {
    submitService(id: $id) {
      id
      status
      submittedAt
    }
  }
`);

export const ArchiveServiceMutation = graphql(`
  mutation ArchiveProviderService($id: ID!) {
    archiveService(id: $id) {
      id
      status
      archivedAt
    }
  }
`);

export const WithdrawServiceRevisionMutation = graphql(`
  mutation WithdrawProviderServiceRevision($id: ID!) {
    withdrawServiceRevision(id: $id) {
      id
      status
    }
  }
`);

export const ProviderOrganizationQuery = graphql(`
  query ProviderOrganization($id: ID!) {
    organization(id: $id) {
      id
      name
      type
      sector
      businessId
      homeMunicipalityCode
      email
      phone
      website
    }
  }
`);

export const UpdateOrganizationContactDetailsMutation = graphql(`
  mutation UpdateProviderOrganizationContact($id: ID!, $input: OrganizationContactDetailsInput!) {
    updateOrganizationContactDetails(id: $id, input: $input) {
      id
      email
      phone
      website
    }
  }
`);
