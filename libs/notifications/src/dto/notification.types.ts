import { ArgsType, Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { PageArgs, PageInfo } from '@ytmt/core';
import { NotificationType } from '@ytmt/events';
import { IsBoolean, IsOptional } from 'class-validator';
import { NotificationChannel } from '../notification.enums';

registerEnumType(NotificationType, {
  name: 'NotificationType',
  valuesMap: {
    PROPOSAL_RECEIVED: { description: 'A provider proposed a service to a need of your company.' },
    PROPOSAL_ANSWERED: { description: 'The employer accepted or declined your proposal.' },
    STRONG_MATCHES: { description: 'New strong matches for a need of your area: one digest per need per hour at most.' },
    SHARE_REQUEST: { description: 'A coordinator asks you to share your identity with an employer.' },
    SHARE_REQUEST_REMINDER: { description: 'A share request you have not answered ends within a day.' },
    SERVICE_MODERATED: { description: 'A service of your organisation, or an edit of a published one, was approved or rejected.' },
    NEED_FORWARDED: { description: 'A coordinator forwarded a company’s need to your organisation.' },
    CANDIDACY_CLOSED: { description: 'A need you were a candidate for ended, or you were not selected/hired' },
    COMPANY_TRANSFERRED: { description: 'Coordinators moved a company from one employment area to another: to the coordinators and area admins of both.' },
    SERVICE_SUBMITTED: { description: 'A provider submitted a service, or an edit of a published one, for moderation: a national one to you as platform admin, a regional one to you as coordinator or area admin of an area it covers.' },
  },
});
registerEnumType(NotificationChannel, {
  name: 'NotificationChannel',
  valuesMap: {
    IN_APP: { description: 'In the app only.' },
    EMAIL: { description: 'In the app and by e-mail.' },
    OFF: { description: 'Not at all.' },
  },
});

@ObjectType('NotificationSubject', { description: 'What the notification is about; the ids that apply are set.' })
export class NotificationSubjectType {
  @Field(() => ID, { nullable: true }) needId!: string | null;
  @Field(() => ID, { nullable: true }) proposalId!: string | null;
  @Field(() => ID, { nullable: true }) serviceId!: string | null;
  @Field(() => ID, { nullable: true }) shareRequestId!: string | null;
  @Field(() => ID, { nullable: true }) forwardId!: string | null;
  @Field(() => ID, { nullable: true }) companyId!: string | null;
}

@ObjectType('Notification', { description: 'An in-app notification of the signed-in user (Finnish text).' })
export class NotificationItemType {
  @Field(() => ID) id!: string;
  @Field(() => NotificationType) type!: NotificationType;
  @Field(() => String) title!: string;
  @Field(() => String) body!: string;
  @Field(() => String, { description: 'Path in the web app to open, e.g. /needs/<needId>.' }) link!: string;
  @Field(() => NotificationSubjectType) subject!: NotificationSubjectType;
  @Field(() => GraphQLISODateTime) createdAt!: Date;
  @Field(() => GraphQLISODateTime, { nullable: true }) readAt!: Date | null;
  @Field(() => Boolean) read!: boolean;
}

@ObjectType('NotificationEdge')
export class NotificationEdgeType {
  @Field(() => NotificationItemType) node!: NotificationItemType;
  @Field(() => String) cursor!: string;
}

@ObjectType('NotificationConnection', { description: 'Newest first.' })
export class NotificationConnectionType {
  @Field(() => [NotificationEdgeType], { complexity: 1 }) edges!: NotificationEdgeType[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
  @Field(() => Int, { description: 'Notifications matching the arguments (unreadOnly).' }) totalCount!: number;
  @Field(() => Int, { description: 'Unread notifications of the user, whatever the arguments.' }) unreadCount!: number;
}

@ObjectType('NotificationPreference', { description: 'How the signed-in user gets one type of notification.' })
export class NotificationPreferenceType {
  @Field(() => NotificationType) type!: NotificationType;
  @Field(() => NotificationChannel, { description: 'The channel in effect: the saved choice, or the default.' }) channel!: NotificationChannel;
  @Field(() => NotificationChannel) defaultChannel!: NotificationChannel;
  @Field(() => Boolean, { description: 'True while the user has not chosen (the default applies).' }) isDefault!: boolean;
}

@ArgsType()
export class NotificationsArgs extends PageArgs {
  @Field(() => Boolean, { nullable: true, description: 'Only unread notifications.' })
  @IsOptional()
  @IsBoolean()
  unreadOnly?: boolean;
}
