// Reads the four ESCO CSV files with the skills library's row checks, as the importer does, but
// into memory only: the evaluation needs no database.
import { parse } from 'csv-parse/sync';
import { findEscoFiles, readCsvFileSync } from '../../libs/skills/src/import/esco-data';
import {
  CsvRecord,
  OccupationRow,
  RelationRow,
  RelationSkipReason,
  REQUIRED_COLUMNS,
  SkillRow,
  toIscoGroupRow,
  toOccupationRow,
  toRelationRow,
  toSkillRow,
} from '../../libs/skills/src/import/esco-sources';

/** The repository's data/esco, unless ESCO_DATA_DIR points elsewhere. */
export { defaultEscoDataDir } from '../../libs/skills/src/import/esco-data';

export interface EscoFiles {
  occupations: OccupationRow[];
  skills: SkillRow[];
  relations: RelationRow[];
  skipped: { iscoGroups: number; occupations: number; skills: number } & Record<RelationSkipReason, number>;
}

function readCsv(path: string, required: readonly string[], onRecord: (record: CsvRecord) => void): void {
  parse(readCsvFileSync(path), {
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

function collect<T>(path: string, required: readonly string[], toRow: (record: CsvRecord) => T | null, keyOf: (row: T) => string, skip: () => void): T[] {
  const rows: T[] = [];
  const seen = new Set<string>();
  readCsv(path, required, (record) => {
    const row = toRow(record);
    if (!row || seen.has(keyOf(row))) return skip();
    seen.add(keyOf(row));
    rows.push(row);
  });
  return rows;
}

/** Reads the files (.csv or .csv.gz) in dependency order; `progress` is told after each file. */
export function readEscoFiles(dataDir: string, progress: (filesRead: number) => void = () => undefined): EscoFiles {
  const paths = findEscoFiles(dataDir);
  const skipped: EscoFiles['skipped'] = { iscoGroups: 0, occupations: 0, skills: 0, invalid: 0, missingOccupation: 0, missingSkill: 0, emptySkillType: 0 };

  const iscoGroups = collect(paths.iscoGroups, REQUIRED_COLUMNS.iscoGroups, toIscoGroupRow, (row) => row.code, () => skipped.iscoGroups++);
  const iscoCodes = new Set(iscoGroups.map((group) => group.code));
  progress(1);
  const occupations = collect(paths.occupations, REQUIRED_COLUMNS.occupations, (record) => toOccupationRow(record, iscoCodes), (row) => row.uri, () => skipped.occupations++);
  progress(2);
  const skills = collect(paths.skills, REQUIRED_COLUMNS.skills, toSkillRow, (row) => row.uri, () => skipped.skills++);
  progress(3);

  const occupationUris = new Set(occupations.map((row) => row.uri));
  const skillUris = new Set(skills.map((row) => row.uri));
  const relations: RelationRow[] = [];
  const seen = new Set<string>();
  readCsv(paths.relations, REQUIRED_COLUMNS.relations, (record) => {
    const row = toRelationRow(record, occupationUris, skillUris);
    // Relations to occupations missing from occupations.csv (ESCO has 67) are skipped and counted.
    if (typeof row === 'string') return void skipped[row]++;
    const key = `${row.occupationUri} ${row.skillUri}`;
    if (seen.has(key)) return void skipped.invalid++;
    seen.add(key);
    relations.push(row);
  });
  progress(4);
  return { occupations, skills, relations, skipped };
}
