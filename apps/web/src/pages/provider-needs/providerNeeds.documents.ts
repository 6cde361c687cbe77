import { graphql } from '../../gql';

/** The organisation's published services: the ones it may propose. */
export const ProviderProposableServicesQuery = graphql(`
  query ProviderProposableServices {
    myServices(status: PUBLISHED) {
      id
      name {
        fi
        sv
        en
      }
      isFree
      costOptions {
        amount
        currency
        unit
      }
    }
  }
`);

/** Needs a coordinator handed to the organisation, with the coordinator's message. */
export const ProviderForwardedNeedsQuery = graphql(`
  query ProviderForwardedNeeds {
    forwardedNeeds {
      forward {
        id
        needId
        message
        createdAt
      }
      need {
        id
      }
    }
  }
`);

export const ProviderProposeServicesMutation = graphql(`
  mutation ProviderProposeServices($input: ProposeServicesInput!) {
    proposeServices(input: $input) {
      id
      serviceName
      status
    }
  }
`);

/** The organisation's proposals, newest first as the API gives them. */
export const ProviderMyProposalsQuery = graphql(`
  query ProviderMyProposals {
    myProposals {
      id
      needId
      needTitle
      serviceId
      serviceName
      message
      price {
        amount
        currency
        unit
      }
      status
      answerReason
      answeredAt
      createdAt
      withdrawnAt
    }
  }
`);

export const ProviderWithdrawProposalMutation = graphql(`
  mutation ProviderWithdrawProposal($proposalId: ID!) {
    withdrawProposal(proposalId: $proposalId) {
      id
      status
      withdrawnAt
    }
  }
`);
