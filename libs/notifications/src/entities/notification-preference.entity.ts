import { NotificationType } from '@ytmt/events';
import { User } from '@ytmt/identity';
import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { NotificationChannel } from '../notification.enums';

// The enum lives apart so that pure code (preferences, recipes) need not load the entities.
export { NotificationChannel };

/** A user's choice per notification type; without a row the type's default applies. */
@Entity('notification_preference')
export class NotificationPreference {
  @PrimaryColumn({ type: 'uuid' })
  userId!: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: User;

  @PrimaryColumn({ type: 'enum', enum: NotificationType, enumName: 'notification_type' })
  type!: NotificationType;

  @Column({ type: 'enum', enum: NotificationChannel, enumName: 'notification_channel' })
  channel!: NotificationChannel;
}
