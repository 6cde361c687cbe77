import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditEvent, AuditService, Connection, CoreException, decodeCursor, Principal, toConnection } from '@ytmt/core';
import { isUUID } from 'class-validator';
import { Brackets, DataSource } from 'typeorm';
import { CrmException } from './crm.exception';
import { CrmPolicy } from './crm.policy';
import { AuditEventFilter } from './dto/audit.inputs';

/**
 * The audit log as area admins see it: events about companies whose home is their area, and
 * events of their own staff acting for the area (e.g. reads of a company shared with it).
 * Platform admins see everything. Newest first.
 */
@Injectable()
export class AuditEventQueryService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(principal: Principal, filter: AuditEventFilter, first: number, after?: string): Promise<Connection<AuditEvent>> {
    const { all, areaIds } = CrmPolicy.auditScope(principal);
    // Reading the log is itself logged (issue 11, point 10): who looked, and for what.
    await this.audit.record({
      actorUserId: principal.userId,
      action: 'audit_event.read',
      resourceType: 'audit_event',
      resourceId: filter.resourceId ?? null,
      details: { all, action: filter.action ?? null, actorUserId: filter.actorUserId ?? null },
    });
    const query = this.dataSource.getRepository(AuditEvent).createQueryBuilder('e');
    if (!all) {
      query.where(
        new Brackets((scope) =>
          scope
            .where('e.organization_id IN (SELECT p.organization_id FROM company_profile p WHERE p.home_employment_area_id = ANY(:areaIds))')
            .orWhere('e.employment_area_id = ANY(:areaIds)'),
        ),
        { areaIds },
      );
    }
    if (filter.resourceId) query.andWhere('e.resource_id = :resourceId', { resourceId: filter.resourceId });
    if (filter.actorUserId) query.andWhere('e.actor_user_id = :actorUserId', { actorUserId: filter.actorUserId });
    if (filter.action) query.andWhere('e.action = :action', { action: filter.action });
    if (filter.from) query.andWhere('e.at >= :from', { from: filter.from });
    if (filter.to) query.andWhere('e.at < :to', { to: filter.to });
    const totalCount = await query.getCount();
    if (after) {
      const [at, id] = decodeCursor(after).split('\u0000');
      if (!id || !isUUID(id) || Number.isNaN(Date.parse(at))) {
        throw CoreException.invalidInput([{ path: 'after', message: 'is not a cursor returned by this API' }]);
      }
      query.andWhere('(e.at, e.id) < (:at, CAST(:id AS uuid))', { at: new Date(at), id });
    }
    const rows = await query.orderBy('e.at', 'DESC').addOrderBy('e.id', 'DESC').limit(first + 1).getMany();
    return toConnection(rows, first, totalCount, (e) => `${e.at.toISOString()}\u0000${e.id}`, Boolean(after));
  }
}
