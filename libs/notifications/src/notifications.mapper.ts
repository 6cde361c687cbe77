import { NotificationItemType, NotificationSubjectType } from './dto/notification.types';
import { InboxNotification } from './notification-inbox.service';
import { linkPath, NotificationSubject } from './notification-recipes';

const toSubjectType = (subject: NotificationSubject): NotificationSubjectType => ({
  needId: subject.needId ?? null,
  proposalId: subject.proposalId ?? null,
  serviceId: subject.serviceId ?? null,
  shareRequestId: subject.shareRequestId ?? null,
  forwardId: subject.forwardId ?? null,
  companyId: subject.companyId ?? null,
});

export const toNotificationItemType = (n: InboxNotification): NotificationItemType => ({
  id: n.id,
  type: n.type,
  title: n.title,
  body: n.body,
  link: linkPath(n.type, n.subject),
  subject: toSubjectType(n.subject),
  createdAt: n.createdAt,
  readAt: n.readAt,
  read: n.readAt !== null,
});
