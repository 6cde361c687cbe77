import { Organization } from '@ytmt/identity';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export enum ServiceStatus {
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
  PUBLISHED = 'PUBLISHED',
  REJECTED = 'REJECTED',
  ARCHIVED = 'ARCHIVED',
}

export enum ServiceAudience {
  EMPLOYERS = 'EMPLOYERS',
  JOBSEEKERS = 'JOBSEEKERS',
  BOTH = 'BOTH',
}

export enum DeliveryMode {
  ON_SITE = 'ON_SITE',
  REMOTE = 'REMOTE',
  HYBRID = 'HYBRID',
}

/** HSDS service, with the facets of the Finnish service cards. */
@Entity('service')
export class Service {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index()
  @Column({ type: 'uuid' })
  organizationId!: string;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: Organization;

  @Index()
  @Column({ type: 'enum', enum: ServiceStatus, enumName: 'service_status', default: ServiceStatus.DRAFT })
  status!: ServiceStatus;

  @Column({ type: 'text' })
  nameFi!: string;
  @Column({ type: 'text', nullable: true })
  nameSv!: string | null;
  @Column({ type: 'text', nullable: true })
  nameEn!: string | null;

  @Column({ type: 'text' })
  summaryFi!: string;
  @Column({ type: 'text', nullable: true })
  summarySv!: string | null;
  @Column({ type: 'text', nullable: true })
  summaryEn!: string | null;

  @Column({ type: 'text' })
  descriptionFi!: string;
  @Column({ type: 'text', nullable: true })
  descriptionSv!: string | null;
  @Column({ type: 'text', nullable: true })
  descriptionEn!: string | null;

  @Column({ type: 'enum', enum: ServiceAudience, enumName: 'service_audience' })
  audience!: ServiceAudience;

  @Column({ type: 'enum', enum: DeliveryMode, enumName: 'service_delivery_mode' })
  deliveryMode!: DeliveryMode;

  /** ISO 639-1 codes. */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  languages!: string[];

  /** Covers the whole country; otherwise see service_area. */
  @Column({ type: 'boolean', default: false })
  isNational!: boolean;

  @Column({ type: 'boolean', default: true })
  isFree!: boolean;

  @Column({ type: 'text', nullable: true })
  eligibilityFi!: string | null;

  @Column({ type: 'smallint', nullable: true })
  minimumAge!: number | null;

  @Column({ type: 'smallint', nullable: true })
  maximumAge!: number | null;

  @Column({ type: 'text', nullable: true })
  howToTakePartFi!: string | null;

  /** Seats, when limited. */
  @Column({ type: 'integer', nullable: true })
  capacity!: number | null;

  /** Free-text schedule (HSDS schedule.description), e.g. "ma–pe 8–16, alkaa 1.2.2027". */
  @Column({ type: 'text', nullable: true })
  scheduleFi!: string | null;

  @Column({ type: 'text', nullable: true })
  url!: string | null;

  /** The service's own contact channel (not a person). */
  @Column({ type: 'text', nullable: true })
  email!: string | null;

  @Column({ type: 'text', nullable: true })
  phone!: string | null;

  @Column({ type: 'text', nullable: true })
  rejectionReason!: string | null;

  /**
   * Employment areas whose moderators approved the current submission. A service covering several
   * areas is published once every covered area has approved (or a platform admin has).
   */
  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  approvedEmploymentAreaIds!: string[];

  @Column({ type: 'timestamptz', nullable: true })
  submittedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  publishedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  archivedAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
