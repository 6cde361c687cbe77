import { Organization, User } from '@ytmt/identity';
import { EmploymentArea } from '@ytmt/regions';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A company's move to another home municipality in another employment area, made by a
 * coordinator of the area it leaves. Kept for good: the history of where the company belonged.
 */
@Entity('company_transfer')
@Index('idx_company_transfer_company_at', ['organizationId', 'createdAt'])
export class CompanyTransfer {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  organizationId!: string;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: Organization;

  @Column({ type: 'char', length: 3 })
  fromMunicipalityCode!: string;

  @Column({ type: 'char', length: 3 })
  toMunicipalityCode!: string;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  fromEmploymentAreaId!: string | null;

  @ManyToOne(() => EmploymentArea, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'from_employment_area_id' })
  fromEmploymentArea?: EmploymentArea | null;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  toEmploymentAreaId!: string | null;

  @ManyToOne(() => EmploymentArea, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'to_employment_area_id' })
  toEmploymentArea?: EmploymentArea | null;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  transferredByUserId!: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'transferred_by_user_id' })
  transferredBy?: User | null;

  @Column({ type: 'text' })
  reason!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
