import { graphql } from '../../gql';

export const AreaNeedsQuery = graphql(`
  query AreaNeeds($query: String, $filter: NeedSearchFilter, $first: Int) {
    searchNeeds(query: $query, filter: $filter, first: $first) {
      totalCount
      edges {
        node {
          id
          title
          companyName
          kinds
          stage
          municipalityCode
          occupationLabel
          openToPrecisionCapable
          updatedAt
          visibility
        }
      }
      facets {
        kind {
          value
          label
          count
        }
        municipality {
          value
          label
          count
        }
        stage {
          value
          label
          count
        }
      }
    }
  }
`);

export const AreaNeedQuery = graphql(`
  query AreaNeed($id: ID!) {
    need(id: $id) {
      id
      companyId
      title
      description
      kinds
      stage
      updatedAt
      positions
      startDate
      municipalityCode
      remote
      hoursMin
      hoursMax
      occupationLabel
      openToPrecisionCapable
      visibility
      measuresOpenTo
      adjustmentsOffered
    }
  }
`);

export const AreaNeedCompanyQuery = graphql(`
  query AreaNeedCompany($id: ID!) {
    company(id: $id) {
      id
      name
    }
  }
`);

export const AreaNeedForwardsQuery = graphql(`
  query AreaNeedForwards($needId: ID!) {
    needForwards(needId: $needId) {
      id
      providerId
      providerName
      message
      createdAt
    }
  }
`);

/** Services available where the work is: their providers are who a need can be handed to. */
export const AreaNeedProvidersQuery = graphql(`
  query AreaNeedProviders($filter: ServiceFilter) {
    searchServices(filter: $filter, first: 100) {
      edges {
        node {
          service {
            id
            provider {
              id
              name
            }
          }
        }
      }
    }
  }
`);

export const AreaForwardNeedMutation = graphql(`
  mutation AreaForwardNeed($input: ForwardNeedInput!) {
    forwardNeed(input: $input) {
      id
      providerId
      providerName
      message
      createdAt
    }
  }
`);
