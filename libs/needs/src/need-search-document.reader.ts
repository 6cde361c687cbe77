import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CompanyStanding, CompanyStandingReader } from '@ytmt/crm';
import { Organization, OrganizationDirectory } from '@ytmt/identity';
import { RegionsService } from '@ytmt/regions';
import { EscoConceptsReader } from '@ytmt/skills';
import { isUUID } from 'class-validator';
import { DataSource, EntityManager } from 'typeorm';
import { NeedAudienceContributors } from './need-audience.registry';
import { NeedSearchDocument, NeedVisibilityValue } from './search/need-search.port';

interface NeedRow {
  id: string;
  company_id: string;
  title: string;
  description: string;
  kinds: string[];
  municipality_code: string | null;
  measures: string[];
  adjustments: string[];
  open_to_precision_capable: boolean;
  stage: string;
  occupation_uri: string | null;
  occupation_label: string | null;
  visibility: NeedVisibilityValue;
  updated_at: Date;
}

/** What a document needs from other libraries, read once for all the needs at hand. */
interface DocumentFacts {
  companies: Map<string, Organization>;
  /** Municipality code → employment area id. */
  areas: Map<string, string>;
  standings: Map<string, CompanyStanding>;
  /** Occupation URI → ISCO group. */
  iscoGroups: Map<string, string>;
  /** Need id → provider ids, for needs of companies that are not pending. */
  forwards: Map<string, string[]>;
}

const NOT_PENDING: CompanyStanding = { pending: false, sharedEmploymentAreaIds: [] };

/**
 * Reads needs as search documents, in a fixed number of queries however many: the place's
 * employment area, the company's home area (from its home municipality) and shared areas, the
 * ISCO group of the occupation, and the providers the need was forwarded to. The index jobs, the
 * reindexer and the search service (to check hits against the current state) all read through here.
 */
@Injectable()
export class NeedSearchDocumentReader {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly organizations: OrganizationDirectory,
    private readonly regions: RegionsService,
    private readonly standing: CompanyStandingReader,
    private readonly esco: EscoConceptsReader,
    private readonly audience: NeedAudienceContributors,
  ) {}

  /** The documents of the needs that exist, in the order of the ids. */
  async load(ids: readonly string[], manager: EntityManager = this.dataSource.manager): Promise<NeedSearchDocument[]> {
    // An id that is no uuid names no need.
    const uuids = ids.filter((id) => isUUID(id));
    if (uuids.length === 0) return [];
    const rows = (await manager.query(NEEDS_SQL, [uuids])) as NeedRow[];
    if (rows.length === 0) return [];
    const facts = await this.facts(rows, manager);
    const byId = new Map(rows.flatMap((row) => (facts.companies.has(row.company_id) ? [[row.id, toDocument(row, facts)] as const] : [])));
    return ids.flatMap((id) => byId.get(id) ?? []);
  }

  /** Every need id, in a stable order (for the reindexer). */
  async allIds(): Promise<string[]> {
    return ((await this.dataSource.query('SELECT id FROM need ORDER BY id')) as { id: string }[]).map((row) => row.id);
  }

  // Sequential on purpose: inside a transaction all queries share one connection.
  private async facts(rows: readonly NeedRow[], manager: EntityManager): Promise<DocumentFacts> {
    const companies = await this.organizations.byIds(
      rows.map((row) => row.company_id),
      manager,
    );
    const places = rows.flatMap((row) => (row.municipality_code ? [row.municipality_code] : []));
    const homes = [...companies.values()].flatMap((company) => (company.homeMunicipalityCode ? [company.homeMunicipalityCode] : []));
    const areas = await this.regions.employmentAreasOf([...places, ...homes], manager);
    const standings = await this.standing.of([...companies.keys()], manager);
    const occupations = await this.esco.occupationsByUris(
      rows.flatMap((row) => (row.occupation_uri ? [row.occupation_uri] : [])),
      manager,
    );
    const iscoGroups = new Map([...occupations].map(([uri, occupation]) => [uri, occupation.iscoGroup]));
    const visible = rows.filter((row) => !(standings.get(row.company_id) ?? NOT_PENDING).pending).map((row) => row.id);
    const forwards = await this.audience.forwardedOrganizationIds(visible, manager);
    return { companies, areas, standings, iscoGroups, forwards };
  }
}

function toDocument(row: NeedRow, facts: DocumentFacts): NeedSearchDocument {
  const company = facts.companies.get(row.company_id) as Organization;
  const standing = facts.standings.get(row.company_id) ?? NOT_PENDING;
  const home = company.homeMunicipalityCode ? (facts.areas.get(company.homeMunicipalityCode) ?? null) : null;
  const group = row.occupation_uri ? (facts.iscoGroups.get(row.occupation_uri) ?? null) : null;
  return {
    id: row.id,
    companyId: row.company_id,
    companyName: company.name,
    title: row.title,
    description: row.description,
    kinds: row.kinds,
    municipalityCode: row.municipality_code,
    employmentAreaId: row.municipality_code ? (facts.areas.get(row.municipality_code) ?? null) : null,
    // A company whose right to act is not verified yet (PENDING) reaches nobody outside itself but
    // the coordinators of its home area, who verify it: whatever the need's own visibility.
    companyAreaIds: [...(home ? [home] : []), ...(standing.pending ? [] : standing.sharedEmploymentAreaIds)],
    measures: row.measures,
    adjustments: row.adjustments,
    openToPrecisionCapable: row.open_to_precision_capable,
    stage: row.stage,
    occupationLabel: row.occupation_label,
    // The major group (first digit) and the unit group (ESCO links occupations to four digits).
    occupationGroups: group ? [...new Set([group.slice(0, 1), ...(group.length === 4 ? [group] : [])])] : [],
    visibility: standing.pending ? 'COORDINATORS_ONLY' : row.visibility,
    forwardedProviderIds: standing.pending ? [] : (facts.forwards.get(row.id) ?? []),
    updatedAt: row.updated_at.toISOString(),
  };
}

const NEEDS_SQL = `
  SELECT n.id, n.organization_id AS company_id, n.title, n.description,
         n.kinds::text[] AS kinds, n.municipality_code::text AS municipality_code,
         n.measures_open_to::text[] AS measures, n.adjustments_offered::text[] AS adjustments,
         n.open_to_precision_capable, n.stage::text AS stage, n.occupation_uri, n.occupation_label,
         n.visibility::text AS visibility, n.updated_at
    FROM need n
   WHERE n.id = ANY($1::uuid[])`;
