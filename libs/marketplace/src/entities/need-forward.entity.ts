import { Organization } from '@ytmt/identity';
import { Need } from '@ytmt/needs';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';

/**
 * A coordinator's warm hand-off of a need to a provider: the provider sees the need whatever its
 * visibility, and the forward is recorded.
 */
@Entity('need_forward')
@Unique('uq_need_forward', ['needId', 'providerId'])
export class NeedForward {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  needId!: string;

  @ManyToOne(() => Need, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'need_id' })
  need?: Need;

  @Index()
  @Column({ type: 'uuid' })
  providerId!: string;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'provider_id' })
  provider?: Organization;

  @Column({ type: 'uuid' })
  forwardedByUserId!: string;

  @Column({ type: 'text', nullable: true })
  message!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
