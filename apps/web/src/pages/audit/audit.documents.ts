import { graphql } from '../../gql';

export const AuditEventsQuery = graphql(`
  query AuditEvents($first: Int, $after: String, $filter: AuditEventFilter) {
    auditEvents(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        ...PageInfoFields
      }
      edges {
        node {
          id
          at
          action
          actorUserId
          resourceType
          resourceId
          organizationId
          employmentAreaId
          details {
            key
            value
          }
        }
      }
    }
  }
`);
