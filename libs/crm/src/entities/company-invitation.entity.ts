import { Organization, User } from '@ytmt/identity';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CompanyUserRole } from './company-parts.entity';

/**
 * An invitation to become a user of a company account. Addressed to an e-mail address, not to a
 * user: inviting never looks up whether the address has an account, so the answer cannot tell. The
 * person accepts it signed in with that address; only then does a membership exist. The token is
 * kept as its SHA-256 hash.
 */
@Entity('company_invitation')
@Index('uq_company_invitation_open', ['organizationId', 'email'], { unique: true, where: 'accepted_at IS NULL AND revoked_at IS NULL' })
@Check('chk_company_invitation_email_lower', 'email = lower(email)')
export class CompanyInvitation {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index()
  @Column({ type: 'uuid' })
  organizationId!: string;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: Organization;

  /** Lower-case. */
  @Index()
  @Column({ type: 'text' })
  email!: string;

  @Column({ type: 'enum', enum: CompanyUserRole, enumName: 'company_user_role' })
  role!: CompanyUserRole;

  @Index({ unique: true })
  @Column({ type: 'char', length: 64 })
  tokenHash!: string;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  invitedByUserId!: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'invited_by_user_id' })
  invitedBy?: User | null;

  @Column({ type: 'timestamptz' })
  expiresAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  acceptedAt!: Date | null;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  acceptedByUserId!: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'accepted_by_user_id' })
  acceptedBy?: User | null;

  @Column({ type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
