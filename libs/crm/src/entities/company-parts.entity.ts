import { Organization, User } from '@ytmt/identity';
import { EmploymentArea, Municipality } from '@ytmt/regions';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';

export enum CompanyUserRole {
  ADMIN = 'ADMIN',
  MEMBER = 'MEMBER',
}

/** Other municipalities the company operates in (toimipaikat). */
@Entity('company_operating_municipality')
export class CompanyOperatingMunicipality {
  @PrimaryColumn({ type: 'uuid' })
  organizationId!: string;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: Organization;

  @Index()
  @PrimaryColumn({ type: 'char', length: 3 })
  municipalityCode!: string;

  @ManyToOne(() => Municipality, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'municipality_code' })
  municipality?: Municipality;
}

/**
 * A user's role in the company's own account. Kept here rather than in `membership`, which only
 * says the user is an EMPLOYER_USER of the organisation.
 */
@Entity('company_user')
export class CompanyUser {
  @PrimaryColumn({ type: 'uuid' })
  organizationId!: string;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: Organization;

  @Index()
  @PrimaryColumn({ type: 'uuid' })
  userId!: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: User;

  @Column({ type: 'enum', enum: CompanyUserRole, enumName: 'company_user_role' })
  role!: CompanyUserRole;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}

/** A sharing agreement: the home area lets another employment area work with the company. */
@Entity('company_area_share')
export class CompanyAreaShare {
  @PrimaryColumn({ type: 'uuid' })
  organizationId!: string;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: Organization;

  @Index()
  @PrimaryColumn({ type: 'uuid' })
  employmentAreaId!: string;

  @ManyToOne(() => EmploymentArea, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'employment_area_id' })
  employmentArea?: EmploymentArea;

  @Column({ type: 'uuid', nullable: true })
  sharedByUserId!: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'shared_by_user_id' })
  sharedBy?: User | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}

/** Coordinators of the home area who answer for the company (vastuukoordinaattori). */
@Entity('company_responsible_coordinator')
export class CompanyResponsibleCoordinator {
  @PrimaryColumn({ type: 'uuid' })
  organizationId!: string;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: Organization;

  @Index()
  @PrimaryColumn({ type: 'uuid' })
  userId!: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: User;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}

/** Free-text label, normalised (see company-tag.ts) so that "Metalli " and "metalli" are one. */
@Entity('company_tag')
@Check('chk_company_tag_normalised', `tag = lower(btrim(tag)) AND length(tag) BETWEEN 2 AND 40`)
export class CompanyTag {
  @PrimaryColumn({ type: 'uuid' })
  organizationId!: string;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: Organization;

  @Index()
  @PrimaryColumn({ type: 'text' })
  tag!: string;
}
