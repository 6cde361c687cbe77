import { Column, Entity, Index, JoinColumn, ManyToOne, OneToOne, PrimaryColumn, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { Need } from '../entities/need.entity';
import type { AssistantFlag } from './need-assistant.rules';

/** The assistant's flags on the need as it was last saved (issue 17): what the indicators count. */
@Entity('need_assistant_result')
export class NeedAssistantResult {
  @PrimaryColumn({ type: 'uuid' })
  needId!: string;

  @OneToOne(() => Need, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'need_id' })
  need?: Need;

  @Column({ type: 'jsonb' })
  flags!: AssistantFlag[];

  @Column({ type: 'timestamptz' })
  assessedAt!: Date;
}

/**
 * A flag the employer set aside, with their reason; kept when the need changes, for the indicators.
 * An undo keeps the row (undone_at set) so the indicators' change feed sees it; dismissing again clears it.
 */
@Entity('need_assistant_dismissal')
@Unique('uq_need_assistant_dismissal', ['needId', 'code', 'subject'])
@Index('idx_need_assistant_dismissal_at', ['dismissedAt'])
@Index('idx_need_assistant_dismissal_changed', ['changedAt'])
export class NeedAssistantDismissal {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  needId!: string;

  @ManyToOne(() => Need, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'need_id' })
  need?: Need;

  @Column({ type: 'text' })
  code!: string;

  @Column({ type: 'text' })
  subject!: string;

  @Column({ type: 'text' })
  reason!: string;

  @Column({ type: 'uuid', nullable: true })
  dismissedByUserId!: string | null;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  dismissedAt!: Date;

  /** Set when the employer brought the flag back; the dismissal no longer counts. */
  @Column({ type: 'timestamptz', nullable: true })
  undoneAt!: Date | null;

  /** The last dismiss or undo: the change feed of the indicators. */
  @Column({ type: 'timestamptz', default: () => 'now()' })
  changedAt!: Date;
}
