import { Organization, User } from '@ytmt/identity';
import { EmploymentArea } from '@ytmt/regions';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export enum InteractionKind {
  VISIT = 'VISIT',
  CALL = 'CALL',
  EMAIL = 'EMAIL',
  EVENT = 'EVENT',
}

export enum InteractionVisibility {
  /** Only the author's employment area sees it. */
  AREA_ONLY = 'AREA_ONLY',
  /** Every area that sees the company. */
  SHARED = 'SHARED',
}

/** Yhteyshenkilö: personal data, kept minimal, and every read is audited. */
@Entity('company_contact_person')
export class ContactPerson {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index()
  @Column({ type: 'uuid' })
  organizationId!: string;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: Organization;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text', nullable: true })
  title!: string | null;

  @Column({ type: 'text', nullable: true })
  email!: string | null;

  @Column({ type: 'text', nullable: true })
  phone!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}

/** A visit, call, e-mail or event with the company, as the coordinator logged it. */
@Entity('company_interaction')
@Index('idx_company_interaction_company_occurred', ['organizationId', 'occurredAt'])
export class Interaction {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  organizationId!: string;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: Organization;

  @Column({ type: 'enum', enum: InteractionKind, enumName: 'company_interaction_kind' })
  kind!: InteractionKind;

  @Column({ type: 'timestamptz' })
  occurredAt!: Date;

  @Column({ type: 'text' })
  summary!: string;

  @Column({ type: 'text', nullable: true })
  outcome!: string | null;

  @Column({ type: 'text', nullable: true })
  nextStep!: string | null;

  @Column({ type: 'enum', enum: InteractionVisibility, enumName: 'company_interaction_visibility' })
  visibility!: InteractionVisibility;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  authorUserId!: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'author_user_id' })
  author?: User | null;

  @Index()
  @Column({ type: 'uuid' })
  authorEmploymentAreaId!: string;

  @ManyToOne(() => EmploymentArea, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'author_employment_area_id' })
  authorEmploymentArea?: EmploymentArea;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}

/** A follow-up task (jatkotoimenpide) for a coordinator. */
@Entity('company_task')
@Index('idx_company_task_assignee_due', ['assigneeUserId', 'done', 'dueAt'])
export class FollowUpTask {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index()
  @Column({ type: 'uuid' })
  organizationId!: string;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: Organization;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'timestamptz' })
  dueAt!: Date;

  @Column({ type: 'uuid' })
  assigneeUserId!: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'assignee_user_id' })
  assignee?: User;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  createdByUserId!: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'created_by_user_id' })
  createdBy?: User | null;

  @Column({ type: 'boolean', default: false })
  done!: boolean;

  @Column({ type: 'timestamptz', nullable: true })
  doneAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
