import { Injectable, Logger, Optional } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { parse } from 'csv-parse/sync';
import { DataSource } from 'typeorm';
import { SkillSuggesterService } from '../skill-suggester.service';
import { defaultEscoDataDir, findEscoFiles, readCsvFile } from './esco-data';
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
import { ISCO_TABLE, OCCUPATION_TABLE, RELATION_TABLE, removeStaleRelations, SKILL_TABLE, TableSpec, upsert } from './esco-tables';

const BATCH_SIZE = 5000;

export type EscoProgressReporter = (step: string, done: number, total: number) => void;

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

export interface EscoImportReport {
  /** Rows of each file now in the database. */
  iscoGroups: number;
  occupations: number;
  skills: number;
  relations: number;
  /** Rows written by this run: new ones and changed ones. Zero when nothing changed. */
  inserted: number;
  updated: number;
  /** Relations in the database that the files no longer have. */
  relationsRemoved: number;
  skipped: EscoSkippedRows;
}

interface ParsedEsco {
  iscoGroups: IscoGroupRow[];
  occupations: OccupationRow[];
  skills: SkillRow[];
  relations: RelationRow[];
  skipped: EscoSkippedRows;
}

/**
 * Loads ESCO (ISCO-08 groups, occupations, skills, occupation–skill relations) from the CSV
 * files in one transaction. Rows are upserted in batches and only rewritten when they differ,
 * so a second import of the same files writes nothing. Occupations and skills missing from the
 * files are kept (other data may refer to their URIs); relations missing from them are removed.
 */
@Injectable()
export class EscoImporter {
  private readonly logger = new Logger(EscoImporter.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Optional() private readonly suggester?: SkillSuggesterService,
  ) {}

  async import(progress: EscoProgressReporter = () => undefined, dataDir = defaultEscoDataDir()): Promise<EscoImportReport> {
    const parsed = await this.read(dataDir, progress);
    const total = parsed.iscoGroups.length + parsed.occupations.length + parsed.skills.length + parsed.relations.length;
    let done = 0;
    const report = await this.dataSource.transaction(async (manager) => {
      const written = { inserted: 0, updated: 0 };
      const write = async <T>(spec: TableSpec<T>, rows: readonly T[], step: string) => {
        for (let start = 0; start < rows.length; start += BATCH_SIZE) {
          const batch = rows.slice(start, start + BATCH_SIZE);
          const result = await upsert(manager, spec, batch);
          written.inserted += result.inserted;
          written.updated += result.updated;
          done += batch.length;
          progress(step, done, total);
        }
      };
      progress('ISCO-08 groups', done, total);
      await write(ISCO_TABLE, parsed.iscoGroups, 'ISCO-08 groups');
      await write(OCCUPATION_TABLE, parsed.occupations, 'occupations');
      await write(SKILL_TABLE, parsed.skills, 'skills');
      await write(RELATION_TABLE, parsed.relations, 'occupation–skill relations');
      const relationsRemoved = await removeStaleRelations(manager, parsed.relations);
      progress('done', total, total);
      return {
        iscoGroups: parsed.iscoGroups.length,
        occupations: parsed.occupations.length,
        skills: parsed.skills.length,
        relations: parsed.relations.length,
        ...written,
        relationsRemoved,
        skipped: parsed.skipped,
      };
    });
    // The suggester of this process rebuilds its model from the new labels on next use.
    if (report.inserted + report.updated + report.relationsRemoved > 0) this.suggester?.invalidate();
    this.logger.log(`ESCO imported: ${JSON.stringify(report)}`);
    return report;
  }

  /** Parses the four files (.csv or .csv.gz) into checked rows; relations are checked against the files. */
  private async read(dataDir: string, progress: EscoProgressReporter): Promise<ParsedEsco> {
    const paths = findEscoFiles(dataDir);
    const steps = Object.keys(ESCO_FILES).length;
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

    progress(`reading ${ESCO_FILES.iscoGroups}`, 0, steps);
    const iscoGroups = await collect(
      paths.iscoGroups,
      REQUIRED_COLUMNS.iscoGroups,
      (record) => toIscoGroupRow(record),
      (row) => row.code,
      () => skipped.iscoGroups++,
    );
    // Parents before children, so a level-4 group never refers to a group not yet written.
    iscoGroups.sort((a, b) => a.level - b.level || a.code.localeCompare(b.code));
    const iscoCodes = new Set(iscoGroups.map((group) => group.code));

    progress(`reading ${ESCO_FILES.occupations}`, 1, steps);
    const occupations = await collect(
      paths.occupations,
      REQUIRED_COLUMNS.occupations,
      (record) => toOccupationRow(record, iscoCodes),
      (row) => row.uri,
      () => skipped.occupations++,
    );

    progress(`reading ${ESCO_FILES.skills}`, 2, steps);
    const skills = await collect(
      paths.skills,
      REQUIRED_COLUMNS.skills,
      (record) => toSkillRow(record),
      (row) => row.uri,
      () => skipped.skills++,
    );

    progress(`reading ${ESCO_FILES.relations}`, 3, steps);
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
    progress('files read', steps, steps);
    skipped.total =
      skipped.iscoGroups +
      skipped.occupations +
      skipped.skills +
      skipped.relationsMissingOccupation +
      skipped.relationsMissingSkill +
      skipped.relationsEmptySkillType +
      skipped.relationsInvalid;
    if (skipped.total > 0) this.logger.warn(`ESCO rows skipped: ${JSON.stringify(skipped)}`);
    return { iscoGroups, occupations, skills, relations, skipped };
  }
}

/**
 * Parses a CSV file (gunzipped if compressed) record by record, keyed by the header, after
 * checking the header. The file is read whole and parsed in one pass with a per-record callback
 * (no array of records is built): every row ends up in memory before the transaction anyway, and csv-parse's stream
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
    // A repeated key would make one INSERT … ON CONFLICT touch the same row twice, which fails.
    if (!row || seen.has(keyOf(row))) {
      skip();
      return;
    }
    seen.add(keyOf(row));
    rows.push(row);
  });
  return rows;
}
