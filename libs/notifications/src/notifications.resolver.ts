import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { connectionComplexity, CurrentUser, DEFAULT_PAGE_SIZE, Principal } from '@ytmt/core';
import { NotificationType } from '@ytmt/events';
import { NotificationConnectionType, NotificationItemType, NotificationPreferenceType, NotificationsArgs } from './dto/notification.types';
import { NotificationChannel } from './notification.enums';
import { NotificationInboxService } from './notification-inbox.service';
import { NotificationPreferenceService } from './notification-preference.service';
import { toNotificationItemType } from './notifications.mapper';

/** Signed-in users only (the global guard), each strictly their own notifications and choices. */
@Resolver()
export class NotificationsResolver {
  constructor(
    private readonly inbox: NotificationInboxService,
    private readonly preferences: NotificationPreferenceService,
  ) {}

  @Query(() => NotificationConnectionType, { description: 'Your notifications, newest first, with the unread count.', complexity: connectionComplexity })
  async notifications(@CurrentUser() principal: Principal, @Args() args: NotificationsArgs): Promise<NotificationConnectionType> {
    const page = await this.inbox.list(principal.userId, { first: args.first ?? DEFAULT_PAGE_SIZE, after: args.after, unreadOnly: args.unreadOnly ?? false });
    return { ...page, edges: page.edges.map((edge) => ({ ...edge, node: toNotificationItemType(edge.node) })) };
  }

  @Query(() => Int, { description: 'How many of your notifications are unread (for a badge).' })
  unreadNotificationCount(@CurrentUser() principal: Principal): Promise<number> {
    return this.inbox.unreadCount(principal.userId);
  }

  @Mutation(() => [NotificationItemType], {
    description: 'Marks your notifications among the ids read (at most 100) and returns them. Ids that are not yours or do not exist are ignored.',
  })
  async markNotificationsRead(
    @CurrentUser() principal: Principal,
    @Args('ids', { type: () => [ID] }) ids: string[],
  ): Promise<NotificationItemType[]> {
    return (await this.inbox.markRead(principal.userId, ids)).map(toNotificationItemType);
  }

  @Mutation(() => Int, { description: 'Marks all your notifications read; returns how many were unread.' })
  markAllNotificationsRead(@CurrentUser() principal: Principal): Promise<number> {
    return this.inbox.markAllRead(principal.userId);
  }

  @Query(() => [NotificationPreferenceType], { description: 'Every notification type with the channel in effect for you.' })
  notificationPreferences(@CurrentUser() principal: Principal): Promise<NotificationPreferenceType[]> {
    return this.preferences.list(principal.userId);
  }

  @Mutation(() => NotificationPreferenceType, { description: 'Chooses how you get one type: IN_APP, EMAIL (in the app and by e-mail) or OFF.' })
  setNotificationPreference(
    @CurrentUser() principal: Principal,
    @Args('type', { type: () => NotificationType }) type: NotificationType,
    @Args('channel', { type: () => NotificationChannel }) channel: NotificationChannel,
  ): Promise<NotificationPreferenceType> {
    return this.preferences.set(principal.userId, type, channel);
  }
}
