import { Need } from '@ytmt/needs';
import { JobseekerProfile } from '@ytmt/talent';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import type { MatchExplanation } from '../engine/match.types';

/** One stored match of a need and a profile: the engine's top results, one row per pair. */
@Entity('match_result')
@Unique('uq_match_result_pair', ['needId', 'profileId'])
@Index('idx_match_result_need_score', ['needId', 'score'])
export class MatchResult {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  needId!: string;

  @ManyToOne(() => Need, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'need_id' })
  need?: Need;

  @Index()
  @Column({ type: 'uuid' })
  profileId!: string;

  @ManyToOne(() => JobseekerProfile, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'profile_id' })
  profile?: JobseekerProfile;

  @Column({ type: 'real' })
  score!: number;

  @Column({ type: 'jsonb' })
  explanation!: MatchExplanation;

  @Column({ type: 'text' })
  engineVersion!: string;

  @Column({ type: 'timestamptz' })
  computedAt!: Date;
}
