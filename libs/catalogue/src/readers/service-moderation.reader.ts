import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

/** A status change of a new service, with the service as it stands now. */
export interface ServiceStatusChangeRecord {
  organizationId: string;
  nameFi: string;
  /** The service's current status. */
  status: string;
  rejectionReason: string | null;
  isNational: boolean;
  /** The status the change moved the service to, as stored (a JSON value). */
  newValue: unknown;
  /** False once another status change of the service has followed this one. */
  latest: boolean;
}

/** A revision of a published service, with the service as it stands now. */
export interface ServiceRevisionRecord {
  organizationId: string;
  /** The live name. */
  nameFi: string;
  /** The name the revision proposes, when it names one. */
  proposedName: string | null;
  status: string;
  /** md5 of the proposed content: changes whenever the content does. */
  contentDigest: string;
  rejectionReason: string | null;
  /** The proposed version covers the whole country. */
  isNational: boolean;
  /** Employment areas the proposed version names directly. */
  proposedEmploymentAreaIds: string[];
  /** Municipalities the proposed version names. */
  proposedMunicipalityCodes: string[];
  /** Employment areas whose moderators have approved the revision so far. */
  approvedEmploymentAreaIds: string[];
}

/** Where a service is available: areas named directly and municipalities. */
export interface ServiceAreaCoverage {
  employmentAreaIds: string[];
  municipalityCodes: string[];
}

/**
 * For other domains (notifications): a service's moderation steps and where it is offered, to
 * tell who decides it and what they read. Every method returns null when the record is gone.
 */
@Injectable()
export class ServiceModerationReader {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** A status change of the service (field 'status'), or null. */
  async statusChange(serviceId: string, serviceChangeId: string, manager: EntityManager = this.dataSource.manager): Promise<ServiceStatusChangeRecord | null> {
    const rows: {
      organization_id: string;
      name_fi: string;
      status: string;
      rejection_reason: string | null;
      is_national: boolean;
      new_value: unknown;
      latest: boolean;
    }[] = await manager.query(
      `SELECT s.organization_id, s.name_fi, s.status, s.rejection_reason, s.is_national, ch.new_value,
              NOT EXISTS (SELECT 1 FROM service_change later
                           WHERE later.service_id = ch.service_id AND later.field_name = 'status' AND later.changed_at > ch.changed_at) AS latest
         FROM service_change ch
         JOIN service s ON s.id = ch.service_id
        WHERE ch.id = $1 AND ch.service_id = $2 AND ch.field_name = 'status'`,
      [serviceChangeId, serviceId],
    );
    const row = rows[0];
    if (!row) return null;
    return {
      organizationId: row.organization_id,
      nameFi: row.name_fi,
      status: row.status,
      rejectionReason: row.rejection_reason,
      isNational: row.is_national,
      newValue: row.new_value,
      latest: row.latest,
    };
  }

  /** A revision of the service, or null. */
  async revision(serviceId: string, serviceRevisionId: string, manager: EntityManager = this.dataSource.manager): Promise<ServiceRevisionRecord | null> {
    const rows: {
      organization_id: string;
      name_fi: string;
      proposed_name: string | null;
      status: string;
      content_digest: string;
      rejection_reason: string | null;
      is_national: boolean;
      area_ids: string[];
      municipality_codes: string[];
      approved_area_ids: string[];
    }[] = await manager.query(
      `SELECT s.organization_id, s.name_fi, r.content->>'nameFi' AS proposed_name, r.status,
              md5(r.content::text) AS content_digest, r.rejection_reason,
              coalesce((r.content->>'isNational')::boolean, false) AS is_national,
              array(SELECT a.id::uuid::text FROM jsonb_array_elements_text(coalesce(r.content->'employmentAreaIds', '[]')) AS a(id)) AS area_ids,
              array(SELECT mc.code FROM jsonb_array_elements_text(coalesce(r.content->'municipalityCodes', '[]')) AS mc(code)) AS municipality_codes,
              r.approved_employment_area_ids::text[] AS approved_area_ids
         FROM service_revision r
         JOIN service s ON s.id = r.service_id
        WHERE r.id = $1 AND r.service_id = $2`,
      [serviceRevisionId, serviceId],
    );
    const row = rows[0];
    if (!row) return null;
    return {
      organizationId: row.organization_id,
      nameFi: row.name_fi,
      proposedName: row.proposed_name,
      status: row.status,
      contentDigest: row.content_digest,
      rejectionReason: row.rejection_reason,
      isNational: row.is_national,
      proposedEmploymentAreaIds: row.area_ids,
      proposedMunicipalityCodes: row.municipality_codes,
      approvedEmploymentAreaIds: row.approved_area_ids,
    };
  }

  /** The employment areas and municipalities of the service's service_area rows. */
  async coverage(serviceId: string, manager: EntityManager = this.dataSource.manager): Promise<ServiceAreaCoverage> {
    const rows: { employment_area_id: string | null; municipality_code: string | null }[] = await manager.query(
      'SELECT sa.employment_area_id, sa.municipality_code FROM service_area sa WHERE sa.service_id = $1',
      [serviceId],
    );
    return {
      employmentAreaIds: [...new Set(rows.map((row) => row.employment_area_id).filter((id): id is string => id !== null))],
      municipalityCodes: [...new Set(rows.map((row) => row.municipality_code).filter((code): code is string => code !== null))],
    };
  }
}
