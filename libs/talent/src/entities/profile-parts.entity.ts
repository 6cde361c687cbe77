import { Adjustment, DEMAND_LEVELS_CHECK, DemandLevelColumns, LanguageAtLevelColumns } from '@ytmt/needs';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, OneToOne, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { ConsentAction, ConsentScope } from '../talent.enums';
import { JobseekerProfile } from './jobseeker-profile.entity';

/** Name and contact details, kept apart from the profile and read only where identity is allowed. */
@Entity('jobseeker_identity')
export class JobseekerIdentity {
  @PrimaryColumn({ type: 'uuid' })
  profileId!: string;

  @OneToOne(() => JobseekerProfile, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'profile_id' })
  profile?: JobseekerProfile;

  @Column({ type: 'text' })
  firstName!: string;

  @Column({ type: 'text' })
  lastName!: string;

  @Column({ type: 'text', nullable: true })
  email!: string | null;

  @Column({ type: 'text', nullable: true })
  phone!: string | null;
}

@Entity('profile_skill')
export class ProfileSkill {
  @PrimaryColumn({ type: 'uuid' })
  profileId!: string;

  @ManyToOne(() => JobseekerProfile, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'profile_id' })
  profile?: JobseekerProfile;

  @Index()
  @PrimaryColumn({ type: 'text' })
  skillUri!: string;

  @Column({ type: 'text' })
  label!: string;
}

/** An occupation the person has worked in, or wishes to (wished = true). */
@Entity('profile_occupation')
export class ProfileOccupation {
  @PrimaryColumn({ type: 'uuid' })
  profileId!: string;

  @ManyToOne(() => JobseekerProfile, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'profile_id' })
  profile?: JobseekerProfile;

  @Index()
  @PrimaryColumn({ type: 'text' })
  occupationUri!: string;

  @PrimaryColumn({ type: 'boolean' })
  wished!: boolean;

  @Column({ type: 'text' })
  label!: string;
}

@Entity('profile_language')
export class ProfileLanguage extends LanguageAtLevelColumns {
  @PrimaryColumn({ type: 'uuid' })
  profileId!: string;

  @ManyToOne(() => JobseekerProfile, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'profile_id' })
  profile?: JobseekerProfile;
}

/**
 * Functional capability only — the level the person can sustain per demand dimension (0 … 3)
 * and the adjustments they need. Never diagnoses or their causes.
 */
@Entity('work_ability_profile')
@Check('chk_work_ability_levels', DEMAND_LEVELS_CHECK)
export class WorkAbilityProfile extends DemandLevelColumns {
  @PrimaryColumn({ type: 'uuid' })
  profileId!: string;

  @OneToOne(() => JobseekerProfile, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'profile_id' })
  profile?: JobseekerProfile;

  @Column({ type: 'enum', enum: Adjustment, enumName: 'need_adjustment', array: true, default: '{}' })
  adjustmentsNeeded!: Adjustment[];
}

/** The current state of one consent scope of one profile. */
@Entity('consent')
export class Consent {
  @PrimaryColumn({ type: 'uuid' })
  profileId!: string;

  @ManyToOne(() => JobseekerProfile, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'profile_id' })
  profile?: JobseekerProfile;

  @PrimaryColumn({ type: 'enum', enum: ConsentScope, enumName: 'consent_scope' })
  scope!: ConsentScope;

  @Column({ type: 'timestamptz' })
  grantedAt!: Date;

  @Index()
  @Column({ type: 'timestamptz', nullable: true })
  expiresAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  withdrawnAt!: Date | null;
}

/** Every grant, withdrawal and expiry, kept for the jobseeker and for audits. */
@Entity('consent_event')
export class ConsentEvent {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index()
  @Column({ type: 'uuid' })
  profileId!: string;

  @ManyToOne(() => JobseekerProfile, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'profile_id' })
  profile?: JobseekerProfile;

  @Column({ type: 'enum', enum: ConsentScope, enumName: 'consent_scope' })
  scope!: ConsentScope;

  @Column({ type: 'enum', enum: ConsentAction, enumName: 'consent_action' })
  action!: ConsentAction;

  @Column({ type: 'timestamptz', nullable: true })
  expiresAt!: Date | null;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  at!: Date;

  /** Null when the platform expired the consent. */
  @Column({ type: 'uuid', nullable: true })
  byUserId!: string | null;
}
