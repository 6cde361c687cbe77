// Pure: reading a report's cells for the charts and tables.
import type { InsightReportFieldsFragment } from '../../gql/graphql';

export type Report = InsightReportFieldsFragment;
export type Cell = Report['cells'][number];

/** A figure as shown: a number, or suppressed (fewer than the minimum, or hidden to protect one). */
export interface Figure {
  label: string;
  value: number | null;
  suppressed: boolean;
  /** For the time indicators: mean days. */
  averageDays?: number | null;
}

export const MONTHS = Array.from({ length: 12 }, (_, index) => index + 1);
export const FUNNEL_STEPS = ['SUGGESTED', 'SHARE_REQUESTED', 'SHARE_ACCEPTED', 'PRESENTED', 'HIRED'] as const;

/** The cell of an area (null: the country) for the whole area, a month (`YYYY-MM`) or the year (null). */
export function cellOf(report: Report, areaId: string | null, metric: string, dimension = '', month: string | null = null): Cell | undefined {
  return report.cells.find((c) => c.areaId === areaId && c.municipalityCode === null && c.month === month && c.metric === metric && c.dimension === dimension);
}

/** A missing cell is a published zero; a suppressed one has no value. */
export function figureOf(report: Report, label: string, areaId: string | null, metric: string, dimension = '', month: string | null = null): Figure {
  const cell = cellOf(report, areaId, metric, dimension, month);
  if (!cell) return { label, value: 0, suppressed: false, averageDays: null };
  return { label, value: cell.suppressed ? null : (cell.count ?? 0), suppressed: cell.suppressed, averageDays: cell.averageDays ?? null };
}

export const monthKey = (year: number, month: number) => `${year}-${String(month).padStart(2, '0')}`;

/** Provider ids credited in an area's report, the most credited first. */
export function creditedProviders(report: Report, areaId: string): Report['providers'] {
  const score = (id: string) =>
    (cellOf(report, areaId, 'PROVIDER_PROPOSALS_LED_TO_HIRE', id)?.count ?? 0) * 1000 +
    (cellOf(report, areaId, 'PROVIDER_FORWARDS_LED_TO_HIRE', id)?.count ?? 0) * 1000 +
    (cellOf(report, areaId, 'PROVIDER_PROPOSALS_MADE', id)?.count ?? 0);
  return [...report.providers].sort((a, b) => score(b.id) - score(a.id) || a.name.localeCompare(b.name, 'fi'));
}

/** The report as a JSON download (what the page shows, nothing more). */
export function reportJson(report: Report): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
