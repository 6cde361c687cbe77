import { Need } from '@ytmt/needs';
import { JobseekerProfile } from '@ytmt/talent';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

/** One digest of new strong matches for a need: at most one per need per hour. */
@Entity('strong_match_digest')
@Index('idx_strong_match_digest_need_created', ['needId', 'createdAt'])
export class StrongMatchDigest {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  needId!: string;

  @ManyToOne(() => Need, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'need_id' })
  need?: Need;

  @Column({ type: 'integer' })
  matchCount!: number;

  @Column({ type: 'real' })
  bestScore!: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}

/** A (need, profile) pair already announced as a strong match: never announced again. */
@Entity('strong_match_announcement')
export class StrongMatchAnnouncement {
  @PrimaryColumn({ type: 'uuid' })
  needId!: string;

  @ManyToOne(() => Need, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'need_id' })
  need?: Need;

  @Index()
  @PrimaryColumn({ type: 'uuid' })
  profileId!: string;

  @ManyToOne(() => JobseekerProfile, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'profile_id' })
  profile?: JobseekerProfile;

  @Index()
  @Column({ type: 'uuid' })
  digestId!: string;

  @ManyToOne(() => StrongMatchDigest, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'digest_id' })
  digest?: StrongMatchDigest;

  /** The score when announced. */
  @Column({ type: 'real' })
  score!: number;
}
