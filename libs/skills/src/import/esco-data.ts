// Where the ESCO CSV files are and how to read them into checked rows. The repository ships them
// gzip-compressed in data/esco (see data/README.md); ESCO_DATA_DIR may point to another folder
// holding the same files as .csv or .csv.gz. Free of Nest and TypeORM, so scripts/ can import it
// by a relative path: the importer, the matching evaluation and the matching benchmark all read
// ESCO through readEscoFiles.
import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gunzip, gunzipSync } from 'node:zlib';
import { parse } from 'csv-parse/sync';
import { REPOSITORY_ROOT } from '@ytmt/core';
import {
  CsvRecord,
  ESCO_FILES,
  IscoGroupRow,
  OccupationRow,
  RelationRow,
  RelationSkipReason,
  REQUIRED_COLUMNS,
  SkillRow,
  toIscoGroupRow,
  toOccupationRow,
  toRelationRow,
  toSkillRow,
} from './esco-sources';

const gunzipAsync = promisify(gunzip);

/** data/esco of the repository. */
export const REPOSITORY_ESCO_DATA_DIR = join(REPOSITORY_ROOT, 'data', 'esco');

/** The repository's data/esco, unless ESCO_DATA_DIR points elsewhere. */
export function defaultEscoDataDir(): string {
  return process.env['ESCO_DATA_DIR'] || REPOSITORY_ESCO_DATA_DIR;
}

/** `dir/file`, else its compressed copy `dir/file.gz`; null when neither exists. */
export function findCsvFile(dir: string, file: string): string | null {
  for (const path of [join(dir, file), join(dir, `${file}.gz`)]) if (existsSync(path)) return path;
  return null;
}

/** The path of each ESCO file in `dataDir` (plain or gzipped); throws naming the first one missing. */
export function findEscoFiles(dataDir: string): Record<keyof typeof ESCO_FILES, string> {
  const paths = {} as Record<keyof typeof ESCO_FILES, string>;
  for (const [key, file] of Object.entries(ESCO_FILES) as [keyof typeof ESCO_FILES, string][]) {
    const path = findCsvFile(dataDir, file);
    if (!path) throw new Error(`ESCO file ${file} (or ${file}.gz) not found in ${dataDir} (set ESCO_DATA_DIR to a folder of the ESCO CSV files)`);
    paths[key] = path;
  }
  return paths;
}

/** Gzip data starts with 1f 8b, which no UTF-8 text file does, so the content decides, not the name. */
const isGzip = (content: Buffer) => content.length >= 2 && content[0] === 0x1f && content[1] === 0x8b;

/** The bytes of a CSV file, gunzipped when it is gzip-compressed. */
export async function readCsvFile(path: string): Promise<Buffer> {
  const content = await readFile(path);
  return isGzip(content) ? gunzipAsync(content) : content;
}

/** readCsvFile, synchronously. */
export function readCsvFileSync(path: string): Buffer {
  const content = readFileSync(path);
  return isGzip(content) ? gunzipSync(content) : content;
}

export interface EscoSkippedRows {
  /** Rows without a code, level, URI or any label. */
  iscoGroups: number;
  /** Rows without a valid URI or label, with an unknown ISCO group, or repeated. */
  occupations: number;
  skills: number;
  relationsMissingOccupation: number;
  relationsMissingSkill: number;
  relationsEmptySkillType: number;
  /** Without URIs, with a relation type other than essential/optional, or repeated. */
  relationsInvalid: number;
  total: number;
}

/** The checked rows of the four ESCO files, each key once, and what was skipped. */
export interface EscoFiles {
  /** Parents before children (by level, then code). */
  iscoGroups: IscoGroupRow[];
  occupations: OccupationRow[];
  skills: SkillRow[];
  /** Checked against the occupations and skills of the files. */
  relations: RelationRow[];
  skipped: EscoSkippedRows;
}

/** Told before each file is read (with its name) and once all are read (null). */
export type EscoReadProgress = (filesRead: number, nextFile: string | null) => void;

