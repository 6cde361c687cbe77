/** A history value (JSON) as a short text: lists joined, objects as their values, empty as a dash. */
export function historyValue(value: unknown, empty: string): string {
  if (value === null || value === undefined || value === '') return empty;
  if (Array.isArray(value)) return value.length === 0 ? empty : value.map((item) => historyValue(item, empty)).join(', ');
  if (typeof value === 'object') {
    return Object.values(value as Record<string, unknown>)
      .filter((item) => item !== null && item !== undefined && item !== '')
      .map((item) => historyValue(item, empty))
      .join(' ');
  }
  if (typeof value === 'boolean') return value ? '✓' : '✗';
  return String(value);
}
