import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Role } from '@ytmt/core';
import { DataSource, EntityManager } from 'typeorm';
import { CompanyTransferFacts, NeedForwardFacts, ProposalFacts, ServiceModerationFacts, ServiceRevisionFacts, ServiceSubmissionFacts, ShareRequestFacts } from './notification-recipes';

/**
 * Reads what the recipes need straight from the domain tables, so that this lib depends on no
 * other lib's services (they produce the events, and would otherwise depend on us in a cycle).
 * Every method returns null when the record is gone: nobody is notified of what no longer exists.
 */
@Injectable()
export class NotificationFactsReader {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async proposal(proposalId: string): Promise<ProposalFacts | null> {
    const rows: {
      need_id: string;
      need_title: string;
      company_id: string;
      company_name: string;
      service_id: string;
      service_name: string;
      provider_id: string;
      provider_name: string;
      status: string;
      message: string;
      answer_reason: string | null;
      proposed_by_user_id: string | null;
    }[] = await this.dataSource.query(
      `SELECT p.need_id, n.title AS need_title, c.id AS company_id, c.name AS company_name,
              p.service_id, s.name_fi AS service_name, p.provider_id, pr.name AS provider_name,
              p.status, p.message, p.answer_reason, p.proposed_by_user_id
         FROM proposal p
         JOIN need n ON n.id = p.need_id
         JOIN organization c ON c.id = n.organization_id
         JOIN service s ON s.id = p.service_id
         JOIN organization pr ON pr.id = p.provider_id
        WHERE p.id = $1`,
      [proposalId],
    );
    const row = rows[0];
    if (!row) return null;
    return {
      proposalId,
      needId: row.need_id,
      needTitle: row.need_title,
      companyName: row.company_name,
      serviceId: row.service_id,
      serviceName: row.service_name,
      providerName: row.provider_name,
      status: row.status,
      message: row.message,
      answerReason: row.answer_reason,
      proposedByUserId: row.proposed_by_user_id,
      employerUserIds: await this.members(row.company_id, Role.EMPLOYER_USER),
      providerUserIds: await this.members(row.provider_id, Role.PROVIDER_USER),
    };
  }

  async shareRequest(shareRequestId: string): Promise<ShareRequestFacts | null> {
    const rows: {
      status: string;
      deadline: Date;
      message: string | null;
      need_id: string;
      need_title: string;
      company_name: string;
      user_id: string | null;
    }[] = await this.dataSource.query(
      `SELECT r.status, r.deadline, r.message, n.id AS need_id, n.title AS need_title, c.name AS company_name, jp.user_id
         FROM share_request r
         JOIN candidate ca ON ca.id = r.candidate_id
         JOIN need n ON n.id = ca.need_id
         JOIN organization c ON c.id = n.organization_id
         JOIN jobseeker_profile jp ON jp.id = r.profile_id
        WHERE r.id = $1`,
      [shareRequestId],
    );
    const row = rows[0];
    if (!row) return null;
    return {
      shareRequestId,
      status: row.status,
      deadline: new Date(row.deadline),
      message: row.message,
      needId: row.need_id,
      needTitle: row.need_title,
      companyName: row.company_name,
      jobseekerUserId: row.user_id,
    };
  }

  async serviceModeration(serviceId: string, serviceChangeId: string): Promise<ServiceModerationFacts | null> {
    const rows: { organization_id: string; name_fi: string; status: string; rejection_reason: string | null; new_value: unknown }[] =
      await this.dataSource.query(
        `SELECT s.organization_id, s.name_fi, s.status, s.rejection_reason, ch.new_value
           FROM service_change ch
           JOIN service s ON s.id = ch.service_id
          WHERE ch.id = $1 AND ch.service_id = $2 AND ch.field_name = 'status'`,
        [serviceChangeId, serviceId],
      );
    const row = rows[0];
    if (!row) return null;
    return {
      serviceId,
      serviceChangeId,
      serviceName: row.name_fi,
      outcome: typeof row.new_value === 'string' ? row.new_value : '',
      currentStatus: row.status,
      rejectionReason: row.rejection_reason,
      providerUserIds: await this.members(row.organization_id, Role.PROVIDER_USER),
    };
  }

