import { Organization } from '@ytmt/identity';
import { Municipality } from '@ytmt/regions';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { Adjustment, Measure, NeedKind, NeedStage, NeedVisibility, PayUnit } from '../need.enums';

/** One employer need: recruit, develop skills, or get support and advice (or several at once). */
@Entity('need')
@Check('chk_need_hours', 'hours_min IS NULL OR hours_max IS NULL OR hours_min <= hours_max')
@Check('chk_need_pay', 'pay_min IS NULL OR pay_max IS NULL OR pay_min <= pay_max')
export class Need {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** The company (an organisation) whose need this is. */
  @Index()
  @Column({ type: 'uuid' })
  organizationId!: string;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: Organization;

  @Column({ type: 'uuid', nullable: true })
  createdByUserId!: string | null;

  @Column({ type: 'enum', enum: NeedKind, enumName: 'need_kind', array: true })
  kinds!: NeedKind[];

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text' })
  description!: string;

  @Index()
  @Column({ type: 'char', length: 3, nullable: true })
  municipalityCode!: string | null;

  @ManyToOne(() => Municipality, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'municipality_code' })
  municipality?: Municipality | null;

  /** The workplace, for commuting distances; optional. */
  @Column({ type: 'double precision', nullable: true })
  latitude!: number | null;

  @Column({ type: 'double precision', nullable: true })
  longitude!: number | null;

  @Column({ type: 'boolean', default: false })
  remote!: boolean;

  @Column({ type: 'smallint', default: 1 })
  positions!: number;

  @Column({ type: 'smallint', nullable: true })
  hoursMin!: number | null;

  @Column({ type: 'smallint', nullable: true })
  hoursMax!: number | null;

  /** Pay range in whole euros per payUnit; optional. */
  @Column({ type: 'integer', nullable: true })
  payMin!: number | null;

  @Column({ type: 'integer', nullable: true })
  payMax!: number | null;

  @Column({ type: 'enum', enum: PayUnit, enumName: 'need_pay_unit', nullable: true })
  payUnit!: PayUnit | null;

  @Column({ type: 'boolean', default: false })
  partTimePossible!: boolean;

  @Column({ type: 'date', nullable: true })
  startDate!: string | null;

  @Column({ type: 'smallint', nullable: true })
  durationMonths!: number | null;

  @Column({ type: 'text', nullable: true })
  occupationUri!: string | null;

  @Column({ type: 'text', nullable: true })
  occupationLabel!: string | null;

  /** Driving licence class required, e.g. B or C. */
  @Column({ type: 'text', nullable: true })
  drivingLicence!: string | null;

  @Column({ type: 'enum', enum: Adjustment, enumName: 'need_adjustment', array: true, default: '{}' })
  adjustmentsOffered!: Adjustment[];

  @Column({ type: 'enum', enum: Measure, enumName: 'need_measure', array: true, default: '{}' })
  measuresOpenTo!: Measure[];

  @Column({ type: 'boolean', default: false })
  openToPrecisionCapable!: boolean;

  @Column({ type: 'boolean', default: false })
  anonymousRecruitment!: boolean;

  @Column({ type: 'enum', enum: NeedVisibility, enumName: 'need_visibility', default: NeedVisibility.COORDINATORS_ONLY })
  visibility!: NeedVisibility;

  @Index()
  @Column({ type: 'enum', enum: NeedStage, enumName: 'need_stage', default: NeedStage.IDENTIFIED })
  stage!: NeedStage;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
