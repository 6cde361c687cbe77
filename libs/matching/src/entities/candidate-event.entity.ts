import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Candidate } from './candidate.entity';

/** The history of a candidate on a list: every status change, share-request step and presentation. */
@Entity('candidate_event')
// A progress outcome (kind PROGRESS, value a CandidacyProgress) is recorded once per candidacy.
@Index('uq_candidate_event_progress', ['candidateId', 'value'], { unique: true, where: `"kind" = 'PROGRESS'` })
export class CandidateEvent {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index()
  @Column({ type: 'uuid' })
  candidateId!: string;

  @ManyToOne(() => Candidate, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'candidate_id' })
  candidate?: Candidate;

  /** e.g. COORDINATOR_STATUS, SHARE_REQUESTED, SHARE_ACCEPTED, PRESENTED, EMPLOYER_STATUS, WITHDRAWN, PROGRESS. */
  @Column({ type: 'text' })
  kind!: string;

  @Column({ type: 'text', nullable: true })
  value!: string | null;

  @Column({ type: 'uuid', nullable: true })
  byUserId!: string | null;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  at!: Date;
}
