import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { NotificationType } from '@ytmt/events';
import { DataSource } from 'typeorm';
import { NotificationChannel } from './notification.enums';
import { EffectivePreference, effectivePreferences } from './notification-preferences';

/** The signed-in user's own choices, per notification type. */
@Injectable()
export class NotificationPreferenceService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async list(userId: string): Promise<EffectivePreference[]> {
    const saved: { type: NotificationType; channel: NotificationChannel }[] = await this.dataSource.query(
      'SELECT type, channel FROM notification_preference WHERE user_id = $1',
      [userId],
    );
    return effectivePreferences(saved);
  }

  /** Saves the choice, even when it equals the default (the user chose it; defaults may change). */
  async set(userId: string, type: NotificationType, channel: NotificationChannel): Promise<EffectivePreference> {
    await this.dataSource.query(
      `INSERT INTO notification_preference (user_id, type, channel) VALUES ($1, $2, $3)
       ON CONFLICT (user_id, type) DO UPDATE SET channel = excluded.channel`,
      [userId, type, channel],
    );
    return (await this.list(userId)).find((preference) => preference.type === type) as EffectivePreference;
  }
}