/** Reads the four files (.csv or .csv.gz) of `dataDir` into checked rows, in dependency order. */
export async function readEscoFiles(dataDir: string, progress: EscoReadProgress = () => undefined): Promise<EscoFiles> {
  const paths = findEscoFiles(dataDir);
  const skipped: EscoSkippedRows = {
    iscoGroups: 0,
    occupations: 0,
    skills: 0,
    relationsMissingOccupation: 0,
    relationsMissingSkill: 0,
    relationsEmptySkillType: 0,
    relationsInvalid: 0,
    total: 0,
  };

  progress(0, ESCO_FILES.iscoGroups);
  const iscoGroups = await collect(paths.iscoGroups, REQUIRED_COLUMNS.iscoGroups, toIscoGroupRow, (row) => row.code, () => skipped.iscoGroups++);
  // Parents before children, so a level-4 group never refers to a group not yet written.
  iscoGroups.sort((a, b) => a.level - b.level || a.code.localeCompare(b.code));
  const iscoCodes = new Set(iscoGroups.map((group) => group.code));

  progress(1, ESCO_FILES.occupations);
  const occupations = await collect(
    paths.occupations,
    REQUIRED_COLUMNS.occupations,
    (record) => toOccupationRow(record, iscoCodes),
    (row) => row.uri,
    () => skipped.occupations++,
  );

  progress(2, ESCO_FILES.skills);
  const skills = await collect(paths.skills, REQUIRED_COLUMNS.skills, toSkillRow, (row) => row.uri, () => skipped.skills++);

  progress(3, ESCO_FILES.relations);
  const occupationUris = new Set(occupations.map((row) => row.uri));
  const skillUris = new Set(skills.map((row) => row.uri));
  const reasons: Record<RelationSkipReason, keyof EscoSkippedRows> = {
    invalid: 'relationsInvalid',
    missingOccupation: 'relationsMissingOccupation',
    missingSkill: 'relationsMissingSkill',
    emptySkillType: 'relationsEmptySkillType',
  };
  const relations: RelationRow[] = [];
  const seen = new Set<string>();
  await readCsv(paths.relations, REQUIRED_COLUMNS.relations, (record) => {
    const row = toRelationRow(record, occupationUris, skillUris);
    // Relations to occupations missing from occupations.csv (ESCO has 67) are skipped and counted.
    if (typeof row === 'string') {
      skipped[reasons[row]]++;
      return;
    }
    const key = `${row.occupationUri} ${row.skillUri}`;
    if (seen.has(key)) {
      skipped.relationsInvalid++;
      return;
    }
    seen.add(key);
    relations.push(row);
  });
  progress(4, null);
  skipped.total =
    skipped.iscoGroups +
    skipped.occupations +
    skipped.skills +
    skipped.relationsMissingOccupation +
    skipped.relationsMissingSkill +
    skipped.relationsEmptySkillType +
    skipped.relationsInvalid;
  return { iscoGroups, occupations, skills, relations, skipped };
}

/**
 * Parses a CSV file (gunzipped if compressed) record by record, keyed by the header, after
 * checking the header. The file is read whole and parsed in one pass with a per-record callback
 * (no array of records is built): every row ends up in memory anyway, and csv-parse's stream
 * transform pays a per-record cost that makes the 21 MB relations file several times slower.
 */
async function readCsv(path: string, required: readonly string[], onRecord: (record: CsvRecord) => void): Promise<void> {
  const content = await readCsvFile(path);
  parse(content, {
    bom: true,
    skip_empty_lines: true,
    relax_column_count: true,
    columns: (header: string[]) => {
      const missing = required.filter((column) => !header.includes(column));
      if (missing.length > 0) throw new Error(`${path}: missing columns ${missing.join(', ')}`);
      return header;
    },
    on_record: (record: CsvRecord) => {
      onRecord(record);
      return null;
    },
  });
}

/** The checked rows of a file, each key once (a repeated key would make one upsert touch a row twice). */
async function collect<T>(
  path: string,
  required: readonly string[],
  toRow: (record: CsvRecord) => T | null,
  keyOf: (row: T) => string,
  skip: () => void,
): Promise<T[]> {
  const rows: T[] = [];
  const seen = new Set<string>();
  await readCsv(path, required, (record) => {
    const row = toRow(record);
    if (!row || seen.has(keyOf(row))) {
      skip();
      return;
    }
    seen.add(keyOf(row));
    rows.push(row);
  });
  return rows;
}
