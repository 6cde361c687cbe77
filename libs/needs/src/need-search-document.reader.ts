import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import { DataSource, EntityManager } from 'typeorm';
import { NeedSearchDocument, NeedVisibilityValue } from './search/need-search.port';

interface DocumentRow {
  id: string;
  company_id: string;
  company_name: string;
  title: string;
  description: string;
  kinds: string[];
  municipality_code: string | null;
  employment_area_id: string | null;
  company_area_ids: string[];
  measures: string[];
  adjustments: string[];
  open_to_precision_capable: boolean;
  stage: string;
  occupation_label: string | null;
  isco_group: string | null;
  visibility: NeedVisibilityValue;
  forwarded_provider_ids: string[];
  updated_at: Date;
}

/**
 * Reads needs as search documents, in one statement: the place's employment area, the company's
 * home area (from its home municipality) and shared areas, the ISCO group of the occupation, and
 * the providers the need was forwarded to. The index jobs, the reindexer and the search service
 * (to check hits against the current state) all read through here.
 */
@Injectable()
export class NeedSearchDocumentReader {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The documents of the needs that exist, in the order of the ids. */
  async load(ids: readonly string[], manager: EntityManager = this.dataSource.manager): Promise<NeedSearchDocument[]> {
    // An id that is no uuid names no need.
    const uuids = ids.filter((id) => isUUID(id));
    if (uuids.length === 0) return [];
    const rows = (await manager.query(DOCUMENTS_SQL, [uuids])) as DocumentRow[];
    const byId = new Map(rows.map((row) => [row.id, toDocument(row)]));
    return ids.flatMap((id) => byId.get(id) ?? []);
  }

  /** Every need id, in a stable order (for the reindexer). */
  async allIds(): Promise<string[]> {
    return ((await this.dataSource.query('SELECT id FROM need ORDER BY id')) as { id: string }[]).map((row) => row.id);
  }
}

function toDocument(row: DocumentRow): NeedSearchDocument {
  const group = row.isco_group;
  return {
    id: row.id,
    companyId: row.company_id,
    companyName: row.company_name,
    title: row.title,
    description: row.description,
    kinds: row.kinds,
    municipalityCode: row.municipality_code,
    employmentAreaId: row.employment_area_id,
    companyAreaIds: row.company_area_ids,
    measures: row.measures,
    adjustments: row.adjustments,
    openToPrecisionCapable: row.open_to_precision_capable,
    stage: row.stage,
    occupationLabel: row.occupation_label,
    // The major group (first digit) and the unit group (ESCO links occupations to four digits).
    occupationGroups: group ? [...new Set([group.slice(0, 1), ...(group.length === 4 ? [group] : [])])] : [],
    visibility: row.visibility,
    forwardedProviderIds: row.forwarded_provider_ids,
    updatedAt: row.updated_at.toISOString(),
  };
}

const DOCUMENTS_SQL = `
  SELECT n.id, n.organization_id AS company_id, o.name AS company_name, n.title, n.description,
         n.kinds::text[] AS kinds, n.municipality_code::text AS municipality_code, place.employment_area_id,
         (array_remove(ARRAY[home.employment_area_id], NULL)
           || CASE WHEN pending.is_pending THEN '{}'::uuid[] ELSE
              coalesce((SELECT array_agg(s.employment_area_id ORDER BY s.employment_area_id)
                          FROM company_area_share s WHERE s.organization_id = n.organization_id), '{}') END)::text[] AS company_area_ids,
         n.measures_open_to::text[] AS measures, n.adjustments_offered::text[] AS adjustments,
         n.open_to_precision_capable, n.stage::text AS stage, n.occupation_label, eo.isco_group,
         CASE WHEN pending.is_pending THEN 'COORDINATORS_ONLY' ELSE n.visibility::text END AS visibility,
         CASE WHEN pending.is_pending THEN '{}'::text[] ELSE
         coalesce((SELECT array_agg(f.provider_id ORDER BY f.provider_id) FROM need_forward f WHERE f.need_id = n.id), '{}')::text[] END AS forwarded_provider_ids,
         n.updated_at
    FROM need n
    JOIN organization o ON o.id = n.organization_id
    LEFT JOIN employment_area_municipality place ON place.municipality_code = n.municipality_code
    LEFT JOIN employment_area_municipality home ON home.municipality_code = o.home_municipality_code
    LEFT JOIN esco_occupation eo ON eo.uri = n.occupation_uri
    -- A company whose right to act is not verified yet (PENDING) reaches nobody outside itself but
    -- the coordinators of its home area, who verify it: whatever the need's own visibility.
    CROSS JOIN LATERAL (SELECT EXISTS (SELECT 1 FROM company_profile cp
                                        WHERE cp.organization_id = n.organization_id AND cp.verification_status = 'PENDING') AS is_pending) pending
   WHERE n.id = ANY($1::uuid[])`;
