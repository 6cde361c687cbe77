// Pure: a report as CSV text (RFC 4180, comma-separated, CRLF). Every field that a spreadsheet
// would read as a formula (=, +, -, @, tab, carriage return first) is prefixed with an
// apostrophe, so a provider or area name can never run as one.
import { InsightReportType } from './dto/insights.types';

const FORMULA_START = /^[=+\-@\t\r]/;

export function csvField(value: string | number | boolean | null): string {
  if (value === null) return '';
  let text = String(value);
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n']/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export const CSV_HEADER = ['area_id', 'area', 'municipality_code', 'month', 'metric', 'dimension', 'dimension_name', 'count', 'average_days', 'suppressed'];

export function reportCsv(report: InsightReportType): string {
  const areaNames = new Map(report.areas.map((area) => [area.id, area.nameFi]));
  const providerNames = new Map(report.providers.map((provider) => [provider.id, provider.name]));
  const lines = [CSV_HEADER.join(',')];
  for (const cell of report.cells) {
    lines.push(
      [
        cell.areaId,
        cell.areaId ? (areaNames.get(cell.areaId) ?? null) : 'Koko maa',
        cell.municipalityCode,
        cell.month ?? `${report.year}`,
        cell.metric,
        cell.dimension,
        providerNames.get(cell.dimension) ?? null,
        cell.count,
        cell.averageDays,
        cell.suppressed,
      ]
        .map(csvField)
        .join(','),
    );
  }
  return `${lines.join('\r\n')}\r\n`;
}
