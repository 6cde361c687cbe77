import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHmac } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { AuditEvent } from './audit-log.entity';

/** Details are flat scalars by type, which keeps free text (and with it personal data) out. */
export type AuditDetails = Record<string, string | number | boolean | null>;

export interface AuditRecord {
  actorUserId: string | null;
  action: string;
  resourceType: string;
  resourceId?: string | null;
  organizationId?: string | null;
  employmentAreaId?: string | null;
  details?: AuditDetails;
}

@Injectable()
export class AuditService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Records one event. Given the manager of the caller's transaction, the event commits or rolls
   * back with the work it describes; a read whose audit row cannot be written fails with it.
   */
  async record(event: AuditRecord, manager: EntityManager = this.dataSource.manager): Promise<AuditEvent> {
    const repository = manager.getRepository(AuditEvent);
    return repository.save(
      repository.create({
        // Set here, to the millisecond, rather than by now(): keyset cursors carry the time in
        // JavaScript precision, and every event of one transaction would otherwise share a time.
        at: new Date(),
        actorUserId: event.actorUserId,
        action: event.action,
        resourceType: event.resourceType,
        resourceId: event.resourceId ?? null,
        organizationId: event.organizationId ?? null,
        employmentAreaId: event.employmentAreaId ?? null,
        details: event.details ?? {},
      }),
    );
  }

  /** Records several events in one statement, e.g. one per candidate shown in a list. */
  async recordMany(events: readonly AuditRecord[], manager: EntityManager = this.dataSource.manager): Promise<void> {
    if (events.length === 0) return;
    const at = new Date();
    await manager.getRepository(AuditEvent).insert(
      events.map((event) => ({
        at,
        actorUserId: event.actorUserId,
        action: event.action,
        resourceType: event.resourceType,
        resourceId: event.resourceId ?? null,
        organizationId: event.organizationId ?? null,
        employmentAreaId: event.employmentAreaId ?? null,
        details: event.details ?? {},
      })),
    );
  }

  /**
   * Erasure: the subject's ids (a profile, its user) become one pseudonym in every event, through
   * the database function that alone may change audit rows (the application role cannot UPDATE
   * them). Keyed, so the pseudonym cannot be recomputed from an id without the secret.
   */
  async pseudonymiseSubject(subjectIds: readonly string[], secret: string, manager: EntityManager = this.dataSource.manager): Promise<string> {
    const pseudonym = `erased:${createHmac('sha256', secret).update(`audit-subject:${subjectIds[0]}`).digest('hex').slice(0, 32)}`;
    await manager.query('SELECT audit_event_pseudonymise($1::text[], $2)', [subjectIds, pseudonym]);
    return pseudonym;
  }

  /** Retention: removes events older than the period (the database refuses under 30 days). */
  async purgeOlderThan(days: number, manager: EntityManager = this.dataSource.manager): Promise<number> {
    const [row] = await manager.query('SELECT audit_event_purge($1) AS removed', [days]);
    return row.removed as number;
  }
}
