import { Service } from '@ytmt/catalogue';
import { Organization } from '@ytmt/identity';
import { Need } from '@ytmt/needs';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ProposalStatus } from '../marketplace.enums';

/**
 * A provider proposes one of its published services to an employer's need. Timestamps of every
 * step stay: proposals count in the indicators.
 */
@Entity('proposal')
@Index('uq_proposal_open', ['needId', 'serviceId'], { unique: true, where: `status = 'OPEN'` })
@Check('chk_proposal_price', '(price_amount IS NULL) = (price_currency IS NULL) AND (price_amount IS NULL OR price_amount >= 0)')
export class Proposal {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index()
  @Column({ type: 'uuid' })
  needId!: string;

  @ManyToOne(() => Need, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'need_id' })
  need?: Need;

  @Index()
  @Column({ type: 'uuid' })
  serviceId!: string;

  @ManyToOne(() => Service, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'service_id' })
  service?: Service;

  /** The provider organisation (the service's owner when proposed). */
  @Index()
  @Column({ type: 'uuid' })
  providerId!: string;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'provider_id' })
  provider?: Organization;

  @Column({ type: 'uuid', nullable: true })
  proposedByUserId!: string | null;

  @Column({ type: 'text' })
  message!: string;

  /** For charged services: the price offered for this need. */
  @Column({ type: 'numeric', precision: 12, scale: 2, nullable: true })
  priceAmount!: string | null;

  @Column({ type: 'char', length: 3, nullable: true })
  priceCurrency!: string | null;

  /** e.g. "per osallistuja", "kokonaishinta". */
  @Column({ type: 'text', nullable: true })
  priceUnit!: string | null;

  @Index()
  @Column({ type: 'enum', enum: ProposalStatus, enumName: 'proposal_status', default: ProposalStatus.OPEN })
  status!: ProposalStatus;

  @Column({ type: 'text', nullable: true })
  answerReason!: string | null;

  @Column({ type: 'uuid', nullable: true })
  answeredByUserId!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  answeredAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  withdrawnAt!: Date | null;
}