  async serviceSubmission(serviceId: string, serviceChangeId: string): Promise<ServiceSubmissionFacts | null> {
    const rows: { name_fi: string; status: string; is_national: boolean; provider_name: string; new_value: unknown; latest: boolean }[] =
      await this.dataSource.query(
        `SELECT s.name_fi, s.status, s.is_national, pr.name AS provider_name, ch.new_value,
                NOT EXISTS (SELECT 1 FROM service_change later
                             WHERE later.service_id = ch.service_id AND later.field_name = 'status' AND later.changed_at > ch.changed_at) AS latest
           FROM service_change ch
           JOIN service s ON s.id = ch.service_id
           JOIN organization pr ON pr.id = s.organization_id
          WHERE ch.id = $1 AND ch.service_id = $2 AND ch.field_name = 'status'`,
        [serviceChangeId, serviceId],
      );
    const row = rows[0];
    if (!row) return null;
    return {
      serviceId,
      serviceChangeId,
      serviceName: row.name_fi,
      providerName: row.provider_name,
      movedTo: typeof row.new_value === 'string' ? row.new_value : '',
      currentStatus: row.status,
      latestStatusChange: row.latest,
      isNational: row.is_national,
      platformAdminUserIds: await this.withRole(Role.PLATFORM_ADMIN),
      areaModeratorUserIds: await this.areaModerators(serviceId),
    };
  }

  async serviceRevision(serviceId: string, serviceRevisionId: string): Promise<ServiceRevisionFacts | null> {
    const rows: {
      organization_id: string;
      name_fi: string;
      proposed_name: string | null;
      provider_name: string;
      status: string;
      content_digest: string;
      rejection_reason: string | null;
      is_national: boolean;
    }[] = await this.dataSource.query(
      `SELECT s.organization_id, s.name_fi, r.content->>'nameFi' AS proposed_name, pr.name AS provider_name, r.status,
              md5(r.content::text) AS content_digest, r.rejection_reason,
              coalesce((r.content->>'isNational')::boolean, false) AS is_national
         FROM service_revision r
         JOIN service s ON s.id = r.service_id
         JOIN organization pr ON pr.id = s.organization_id
        WHERE r.id = $1 AND r.service_id = $2`,
      [serviceRevisionId, serviceId],
    );
    const row = rows[0];
    if (!row) return null;
    return {
      serviceId,
      serviceRevisionId,
      serviceName: row.name_fi,
      proposedName: row.proposed_name ?? row.name_fi,
      providerName: row.provider_name,
      status: row.status,
      contentDigest: row.content_digest,
      rejectionReason: row.rejection_reason,
      isNational: row.is_national,
      platformAdminUserIds: await this.withRole(Role.PLATFORM_ADMIN),
      areaModeratorUserIds: await this.revisionAreaModerators(serviceRevisionId),
      providerUserIds: await this.members(row.organization_id, Role.PROVIDER_USER),
    };
  }

  async needForward(forwardId: string): Promise<NeedForwardFacts | null> {
    const rows: { need_id: string; need_title: string; company_name: string; provider_id: string; message: string | null }[] =
      await this.dataSource.query(
        `SELECT f.need_id, n.title AS need_title, c.name AS company_name, f.provider_id, f.message
           FROM need_forward f
           JOIN need n ON n.id = f.need_id
           JOIN organization c ON c.id = n.organization_id
          WHERE f.id = $1`,
        [forwardId],
      );
    const row = rows[0];
    if (!row) return null;
    return {
      forwardId,
      needId: row.need_id,
      needTitle: row.need_title,
      companyName: row.company_name,
      message: row.message,
      providerUserIds: await this.members(row.provider_id, Role.PROVIDER_USER),
    };
  }

  async companyTransfer(transferId: string): Promise<CompanyTransferFacts | null> {
    const rows: {
      organization_id: string;
      company_name: string;
      from_name: string;
      to_name: string;
      from_area: string | null;
      to_area: string | null;
      from_area_id: string | null;
      to_area_id: string | null;
      reason: string;
    }[] = await this.dataSource.query(
      `SELECT t.organization_id, c.name AS company_name, fm.name_fi AS from_name, tm.name_fi AS to_name,
              fa.name_fi AS from_area, ta.name_fi AS to_area, t.from_employment_area_id AS from_area_id,
              t.to_employment_area_id AS to_area_id, t.reason
         FROM company_transfer t
         JOIN organization c ON c.id = t.organization_id
         JOIN municipality fm ON fm.code = t.from_municipality_code
         JOIN municipality tm ON tm.code = t.to_municipality_code
         LEFT JOIN employment_area fa ON fa.id = t.from_employment_area_id
         LEFT JOIN employment_area ta ON ta.id = t.to_employment_area_id
        WHERE t.id = $1`,
      [transferId],
    );
    const row = rows[0];
    if (!row) return null;
    const staff: { user_id: string }[] = await this.dataSource.query(
      `SELECT DISTINCT m.user_id
         FROM membership m JOIN organization area ON area.id = m.organization_id
        WHERE m.role IN ($2, $3) AND area.employment_area_id = ANY($1::uuid[])
        ORDER BY m.user_id`,
      [[row.from_area_id, row.to_area_id].filter((id): id is string => id !== null), Role.COORDINATOR, Role.AREA_ADMIN],
    );
    return {
      transferId,
      companyId: row.organization_id,
      companyName: row.company_name,
      fromMunicipalityName: row.from_name,
      toMunicipalityName: row.to_name,
      fromAreaName: row.from_area,
      toAreaName: row.to_area,
      reason: row.reason,
      staffUserIds: staff.map((s) => s.user_id),
    };
  }

