import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

@Entity('app_user')
@Index(['authIssuer', 'authSubject'], { unique: true, where: 'auth_subject IS NOT NULL' })
export class User {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Stored lower-case. */
  @Index({ unique: true })
  @Column({ type: 'text' })
  email!: string;

  @Column({ type: 'text' })
  displayName!: string;

  /** The identity provider's issuer and subject (e.g. Suomi.fi); null until first sign-in. */
  @Column({ type: 'text', nullable: true })
  authIssuer!: string | null;

  @Column({ type: 'text', nullable: true })
  authSubject!: string | null;

  /** Seeded demo users: the only ones development login may sign in as. */
  @Column({ type: 'boolean', default: false })
  isDemo!: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
