import { graphql } from '../../gql';

/** What a list page needs to fetch the next page of a Relay connection: `pageInfo { ...PageInfoFields }`. */
export const PageInfoFields = graphql(`
  fragment PageInfoFields on PageInfo {
    hasNextPage
    endCursor
  }
`);
