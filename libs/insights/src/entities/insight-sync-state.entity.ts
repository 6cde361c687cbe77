import { Column, Entity, PrimaryColumn } from 'typeorm';

/** How far the refresh has followed the change feed (needs, candidacies, proposals, forwards changed since). */
@Entity('insight_sync_state')
export class InsightSyncState {
  @PrimaryColumn({ type: 'text' })
  name!: string;

  @Column({ type: 'timestamptz' })
  watermark!: Date;
}
