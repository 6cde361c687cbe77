import { NotificationType } from '@ytmt/events';
import { User } from '@ytmt/identity';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';

/** One in-app notification for one user; the event key makes a replayed event a no-op. */
@Entity('notification')
@Unique('uq_notification_event', ['userId', 'eventKey'])
@Index('idx_notification_user_created', ['userId', 'createdAt'])
export class Notification {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  userId!: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: User;

  @Column({ type: 'enum', enum: NotificationType, enumName: 'notification_type' })
  type!: NotificationType;

  /** e.g. proposal-received:<proposal id>; unique per user. */
  @Column({ type: 'text' })
  eventKey!: string;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text' })
  body!: string;

  /** What the notification is about, for the client to link to: e.g. { needId }. */
  @Column({ type: 'jsonb', default: {} })
  subject!: Record<string, string>;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  readAt!: Date | null;

  /** Set when the e-mail copy was handed to the SMTP server; a replayed mail job then does nothing. */
  @Column({ type: 'timestamptz', nullable: true })
  emailedAt!: Date | null;
}
