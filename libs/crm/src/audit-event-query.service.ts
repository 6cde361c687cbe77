import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditEvent, AuditService, Connection, Principal } from '@ytmt/core';
import { DataSource } from 'typeorm';
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
    const scope = all ? null : { organizationIds: await this.companiesHomedIn(areaIds), employmentAreaIds: areaIds };
    const { resourceId, actorUserId, action, from, to } = filter;
    return this.audit.page({ scope, resourceId, actorUserId, action, from, to }, first, after);
  }

  /** The companies whose home is one of the areas: their events belong to the areas' admins. */
  private async companiesHomedIn(areaIds: readonly string[]): Promise<string[]> {
    if (areaIds.length === 0) return [];
    const rows: { organization_id: string }[] = await this.dataSource.query(
      'SELECT organization_id FROM company_profile WHERE home_employment_area_id = ANY($1::uuid[])',
      [areaIds],
    );
    return rows.map((row) => row.organization_id);
  }
}
