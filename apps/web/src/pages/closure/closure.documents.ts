import { graphql } from '../../gql';

/** Candidates of the area's needs waiting for a closure longer than the threshold, longest first. */
export const CandidatesAwaitingClosureQuery = graphql(`
  query CandidatesAwaitingClosure($first: Int, $after: String, $olderThanDays: Int) {
    candidatesAwaitingClosure(first: $first, after: $after, olderThanDays: $olderThanDays) {
      totalCount
      pageInfo {
        ...PageInfoFields
      }
      edges {
        cursor
        node {
          candidateId
          needId
          needTitle
          companyName
          pseudonym
          state
          employerStatus
          since
          daysWaiting
        }
      }
    }
  }
`);
