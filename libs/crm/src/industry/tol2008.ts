import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { REPOSITORY_ROOT } from '@ytmt/core';

/** One TOL 2008 section (toimiala) with the two-digit divisions it spans. */
export interface Tol2008Section {
  section: string;
  firstDivision: number;
  lastDivision: number;
  nameFi: string;
  nameEn: string;
}

export const TOL2008_SECTIONS_FILE = join(REPOSITORY_ROOT, 'data', 'tol2008_sections.csv');

const CODE_PATTERN = /^\d{2}(\.\d{1,3})?$/;

/** Parses the shipped CSV (`section,divisions,name_fi,name_en`; divisions `10-33` or `35`). */
export function parseTol2008Sections(csv: string): Tol2008Section[] {
  const rows: Record<string, string>[] = parse(csv, { columns: true, skip_empty_lines: true, trim: true });
  return rows.map((row) => {
    const [first, last = first] = row['divisions'].split('-').map((part) => Number.parseInt(part, 10));
    if (!/^[A-Z]$/.test(row['section']) || Number.isNaN(first) || Number.isNaN(last) || first > last) {
      throw new Error(`Invalid TOL 2008 row: ${JSON.stringify(row)}`);
    }
    return { section: row['section'], firstDivision: first, lastDivision: last, nameFi: row['name_fi'], nameEn: row['name_en'] };
  });
}

let cached: readonly Tol2008Section[] | null = null;

/** The sections of the repository's reference file, read once. */
export function tol2008Sections(): readonly Tol2008Section[] {
  cached ??= parseTol2008Sections(readFileSync(TOL2008_SECTIONS_FILE, 'utf8'));
  return cached;
}

export interface IndustryProblem {
  field: 'industrySection' | 'industryCode';
  message: string;
}

/**
 * Checks a section letter and an optional code against the classification: the code's first
 * two digits (the division) must fall in the section's range, e.g. 25.62 in C (10–33).
 */
export function checkIndustry(
  section: string,
  code: string | null | undefined,
  sections: readonly Tol2008Section[] = tol2008Sections(),
): IndustryProblem | null {
  const found = sections.find((s) => s.section === section);
  if (!found) return { field: 'industrySection', message: `${section} is not a TOL 2008 section (A–U)` };
  if (code === null || code === undefined) return null;
  if (!CODE_PATTERN.test(code)) return { field: 'industryCode', message: 'must be a TOL 2008 code such as 25 or 25.62' };
  const division = Number.parseInt(code.slice(0, 2), 10);
  if (division < found.firstDivision || division > found.lastDivision) {
    const range = found.firstDivision === found.lastDivision ? pad(found.firstDivision) : `${pad(found.firstDivision)}–${pad(found.lastDivision)}`;
    return { field: 'industryCode', message: `${code} is not in section ${section} (divisions ${range})` };
  }
  return null;
}

export function industrySectionName(section: string, sections: readonly Tol2008Section[] = tol2008Sections()): string | null {
  return sections.find((s) => s.section === section)?.nameFi ?? null;
}

const pad = (division: number) => String(division).padStart(2, '0');
