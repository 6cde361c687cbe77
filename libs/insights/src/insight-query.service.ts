import { Injectable } from '@nestjs/common';
import { hasRole, Principal, Role } from '@ytmt/core';
import { OrganizationDirectory } from '@ytmt/identity';
import { RegionNamesReader } from '@ytmt/regions';
import { InsightAreaType, InsightCellType, InsightProviderType, InsightReportType, InsightView } from './dto/insights.types';
import { AREA_ONLY_METRICS, InsightMetric, NO_AREA, PROVIDER_METRICS } from './insight-metric';
import { CellRow, InsightSummaryStore } from './insight-summary.store';
import { InsightsErrorCode, InsightsException } from './insights.exception';
import { InsightsPolicy } from './insights.policy';
import { MIN_PUBLISHED_COUNT, NATIONAL, PublishedCell, suppressTables, YEAR_TOTAL } from './suppression';

const FIRST_YEAR = 2020;
/** How long a process reuses a year's published table. */
const PUBLISHED_TTL_MS = 30_000;
const LAST_YEAR = 2100;
const PUBLIC_METRICS = Object.values(InsightMetric).filter((metric) => !AREA_ONLY_METRICS.has(metric));
const TIME_METRICS: ReadonlySet<string> = new Set([InsightMetric.TIME_TO_FIRST_SUGGESTION, InsightMetric.TIME_TO_FIRST_PRESENTATION, InsightMetric.TIME_TO_HIRE]);

const monthsOf = (year: number): string[] => Array.from({ length: 12 }, (_, index) => `${year}-${String(index + 1).padStart(2, '0')}-01`);

/** The indicator reports, read from the summary cells; what each viewer sees is decided by InsightsPolicy. */
@Injectable()
export class InsightQueryService {
  private readonly publishedCache = new Map<number, { at: number; value: Promise<{ areas: Omit<InsightAreaType, 'own'>[]; published: InsightCellType[] }> }>();

  constructor(
    private readonly store: InsightSummaryStore,
    private readonly regionNames: RegionNamesReader,
    private readonly organizations: OrganizationDirectory,
  ) {}

  /** One area in full: per municipality and for the whole area, per month and for the year, providers named. */
  async areaReport(principal: Principal, areaId: string, year: number): Promise<InsightReportType> {
    assertYear(year);
    InsightsPolicy.assertCanSeeArea(principal, areaId);
    const months = monthsOf(year);
    // The policy has passed, so areaId is one of the caller's own areas (a uuid): both reads at once.
    const [areas, rows] = await Promise.all([
      this.regionNames.employmentAreasByIds([areaId]),
      this.store.cells({ areaIds: [areaId.toLowerCase()], fromMonth: months[0], toMonth: months[11] }),
    ]);
    const area = areas.get(areaId.toLowerCase()) ?? areas.get(areaId);
    if (!area) throw InsightsException.field(InsightsErrorCode.AREA_NOT_FOUND, 'areaId', 'no such employment area');
    const cells = fullCells(rows, area.id, true);
    const providerIds = [...new Set(rows.filter((row) => PROVIDER_METRICS.has(row.metric as InsightMetric)).map((row) => row.dimension))];
    const [providers, names] = await Promise.all([this.organizations.byIds(providerIds), this.regionNames.finnishNames()]);
    const municipalityCodes = [...new Set(rows.map((row) => row.municipalityCode).filter(Boolean))].sort();
    return {
      view: InsightView.AREA,
      year,
      minimumCount: MIN_PUBLISHED_COUNT,
      areas: [{ id: area.id, nameFi: area.nameFi, nameSv: area.nameSv, own: true }],
      providers: [...providers.values()].map((p): InsightProviderType => ({ id: p.id, name: p.name, sector: p.sector })).sort((a, b) => a.name.localeCompare(b.name, 'fi')),
      municipalities: municipalityCodes.map((code) => ({ code, nameFi: names.municipalities.get(code) ?? code })),
      cells,
    };
  }

  /** The areas whose indicators the person sees in full (all for a platform admin), by name. */
  async ownAreas(principal: Principal): Promise<InsightAreaType[]> {
    const ids = hasRole(principal, Role.PLATFORM_ADMIN) ? [...(await this.regionNames.finnishNames()).areas.keys()] : InsightsPolicy.ownAreas(principal);
    const areas = await this.regionNames.employmentAreasByIds(ids);
    return [...areas.values()].map((a) => ({ id: a.id, nameFi: a.nameFi, nameSv: a.nameSv, own: true })).sort((a, b) => a.nameFi.localeCompare(b.nameFi, 'fi'));
  }

  /** Every area side by side: the viewer's own areas in full, the others and the country as published. */
  async comparison(principal: Principal, year: number): Promise<InsightReportType> {
    assertYear(year);
    InsightsPolicy.assertCanCompareAreas(principal);
    const own = new Set(InsightsPolicy.ownAreas(principal));
    const { areas, published } = await this.published(year);
    const months = monthsOf(year);
    const ownRows = own.size > 0 ? await this.store.areaCells(months[0], months[11], PUBLIC_METRICS) : [];
    const cells = [
      ...published.filter((cell) => cell.areaId === null || !own.has(cell.areaId)),
      ...[...own].flatMap((areaId) => fullCells(ownRows.filter((row) => row.areaId === areaId), areaId, false)),
    ];
    return { view: InsightView.COMPARISON, year, minimumCount: MIN_PUBLISHED_COUNT, areas: areas.map((a) => ({ ...a, own: own.has(a.id) })), providers: [], municipalities: [], cells };
  }

