import type { NotificationChannel, NotificationType, Role } from '../../gql/graphql';

/** Every notification type the schema knows; the Record below makes a new one a compile error here. */
const TYPE_AUDIENCE: Record<NotificationType, readonly Role[]> = {
  PROPOSAL_RECEIVED: ['EMPLOYER_USER'],
  PROPOSAL_ANSWERED: ['PROVIDER_USER'],
  NEED_FORWARDED: ['PROVIDER_USER'],
  SERVICE_MODERATED: ['PROVIDER_USER'],
  SERVICE_SUBMITTED: ['COORDINATOR', 'AREA_ADMIN', 'PLATFORM_ADMIN'],
  COMPANY_TRANSFERRED: ['COORDINATOR', 'AREA_ADMIN'],
  STRONG_MATCHES: ['COORDINATOR'],
  SHARE_REQUEST: ['JOBSEEKER'],
  SHARE_REQUEST_REMINDER: ['JOBSEEKER'],
  CANDIDACY_CLOSED: ['JOBSEEKER'],
};

export const NOTIFICATION_TYPES = Object.keys(TYPE_AUDIENCE) as NotificationType[];
export const NOTIFICATION_CHANNELS: readonly NotificationChannel[] = ['IN_APP', 'EMAIL', 'OFF'];

/** Whether a type is something a person with these roles usually gets (to list those first). */
export function concernsRoles(type: string, roles: readonly Role[]): boolean {
  const audience = (TYPE_AUDIENCE as Record<string, readonly Role[] | undefined>)[type];
  return audience !== undefined && audience.some((role) => roles.includes(role));
}

export function isKnownType(type: string): type is NotificationType {
  return Object.prototype.hasOwnProperty.call(TYPE_AUDIENCE, type);
}

/** The translation key of a type's label; a type this version does not know reads "Notification". */
export function typeKey(type: string): string {
  return isKnownType(type) ? type : 'unknown';
}

export interface NotificationSubjectIds {
  needId?: string | null;
  proposalId?: string | null;
  serviceId?: string | null;
  shareRequestId?: string | null;
  forwardId?: string | null;
}

/** Where a notification leads in this web app, and what the link says it opens. */
export interface NotificationTarget {
  kind: 'need' | 'service' | 'contacts';
  to: string;
}

/**
 * The page a notification is about. A need (also a proposal's or a forward's need) opens the
 * company's own need page for employer users and the need's public page for everyone else; a
 * service opens its page; a share request, its reminder and a closed candidacy open the
 * jobseeker's contacts page. A type this version does not know gets no link.
 */
export function notificationTarget(
  notification: { type: string; subject: NotificationSubjectIds },
  roles: readonly Role[],
): NotificationTarget | null {
  const { subject } = notification;
  const needPage = (needId: string | null | undefined): NotificationTarget | null => {
    if (!needId) return null;
    const id = encodeURIComponent(needId);
    return { kind: 'need', to: roles.includes('EMPLOYER_USER') ? `/needs/${id}` : `/open-needs/${id}` };
  };
  switch (notification.type) {
    case 'PROPOSAL_RECEIVED':
    case 'PROPOSAL_ANSWERED':
    case 'NEED_FORWARDED':
    case 'STRONG_MATCHES':
      return needPage(subject.needId);
    case 'SERVICE_MODERATED':
    case 'SERVICE_SUBMITTED':
      return subject.serviceId ? { kind: 'service', to: `/services/${encodeURIComponent(subject.serviceId)}` } : null;
    case 'SHARE_REQUEST':
    case 'SHARE_REQUEST_REMINDER':
    case 'CANDIDACY_CLOSED':
      return roles.includes('JOBSEEKER') ? { kind: 'contacts', to: '/jobseeker/share-requests' } : null;
    default:
      return null;
  }
}
