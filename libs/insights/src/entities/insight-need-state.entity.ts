import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * What one need last contributed to the summary cells. A refresh applies only the difference
 * between this and the need's new contributions, so replaying it adds nothing twice.
 */
@Entity('insight_need_state')
export class InsightNeedState {
  @PrimaryColumn({ type: 'uuid' })
  needId!: string;

  @Column({ type: 'jsonb' })
  contributions!: unknown[];

  @Column({ type: 'timestamptz', default: () => 'now()' })
  refreshedAt!: Date;
}
