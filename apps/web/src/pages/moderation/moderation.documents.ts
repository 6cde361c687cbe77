import { graphql } from '../../gql';

/** Submitted services waiting for the caller's areas (national ones for platform admins). */
export const ModerationQueueQuery = graphql(`
  query ModerationQueue {
    moderationQueue {
      id
      name {
        fi
        sv
        en
      }
      status
      submittedAt
      provider {
        id
        name
      }
      coverage {
        national
        employmentAreaIds
        municipalityCodes
      }
      approvedEmploymentAreaIds
    }
  }
`);

/** Edits of published services waiting for the caller's areas, the oldest first. */
export const ModerationRevisionQueueQuery = graphql(`
  query ModerationRevisionQueue {
    serviceRevisionQueue {
      id
      status
      canDecide
      createdAt
      requiresPlatformAdmin
      service {
        id
        name {
          fi
          sv
          en
        }
        provider {
          id
          name
        }
      }
      changes {
        fieldName
      }
    }
  }
`);

export const ModerationServiceQuery = graphql(`
  query ModerationService($id: ID!) {
    service(id: $id) {
      ...ServiceDetailFields
      status
      provider {
        id
        name
      }
      categories {
        id
        ...TaxonomyTermLabelFields
      }
      targetGroups {
        id
        ...TaxonomyTermLabelFields
      }
      locations {
        ...ServiceLocationFields
      }
      submittedAt
      rejectionReason
      approvedEmploymentAreaIds
    }
  }
`);

export const ModerationRevisionQuery = graphql(`
  query ModerationRevision($id: ID!) {
    serviceRevision(id: $id) {
      id
      status
      canDecide
      createdAt
      decidedAt
      rejectionReason
      requiresPlatformAdmin
      requiredEmploymentAreaIds
      approvedEmploymentAreaIds
      service {
        id
        status
        name {
          fi
          sv
          en
        }
        provider {
          id
          name
        }
      }
      changes {
        fieldName
        before
        after
      }
    }
  }
`);

/** Category and target group names for the codes a diff shows. */
export const ModerationTaxonomyQuery = graphql(`
  query ModerationTaxonomy {
    taxonomyTerms {
      ...TaxonomyTermLabelFields
      taxonomy
    }
  }
`);

export const ModerationApproveServiceMutation = graphql(`
  mutation ModerationApproveService($id: ID!) {
    approveService(id: $id) {
      id
      status
      approvedEmploymentAreaIds
    }
  }
`);

export const ModerationRejectServiceMutation = graphql(`
  mutation ModerationRejectService($id: ID!, $input: RejectServiceInput!) {
    rejectService(id: $id, input: $input) {
      id
      status
      rejectionReason
    }
  }
`);

export const ModerationApproveRevisionMutation = graphql(`
  mutation ModerationApproveRevision($id: ID!) {
    approveServiceRevision(id: $id) {
      id
      status
      approvedEmploymentAreaIds
    }
  }
`);

export const ModerationRejectRevisionMutation = graphql(`
  mutation ModerationRejectRevision($id: ID!, $input: RejectServiceInput!) {
    rejectServiceRevision(id: $id, input: $input) {
      id
      status
      rejectionReason
    }
  }
`);
