import { EmploymentArea, Municipality } from '@ytmt/regions';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { Service } from './service.entity';
import { TaxonomyTerm } from './taxonomy-term.entity';

@Entity('service_taxonomy_term')
export class ServiceTaxonomyTerm {
  @PrimaryColumn({ type: 'uuid' })
  serviceId!: string;

  @ManyToOne(() => Service, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'service_id' })
  service?: Service;

  @Index()
  @PrimaryColumn({ type: 'uuid' })
  taxonomyTermId!: string;

  @ManyToOne(() => TaxonomyTerm, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'taxonomy_term_id' })
  taxonomyTerm?: TaxonomyTerm;
}

/** HSDS service_area: an employment area or a municipality the service covers. */
@Entity('service_area')
@Check('chk_service_area_one_target', '(employment_area_id IS NULL) <> (municipality_code IS NULL)')
export class ServiceArea {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index()
  @Column({ type: 'uuid' })
  serviceId!: string;

  @ManyToOne(() => Service, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'service_id' })
  service?: Service;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  employmentAreaId!: string | null;

  @ManyToOne(() => EmploymentArea, { onDelete: 'CASCADE', nullable: true })
  @JoinColumn({ name: 'employment_area_id' })
  employmentArea?: EmploymentArea | null;

  @Index()
  @Column({ type: 'char', length: 3, nullable: true })
  municipalityCode!: string | null;

  @ManyToOne(() => Municipality, { onDelete: 'CASCADE', nullable: true })
  @JoinColumn({ name: 'municipality_code' })
  municipality?: Municipality | null;
}

/** HSDS location joined through service_at_location, folded into one row per place. */
@Entity('service_location')
export class ServiceLocation {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index()
  @Column({ type: 'uuid' })
  serviceId!: string;

  @ManyToOne(() => Service, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'service_id' })
  service?: Service;

  @Column({ type: 'text', nullable: true })
  name!: string | null;

  @Column({ type: 'text' })
  streetAddress!: string;

  @Column({ type: 'char', length: 5 })
  postalCode!: string;

  @Index()
  @Column({ type: 'char', length: 3 })
  municipalityCode!: string;

  @ManyToOne(() => Municipality, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'municipality_code' })
  municipality?: Municipality;

  @Column({ type: 'double precision', nullable: true })
  latitude!: number | null;

  @Column({ type: 'double precision', nullable: true })
  longitude!: number | null;

  @Column({ type: 'text', nullable: true })
  accessibilityFi!: string | null;
}

/** HSDS cost_option. */
@Entity('service_cost_option')
@Check('chk_service_cost_option_amount', 'amount IS NULL OR (amount >= 0 AND currency IS NOT NULL)')
export class ServiceCostOption {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index()
  @Column({ type: 'uuid' })
  serviceId!: string;

  @ManyToOne(() => Service, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'service_id' })
  service?: Service;

  @Column({ type: 'numeric', precision: 12, scale: 2, nullable: true })
  amount!: string | null;

  @Column({ type: 'char', length: 3, nullable: true })
  currency!: string | null;

  /** e.g. "per henkilö", "per päivä". */
  @Column({ type: 'text', nullable: true })
  unit!: string | null;

  @Column({ type: 'text', nullable: true })
  descriptionFi!: string | null;
}

/** HSDS metadata: field-level change history of published services. */
@Entity('service_change')
export class ServiceChange {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index()
  @Column({ type: 'uuid' })
  serviceId!: string;

  @ManyToOne(() => Service, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'service_id' })
  service?: Service;

  /** 'update', 'status' … as HSDS last_action_type. */
  @Column({ type: 'text' })
  actionType!: string;

  @Column({ type: 'text' })
  fieldName!: string;

  @Column({ type: 'jsonb', nullable: true })
  previousValue!: unknown;

  @Column({ type: 'jsonb', nullable: true })
  newValue!: unknown;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  changedByUserId!: string | null;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  changedAt!: Date;
}
