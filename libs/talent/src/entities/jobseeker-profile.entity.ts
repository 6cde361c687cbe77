import { User } from '@ytmt/identity';
import { Municipality } from '@ytmt/regions';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { EducationLevel } from '../talent.enums';

/**
 * A jobseeker's pseudonymous profile: what matching needs and nothing that identifies the person.
 * Name and contact details live apart, in jobseeker_identity.
 */
@Entity('jobseeker_profile')
@Check('chk_jobseeker_profile_hours', 'hours_min IS NULL OR hours_max IS NULL OR hours_min <= hours_max')
export class JobseekerProfile {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** The jobseeker's own account, once they have signed in; a coordinator may create the profile first. */
  @Index('uq_jobseeker_profile_user', { unique: true, where: 'user_id IS NOT NULL' })
  @Column({ type: 'uuid', nullable: true })
  userId!: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'user_id' })
  user?: User | null;

  /** Shown instead of a name everywhere identity is not allowed, e.g. "Hakija K7M2". */
  @Index('uq_jobseeker_profile_pseudonym', { unique: true })
  @Column({ type: 'text' })
  pseudonym!: string;

  @Index()
  @Column({ type: 'char', length: 3, nullable: true })
  homeMunicipalityCode!: string | null;

  @ManyToOne(() => Municipality, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'home_municipality_code' })
  homeMunicipality?: Municipality | null;

  /** The employment area serving the jobseeker (from the home municipality); its coordinators may help keep the profile. */
  @Index()
  @Column({ type: 'uuid', nullable: true })
  employmentAreaId!: string | null;

  /** Rounded to two decimals (about a kilometre): enough for commuting, too coarse for an address. */
  @Column({ type: 'double precision', nullable: true })
  homeLatitude!: number | null;

  @Column({ type: 'double precision', nullable: true })
  homeLongitude!: number | null;

  @Column({ type: 'smallint', nullable: true })
  commuteRadiusKm!: number | null;

  @Column({ type: 'text', array: true, default: '{}' })
  acceptableMunicipalityCodes!: string[];

  @Column({ type: 'boolean', default: false })
  remoteOk!: boolean;

  @Column({ type: 'smallint', nullable: true })
  hoursMin!: number | null;

  @Column({ type: 'smallint', nullable: true })
  hoursMax!: number | null;

  /** Driving licence classes held, e.g. B, C. */
  @Column({ type: 'text', array: true, default: '{}' })
  drivingLicences!: string[];

  @Column({ type: 'enum', enum: EducationLevel, enumName: 'education_level', nullable: true })
  educationLevel!: EducationLevel | null;

  @Column({ type: 'uuid', nullable: true })
  createdByUserId!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  /** Bumped by every change to the profile, its parts or its consents: the matcher syncs by it. */
  @Index()
  @Column({ type: 'timestamptz', default: () => 'now()' })
  updatedAt!: Date;
}
