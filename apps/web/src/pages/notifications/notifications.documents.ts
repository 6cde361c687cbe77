import { graphql } from '../../gql';

export const MyNotificationsQuery = graphql(`
  query MyNotifications($first: Int, $after: String, $unreadOnly: Boolean) {
    notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {
      totalCount
      unreadCount
      pageInfo {
        endCursor
        hasNextPage
      }
      edges {
        node {
          id
          type
          title
          body
          createdAt
          read
          subject {
            needId
            proposalId
            serviceId
            shareRequestId
            forwardId
          }
        }
      }
    }
  }
`);

export const MarkNotificationsReadMutation = graphql(`
  mutation MarkNotificationsRead($ids: [ID!]!) {
    markNotificationsRead(ids: $ids) {
      id
      read
    }
  }
`);

export const MarkAllNotificationsReadMutation = graphql(`
  mutation MarkAllNotificationsRead {
    markAllNotificationsRead
  }
`);

export const MyNotificationPreferencesQuery = graphql(`
  query MyNotificationPreferences {
    notificationPreferences {
      type
      channel
      defaultChannel
      isDefault
    }
  }
`);

export const SetNotificationPreferenceMutation = graphql(`
  mutation SetNotificationPreference($type: NotificationType!, $channel: NotificationChannel!) {
    setNotificationPreference(type: $type, channel: $channel) {
      type
      channel
      defaultChannel
      isDefault
    }
  }
`);
