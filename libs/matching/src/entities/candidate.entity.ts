import { Need } from '@ytmt/needs';
import { JobseekerProfile } from '@ytmt/talent';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique, UpdateDateColumn } from 'typeorm';
import { CandidacyOutcome, CandidateSource, CoordinatorStatus, EmployerStatus } from '../candidate.enums';

/**
 * A person on a need's candidate list once a coordinator has acted on the engine's suggestion
 * (or added them). Engine suggestions nobody has touched stay in match_result.
 */
@Entity('candidate')
// The awaiting-closure report and a need's closing read the open candidacies only.
@Index('idx_candidate_open', ['needId'], { where: '"closed_at" IS NULL AND "withdrawn_at" IS NULL' })
@Unique('uq_candidate_pair', ['needId', 'profileId'])
export class Candidate {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  needId!: string;

  @ManyToOne(() => Need, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'need_id' })
  need?: Need;

  /** Null once the person erased their profile: the list's history stays, unlinked from anyone. */
  @Index()
  @Column({ type: 'uuid', nullable: true })
  profileId!: string | null;

  @ManyToOne(() => JobseekerProfile, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'profile_id' })
  profile?: JobseekerProfile;

  @Column({ type: 'enum', enum: CandidateSource, enumName: 'candidate_source' })
  source!: CandidateSource;

  @Column({ type: 'enum', enum: CoordinatorStatus, enumName: 'candidate_coordinator_status', nullable: true })
  coordinatorStatus!: CoordinatorStatus | null;

  @Column({ type: 'timestamptz', nullable: true })
  presentedAt!: Date | null;

  @Column({ type: 'enum', enum: EmployerStatus, enumName: 'candidate_employer_status', nullable: true })
  employerStatus!: EmployerStatus | null;

  /** Set when the jobseeker withdrew MATCHING: off every list and out of every employer view. */
  @Column({ type: 'timestamptz', nullable: true })
  withdrawnAt!: Date | null;

  /**
   * When the candidacy ended and how (CandidacyClosures): set once; a later status change leaves it
   * as it is, only a new share request or presentation reopens it, recorded as REOPENED.
   */
  @Column({ type: 'timestamptz', nullable: true })
  closedAt!: Date | null;

  @Column({ type: 'enum', enum: CandidacyOutcome, enumName: 'candidacy_outcome', nullable: true })
  closureOutcome!: CandidacyOutcome | null;

  /** The short reason the coordinator or employer gave (at most 300 characters). */
  @Column({ type: 'varchar', length: 300, nullable: true })
  closureReason!: string | null;

  /**
   * Set at a hire: whether the match relied on a carved role (tasks carved out) or on adjustments
   * the need offers, i.e. a precision-capable person filled the role that way. Only this boolean is
   * kept, for aggregate indicators; null when not hired.
   */
  @Column({ type: 'boolean', nullable: true })
  hiredIntoCarvedRole!: boolean | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