  /** National and per-area figures that pass the threshold; `areaId` only narrows what is returned, never what is suppressed. */
  async publicReport(year: number, areaId: string | null): Promise<InsightReportType> {
    assertYear(year);
    const { areas, published } = await this.published(year);
    if (areaId && !areas.some((area) => area.id === areaId.toLowerCase())) throw InsightsException.field(InsightsErrorCode.AREA_NOT_FOUND, 'areaId', 'no such employment area');
    const wanted = areaId?.toLowerCase() ?? null;
    return {
      view: InsightView.PUBLIC,
      year,
      minimumCount: MIN_PUBLISHED_COUNT,
      areas: (wanted ? areas.filter((area) => area.id === wanted) : areas).map((area) => ({ ...area, own: false })),
      providers: [],
      municipalities: [],
      cells: wanted ? published.filter((cell) => cell.areaId === null || cell.areaId === wanted) : published,
    };
  }

  /**
   * The published table of the year, reused for PUBLISHED_TTL_MS per process: the summaries move
   * only when the sync runs (every 30 s), and every visitor's page asks for the same table.
   */
  private published(year: number): Promise<{ areas: Omit<InsightAreaType, 'own'>[]; published: InsightCellType[] }> {
    const cached = this.publishedCache.get(year);
    if (cached && Date.now() - cached.at < PUBLISHED_TTL_MS) return cached.value;
    const value = this.computePublished(year);
    this.publishedCache.set(year, { at: Date.now(), value });
    value.catch(() => this.publishedCache.delete(year));
    return value;
  }

  /** The published table of the year: every area and the country, suppressed as one whole. */
  private async computePublished(year: number): Promise<{ areas: Omit<InsightAreaType, 'own'>[]; published: InsightCellType[] }> {
    const months = monthsOf(year);
    const names = await this.regionNames.finnishNames();
    const areaIds = [...names.areas.keys()];
    const entities = await this.regionNames.employmentAreasByIds(areaIds);
    const areas = [...entities.values()].map((a) => ({ id: a.id, nameFi: a.nameFi, nameSv: a.nameSv })).sort((a, b) => a.nameFi.localeCompare(b.nameFi, 'fi'));
    const rows = await this.store.areaCells(months[0], months[11], PUBLIC_METRICS);
    // Needs with no municipality stay in the table (they are part of the national totals) but are not shown as an area.
    const table = suppressTables(rows.map((row) => ({ ...row })), [...areaIds, NO_AREA], months);
    const published = table.filter((cell) => cell.areaId !== NO_AREA).map(toPublishedType);
    return { areas, published };
  }
}

function assertYear(year: number): void {
  if (!Number.isInteger(year) || year < FIRST_YEAR || year > LAST_YEAR) {
    throw InsightsException.field(InsightsErrorCode.INVALID_PERIOD, 'year', `the year must be between ${FIRST_YEAR} and ${LAST_YEAR}`);
  }
}

const averageDays = (metric: string, count: number | null, totalHours: number | null): number | null =>
  TIME_METRICS.has(metric) && count && totalHours !== null ? Math.round((totalHours / count / 24) * 10) / 10 : null;

function toPublishedType(cell: PublishedCell): InsightCellType {
  return {
    areaId: cell.areaId === NATIONAL ? null : cell.areaId,
    municipalityCode: null,
    month: cell.period === YEAR_TOTAL ? null : cell.period.slice(0, 7),
    metric: cell.metric as InsightMetric,
    dimension: cell.dimension,
    count: cell.count,
    averageDays: averageDays(cell.metric, cell.count, cell.totalHours),
    suppressed: cell.suppressed,
  };
}

/** Unsuppressed cells of one area: per municipality (when asked) and the area, per month and the year. */
function fullCells(rows: readonly CellRow[], areaId: string, withMunicipalities: boolean): InsightCellType[] {
  const sums = new Map<string, InsightCellType & { totalHours: number }>();
  const add = (municipalityCode: string | null, month: string | null, row: CellRow) => {
    const key = `${municipalityCode}|${month}|${row.metric}|${row.dimension}`;
    const cell = sums.get(key) ?? { areaId, municipalityCode, month, metric: row.metric as InsightMetric, dimension: row.dimension, count: 0, totalHours: 0, averageDays: null, suppressed: false };
    cell.count = (cell.count ?? 0) + row.count;
    cell.totalHours += row.totalHours;
    sums.set(key, cell);
  };
  for (const row of rows) {
    const month = row.month.slice(0, 7);
    add(null, month, row);
    add(null, null, row);
    if (withMunicipalities && row.municipalityCode) {
      add(row.municipalityCode, month, row);
      add(row.municipalityCode, null, row);
    }
  }
  return [...sums.values()].map(({ totalHours, ...cell }) => ({ ...cell, averageDays: averageDays(cell.metric, cell.count, totalHours) }));
}
