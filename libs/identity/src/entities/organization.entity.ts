import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { EmploymentArea, Municipality } from '@ytmt/regions';

export enum Sector {
  PUBLIC = 'PUBLIC',
  PRIVATE = 'PRIVATE',
  THIRD_SECTOR = 'THIRD_SECTOR',
}

export enum OrganizationType {
  MUNICIPALITY = 'MUNICIPALITY',
  EMPLOYMENT_AREA = 'EMPLOYMENT_AREA',
  WELLBEING_COUNTY = 'WELLBEING_COUNTY',
  STATE_AGENCY = 'STATE_AGENCY',
  EDUCATIONAL_INSTITUTION = 'EDUCATIONAL_INSTITUTION',
  ASSOCIATION = 'ASSOCIATION',
  FOUNDATION = 'FOUNDATION',
  SOCIAL_ENTERPRISE = 'SOCIAL_ENTERPRISE',
  COMPANY = 'COMPANY',
  COOPERATIVE = 'COOPERATIVE',
  OTHER = 'OTHER',
}

@Entity('organization')
export class Organization {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'enum', enum: Sector, enumName: 'organization_sector' })
  sector!: Sector;

  @Column({ type: 'enum', enum: OrganizationType, enumName: 'organization_type' })
  type!: OrganizationType;

  /** Y-tunnus; one organisation per business id. */
  @Index({ unique: true, where: 'business_id IS NOT NULL' })
  @Column({ type: 'varchar', length: 9, nullable: true })
  businessId!: string | null;

  @Column({ type: 'text', nullable: true })
  website!: string | null;

  /** The organisation's general contact channel (not a person). */
  @Column({ type: 'text', nullable: true })
  email!: string | null;

  @Column({ type: 'text', nullable: true })
  phone!: string | null;

  @Index()
  @Column({ type: 'char', length: 3, nullable: true })
  homeMunicipalityCode!: string | null;

  @ManyToOne(() => Municipality, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'home_municipality_code' })
  homeMunicipality?: Municipality;

  /** Set on the organisation that runs an employment area (its coordinators are members). */
  @Index({ unique: true, where: 'employment_area_id IS NOT NULL' })
  @Column({ type: 'uuid', nullable: true })
  employmentAreaId!: string | null;

  @ManyToOne(() => EmploymentArea, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'employment_area_id' })
  employmentArea?: EmploymentArea;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
