import { NotificationType } from '@ytmt/events';
import { NotificationChannel } from '../src/notification.enums';
import { DEFAULT_CHANNELS, effectiveChannel, effectivePreferences, wantsMail, wantsNotification } from '../src/notification-preferences';

describe('notification preferences', () => {
  it('mails everything by default except the strong-match digests, services to moderate and company transfers, which stay in the app', () => {
    const inApp: NotificationType[] = [NotificationType.STRONG_MATCHES, NotificationType.SERVICE_SUBMITTED, NotificationType.COMPANY_TRANSFERRED];
    for (const type of Object.values(NotificationType)) {
      expect(DEFAULT_CHANNELS[type]).toBe(inApp.includes(type) ? NotificationChannel.IN_APP : NotificationChannel.EMAIL);
    }
  });

  it('lets a saved choice win over the default', () => {
    expect(effectiveChannel(NotificationType.PROPOSAL_RECEIVED, null)).toBe(NotificationChannel.EMAIL);
    expect(effectiveChannel(NotificationType.PROPOSAL_RECEIVED, NotificationChannel.OFF)).toBe(NotificationChannel.OFF);
    expect(effectiveChannel(NotificationType.STRONG_MATCHES, NotificationChannel.EMAIL)).toBe(NotificationChannel.EMAIL);
  });

  it('makes no notification when OFF and mails only with EMAIL', () => {
    expect([NotificationChannel.OFF, NotificationChannel.IN_APP, NotificationChannel.EMAIL].map(wantsNotification)).toEqual([false, true, true]);
    expect([NotificationChannel.OFF, NotificationChannel.IN_APP, NotificationChannel.EMAIL].map(wantsMail)).toEqual([false, false, true]);
  });

  it('lists every type with its channel and whether it is the default', () => {
    const list = effectivePreferences([{ type: NotificationType.SHARE_REQUEST, channel: NotificationChannel.IN_APP }]);
    expect(list).toHaveLength(Object.values(NotificationType).length);
    expect(list.find((p) => p.type === NotificationType.SHARE_REQUEST)).toEqual({
      type: NotificationType.SHARE_REQUEST,
      channel: NotificationChannel.IN_APP,
      defaultChannel: NotificationChannel.EMAIL,
      isDefault: false,
    });
    expect(list.find((p) => p.type === NotificationType.STRONG_MATCHES)).toMatchObject({ channel: NotificationChannel.IN_APP, isDefault: true });
  });
});
