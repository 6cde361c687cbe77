import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ShareRequestStatus } from '../candidate.enums';
import { Candidate } from './candidate.entity';

/** Asks the jobseeker to share their identity with one employer for one need, before a deadline. */
@Entity('share_request')
@Index('uq_share_request_open', ['candidateId'], { unique: true, where: `status = 'REQUESTED'` })
export class ShareRequest {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index()
  @Column({ type: 'uuid' })
  candidateId!: string;

  @ManyToOne(() => Candidate, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'candidate_id' })
  candidate?: Candidate;

  /** Null once the person erased their profile. */
  @Index()
  @Column({ type: 'uuid', nullable: true })
  profileId!: string | null;

  @Column({ type: 'enum', enum: ShareRequestStatus, enumName: 'share_request_status' })
  status!: ShareRequestStatus;

  @Index()
  @Column({ type: 'timestamptz' })
  deadline!: Date;

  /** Shown to the jobseeker with the request (from the coordinator; no one else's personal data). */
  @Column({ type: 'text', nullable: true })
  message!: string | null;

  @Column({ type: 'uuid' })
  requestedByUserId!: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  requestedAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  answeredAt!: Date | null;
}
