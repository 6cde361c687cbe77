/** One audit event as the CSV has it. */
export interface AuditRow {
  at: string;
  action: string;
  actorUserId?: string | null;
  resourceType: string;
  resourceId?: string | null;
  organizationId?: string | null;
  employmentAreaId?: string | null;
  details: { key: string; value?: string | null }[];
}

export const CSV_COLUMNS = ['at', 'action', 'actorUserId', 'resourceType', 'resourceId', 'organizationId', 'employmentAreaId', 'details'] as const;

/**
 * A CSV field: quoted when it holds a separator, a quote or a line break; a leading =, +, - or @
 * is defused so that a spreadsheet never runs it as a formula.
 */
export function csvField(value: string | null | undefined): string {
  let text = value ?? '';
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",;\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The rows as CSV (RFC 4180, CRLF line ends) with a header row. */
export function toCsv(rows: AuditRow[]): string {
  const lines = [CSV_COLUMNS.join(',')];
  for (const row of rows) {
    const details = row.details.map((d) => `${d.key}=${d.value ?? ''}`).join('; ');
    lines.push(
      [row.at, row.action, row.actorUserId, row.resourceType, row.resourceId, row.organizationId, row.employmentAreaId, details].map(csvField).join(','),
    );
  }
  return `${lines.join('\r\n')}\r\n`;
}
