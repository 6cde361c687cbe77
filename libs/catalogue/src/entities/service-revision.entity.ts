import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { Service } from './service.entity';

export enum ServiceRevisionStatus {
  /** Waiting for moderation; the service's live version is unchanged meanwhile. */
  PENDING = 'PENDING',
  /** Applied to the live version. */
  APPROVED = 'APPROVED',
  /** Refused with a reason; the live version stayed. */
  REJECTED = 'REJECTED',
  /** Taken back by the provider. */
  WITHDRAWN = 'WITHDRAWN',
}

/**
 * An edit of a published service waiting for moderation. The service row and its parts stay the
 * approved, live version (search, HSDS export, need visibility read only those); the proposed
 * version is kept whole as the provider's input. At most one PENDING revision per service.
 */
@Entity('service_revision')
@Index('UQ_service_revision_pending', ['serviceId'], { unique: true, where: `"status" = 'PENDING'` })
export class ServiceRevision {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index()
  @Column({ type: 'uuid' })
  serviceId!: string;

  @ManyToOne(() => Service, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'service_id' })
  service?: Service;

  @Index()
  @Column({ type: 'enum', enum: ServiceRevisionStatus, enumName: 'service_revision_status', default: ServiceRevisionStatus.PENDING })
  status!: ServiceRevisionStatus;

  /** The proposed service as a ServiceInput (plain JSON), validated when proposed and again when applied. */
  @Column({ type: 'jsonb' })
  content!: object;

  /** Employment areas whose moderators have approved this revision so far. */
  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  approvedEmploymentAreaIds!: string[];

  @Index()
  @Column({ type: 'uuid', nullable: true })
  proposedByUserId!: string | null;

  @Column({ type: 'uuid', nullable: true })
  decidedByUserId!: string | null;

  /** The field changes as they stood when decided (a pending revision is compared with the live version instead). */
  @Column({ type: 'jsonb', nullable: true })
  decidedChanges!: object[] | null;

  @Column({ type: 'text', nullable: true })
  rejectionReason!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  decidedAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
