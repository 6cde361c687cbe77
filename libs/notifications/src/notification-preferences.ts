// Pure: which channel a notification type goes through for a user.
import { NotificationType } from '@ytmt/events';
import { NotificationChannel } from './notification.enums';

/**
 * The channel of each type for users who have not chosen one. What concerns a person's own
 * business (a proposal to their need, their service, their data) comes by e-mail; the strong-match
 * digests, the services waiting for moderation and company transfers come in the app only, since
 * coordinators get them for every need, submission and transfer of their area.
 */
export const DEFAULT_CHANNELS: Readonly<Record<NotificationType, NotificationChannel>> = {
  [NotificationType.PROPOSAL_RECEIVED]: NotificationChannel.EMAIL,
  [NotificationType.PROPOSAL_ANSWERED]: NotificationChannel.EMAIL,
  [NotificationType.STRONG_MATCHES]: NotificationChannel.IN_APP,
  [NotificationType.SHARE_REQUEST]: NotificationChannel.EMAIL,
  [NotificationType.SHARE_REQUEST_REMINDER]: NotificationChannel.EMAIL,
  [NotificationType.SERVICE_MODERATED]: NotificationChannel.EMAIL,
  [NotificationType.NEED_FORWARDED]: NotificationChannel.EMAIL,
  [NotificationType.SERVICE_SUBMITTED]: NotificationChannel.IN_APP,
  [NotificationType.COMPANY_TRANSFERRED]: NotificationChannel.IN_APP,
  [NotificationType.CANDIDACY_CLOSED]: NotificationChannel.EMAIL,
};

export const ALL_NOTIFICATION_TYPES: readonly NotificationType[] = Object.values(NotificationType);

export function effectiveChannel(type: NotificationType, chosen: NotificationChannel | null | undefined): NotificationChannel {
  return chosen ?? DEFAULT_CHANNELS[type];
}

/** OFF: no notification at all; IN_APP: the in-app one; EMAIL: the in-app one and a mail. */
export function wantsNotification(channel: NotificationChannel): boolean {
  return channel !== NotificationChannel.OFF;
}

export function wantsMail(channel: NotificationChannel): boolean {
  return channel === NotificationChannel.EMAIL;
}

export interface EffectivePreference {
  type: NotificationType;
  channel: NotificationChannel;
  defaultChannel: NotificationChannel;
  isDefault: boolean;
}

/** Every type with the channel that applies, from the rows a user has saved. */
export function effectivePreferences(saved: ReadonlyArray<{ type: NotificationType; channel: NotificationChannel }>): EffectivePreference[] {
  const chosen = new Map(saved.map((row) => [row.type, row.channel]));
  return ALL_NOTIFICATION_TYPES.map((type) => ({
    type,
    channel: effectiveChannel(type, chosen.get(type)),
    defaultChannel: DEFAULT_CHANNELS[type],
    isDefault: !chosen.has(type),
  }));
}
