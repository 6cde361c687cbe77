import { graphql } from '../../gql';

export const MyShareRequestsQuery = graphql(`
  query MyShareRequests {
    myShareRequests {
      id
      companyName
      needTitle
      needMunicipalityCode
      message
      wouldShare
      requestedAt
      deadline
      answeredAt
      status
      presentedAt
      closure {
        outcome
        at
        reason
      }
    }
  }
`);

export const AnswerShareRequestMutation = graphql(`
  mutation AnswerShareRequest($input: AnswerShareRequestInput!) {
    answerShareRequest(input: $input) {
      id
      status
      answeredAt
    }
  }
`);

export const RevokeShareRequestMutation = graphql(`
  mutation RevokeShareRequest($id: ID!) {
    revokeShareRequest(id: $id) {
      id
      status
    }
  }
`);

export const MyPersonalDataExportQuery = graphql(`
  query MyPersonalDataExport {
    myPersonalDataExport
  }
`);

export const EraseMyJobseekerProfileMutation = graphql(`
  mutation EraseMyJobseekerProfile($confirm: Boolean!) {
    eraseMyJobseekerProfile(confirm: $confirm) {
      erased
      candidaciesKept
      accountDeleted
    }
  }
`);
