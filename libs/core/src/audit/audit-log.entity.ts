import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One recorded event: who did what to which resource, and for which organisation and employment
 * area. Append-only. Columns hold ids only, and `details` must never carry personal data, so the
 * log itself stays shareable with area admins. No foreign keys: the log must outlive the rows it
 * names, and core never depends on a domain's tables.
 */
@Entity('audit_event')
@Index('idx_audit_event_organization_at', ['organizationId', 'at'])
@Index('idx_audit_event_area_at', ['employmentAreaId', 'at'])
@Index('idx_audit_event_actor_at', ['actorUserId', 'at'])
@Index('idx_audit_event_resource', ['resourceId'])
export class AuditEvent {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('idx_audit_event_at')
  @Column({ type: 'timestamptz', default: () => 'now()' })
  at!: Date;

  /** Null for system actions (jobs, seeders). */
  @Column({ type: 'uuid', nullable: true })
  actorUserId!: string | null;

  /** e.g. READ_CONTACT_PERSONS; each domain names its own actions. */
  @Column({ type: 'text' })
  action!: string;

  @Column({ type: 'text' })
  resourceType!: string;

  @Column({ type: 'text', nullable: true })
  resourceId!: string | null;

  @Column({ type: 'uuid', nullable: true })
  organizationId!: string | null;

  /** The employment area the actor acted for. */
  @Column({ type: 'uuid', nullable: true })
  employmentAreaId!: string | null;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  details!: Record<string, string | number | boolean | null>;
}
