import { Organization, User } from '@ytmt/identity';
import { EmploymentArea, Municipality } from '@ytmt/regions';
import { CompanyVerificationMethod, CompanyVerificationStatus } from './company-verification';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, OneToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** Henkilöstön suuruusluokka, as Statistics Finland groups enterprises. */
export enum CompanySizeClass {
  MICRO_1_9 = 'MICRO_1_9',
  SMALL_10_49 = 'SMALL_10_49',
  MEDIUM_50_249 = 'MEDIUM_50_249',
  LARGE_250_PLUS = 'LARGE_250_PLUS',
}

/**
 * What makes an organisation a company account: its industry, size and home. One per
 * organisation, so one per Y-tunnus, whichever areas work with it.
 */
@Entity('company_profile')
@Check('chk_company_profile_industry_section', `industry_section ~ '^[A-U]$'`)
@Check('chk_company_profile_industry_code', `industry_code IS NULL OR industry_code ~ '^[0-9]{2}([.][0-9]{1,3})?$'`)
export class CompanyProfile {
  @PrimaryColumn({ type: 'uuid' })
  organizationId!: string;

  @OneToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: Organization;

  /** TOL 2008 section letter (A–U). */
  @Column({ type: 'char', length: 1 })
  industrySection!: string;

  /** TOL 2008 code within the section, e.g. 25.62. */
  @Column({ type: 'varchar', length: 6, nullable: true })
  industryCode!: string | null;

  @Column({ type: 'enum', enum: CompanySizeClass, enumName: 'company_size_class' })
  sizeClass!: CompanySizeClass;

  @Index()
  @Column({ type: 'char', length: 3 })
  homeMunicipalityCode!: string;

  @ManyToOne(() => Municipality, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'home_municipality_code' })
  homeMunicipality?: Municipality;

  /**
   * The area of the home municipality, denormalised because every access check reads it. The
   * service sets it and triggers of the Crm migration keep it right when an area's municipalities
   * change. Null while the municipality belongs to no known area.
   */
  @Index()
  @Column({ type: 'uuid', nullable: true })
  homeEmploymentAreaId!: string | null;

  @ManyToOne(() => EmploymentArea, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'home_employment_area_id' })
  homeEmploymentArea?: EmploymentArea | null;

  /** A new account starts PENDING; see company-verification.ts. */
  @Column({ type: 'enum', enum: CompanyVerificationStatus, enumName: 'company_verification_status', default: CompanyVerificationStatus.PENDING })
  verificationStatus!: CompanyVerificationStatus;

  @Column({ type: 'enum', enum: CompanyVerificationMethod, enumName: 'company_verification_method', nullable: true })
  verificationMethod!: CompanyVerificationMethod | null;

  @Column({ type: 'timestamptz', nullable: true })
  verifiedAt!: Date | null;

  /** Who verified it: the coordinator, the platform admin, or the person whose mandate claim did; null for an import. */
  @Index()
  @Column({ type: 'uuid', nullable: true })
  verifiedByUserId!: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'verified_by_user_id' })
  verifiedBy?: User | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