  /** The need with its company, or null; `open` is false once the need is filled or closed. */
  async need(
    needId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<{ needTitle: string; companyName: string; companyId: string; open: boolean } | null> {
    const rows: { title: string; company_name: string; company_id: string; stage: string }[] = await manager.query(
      `SELECT n.title, c.name AS company_name, c.id AS company_id, n.stage
         FROM need n JOIN organization c ON c.id = n.organization_id
        WHERE n.id = $1`,
      [needId],
    );
    const row = rows[0];
    if (!row) return null;
    return { needTitle: row.title, companyName: row.company_name, companyId: row.company_id, open: !['FILLED', 'CLOSED'].includes(row.stage) };
  }

  /** Coordinators of the employment area the company's home municipality belongs to. */
  async homeAreaCoordinators(companyId: string, manager: EntityManager = this.dataSource.manager): Promise<string[]> {
    const rows: { user_id: string }[] = await manager.query(
      `SELECT DISTINCT m.user_id
         FROM organization c
         JOIN employment_area_municipality eam ON eam.municipality_code = c.home_municipality_code
         JOIN organization area ON area.employment_area_id = eam.employment_area_id
         JOIN membership m ON m.organization_id = area.id AND m.role = $2
        WHERE c.id = $1
        ORDER BY m.user_id`,
      [companyId, Role.COORDINATOR],
    );
    return rows.map((row) => row.user_id);
  }

  /**
   * Coordinators and area admins of the employment areas a service covers: the areas of its
   * service_area rows and of their municipalities, as ServiceRepository works out its scope.
   */
  private async areaModerators(serviceId: string): Promise<string[]> {
    const rows: { user_id: string }[] = await this.dataSource.query(
      `SELECT DISTINCT m.user_id
         FROM membership m
         JOIN organization area ON area.id = m.organization_id
        WHERE m.role IN ($2, $3)
          AND area.employment_area_id IN (
                SELECT sa.employment_area_id FROM service_area sa WHERE sa.service_id = $1 AND sa.employment_area_id IS NOT NULL
                UNION
                SELECT eam.employment_area_id FROM service_area sa
                  JOIN employment_area_municipality eam ON eam.municipality_code = sa.municipality_code
                 WHERE sa.service_id = $1)
        ORDER BY m.user_id`,
      [serviceId, Role.COORDINATOR, Role.AREA_ADMIN],
    );
    return rows.map((row) => row.user_id);
  }

  /**
   * Coordinators and area admins of the employment areas a revision's proposed version covers
   * (directly or through a municipality) that have not approved it yet.
   */
  private async revisionAreaModerators(serviceRevisionId: string): Promise<string[]> {
    const rows: { user_id: string }[] = await this.dataSource.query(
      `SELECT DISTINCT m.user_id
         FROM service_revision r
         JOIN organization area ON area.employment_area_id IN (
                SELECT a.id::uuid FROM jsonb_array_elements_text(coalesce(r.content->'employmentAreaIds', '[]')) AS a(id)
                UNION
                SELECT eam.employment_area_id FROM jsonb_array_elements_text(coalesce(r.content->'municipalityCodes', '[]')) AS mc(code)
                  JOIN employment_area_municipality eam ON eam.municipality_code = mc.code)
         JOIN membership m ON m.organization_id = area.id AND m.role IN ($2, $3)
        WHERE r.id = $1 AND NOT (area.employment_area_id = ANY(r.approved_employment_area_ids))
        ORDER BY m.user_id`,
      [serviceRevisionId, Role.COORDINATOR, Role.AREA_ADMIN],
    );
    return rows.map((row) => row.user_id);
  }

  /** Whoever holds the role, in any organisation (platform admins). */
  private async withRole(role: Role): Promise<string[]> {
    const rows: { user_id: string }[] = await this.dataSource.query('SELECT DISTINCT user_id FROM membership WHERE role = $1 ORDER BY user_id', [role]);
    return rows.map((row) => row.user_id);
  }

  private async members(organizationId: string, role: Role): Promise<string[]> {
    const rows: { user_id: string }[] = await this.dataSource.query(
      'SELECT DISTINCT user_id FROM membership WHERE organization_id = $1 AND role = $2 ORDER BY user_id',
      [organizationId, role],
    );
    return rows.map((row) => row.user_id);
  }
}
