import { graphql } from '../../gql';

export const MyDataViewsQuery = graphql(`
  query MyDataViews($first: Int, $after: String) {
    myDataViews(first: $first, after: $after) {
      totalCount
      pageInfo {
        ...PageInfoFields
      }
      edges {
        cursor
        node {
          id
          at
          kind
          organizationName
          role
          needId
          needTitle
          byYou
        }
      }
    }
  }
`);
