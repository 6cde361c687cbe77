import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHmac } from 'node:crypto';
import { Brackets, DataSource, EntityManager } from 'typeorm';
import { Connection, decodeKeysetCursor, toConnection } from '../graphql/connection';
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

/** Which events a reader of the log may see, and the filters they chose (combined with AND). */
export interface AuditEventQuery {
  /**
   * Null: every event. Otherwise only events about these organisations or recorded for these
   * employment areas.
   */
  scope: { organizationIds: readonly string[]; employmentAreaIds: readonly string[] } | null;
  resourceId?: string | null;
  actorUserId?: string | null;
  action?: string | null;
  /** Inclusive. */
  from?: Date | null;
  /** Exclusive. */
  to?: Date | null;
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

  /** The events about one resource, oldest first: e.g. who has read a jobseeker's profile. */
  async eventsAbout(resourceId: string, manager: EntityManager = this.dataSource.manager): Promise<AuditEvent[]> {
    return manager.getRepository(AuditEvent).find({ where: { resourceId }, order: { at: 'ASC' } });
  }

  /** A page of the log, newest first, with keyset cursors over (at, id). */
  async page(query: AuditEventQuery, first: number, after?: string): Promise<Connection<AuditEvent>> {
    const builder = this.dataSource.getRepository(AuditEvent).createQueryBuilder('e');
    if (query.scope) {
      const { organizationIds, employmentAreaIds } = query.scope;
      builder.where(
        new Brackets((scope) => scope.where('e.organization_id = ANY(:organizationIds)').orWhere('e.employment_area_id = ANY(:employmentAreaIds)')),
        { organizationIds, employmentAreaIds },
      );
    }
    if (query.resourceId) builder.andWhere('e.resource_id = :resourceId', { resourceId: query.resourceId });
    if (query.actorUserId) builder.andWhere('e.actor_user_id = :actorUserId', { actorUserId: query.actorUserId });
    if (query.action) builder.andWhere('e.action = :action', { action: query.action });
    if (query.from) builder.andWhere('e.at >= :from', { from: query.from });
    if (query.to) builder.andWhere('e.at < :to', { to: query.to });
    const totalCount = await builder.getCount();
    if (after) {
      const { key: at, id } = decodeKeysetCursor(after, 'timestamp');
      builder.andWhere('(e.at, e.id) < (:at, CAST(:id AS uuid))', { at: new Date(at), id });
    }
    const rows = await builder.orderBy('e.at', 'DESC').addOrderBy('e.id', 'DESC').limit(first + 1).getMany();
    return toConnection(rows, first, totalCount, (e) => `${e.at.toISOString()}\u0000${e.id}`, Boolean(after));
  }

  /** Retention: removes events older than the period (the database refuses under 30 days). */
  async purgeOlderThan(days: number, manager: EntityManager = this.dataSource.manager): Promise<number> {
    const [row] = await manager.query('SELECT audit_event_purge($1) AS removed', [days]);
    return row.removed as number;
  }
}
