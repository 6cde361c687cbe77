import { Injectable, Logger, Optional } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { SkillSuggesterService } from '../skill-suggester.service';
import { defaultEscoDataDir, EscoFiles, EscoSkippedRows, readEscoFiles } from './esco-data';
import { ESCO_FILES } from './esco-sources';
import { ISCO_TABLE, OCCUPATION_TABLE, RELATION_TABLE, removeStaleRelations, SKILL_TABLE, TableSpec, upsert } from './esco-tables';

const BATCH_SIZE = 5000;

export type EscoProgressReporter = (step: string, done: number, total: number) => void;

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

  /** Reads the four files (.csv or .csv.gz) into checked rows; relations are checked against the files. */
  private async read(dataDir: string, progress: EscoProgressReporter): Promise<EscoFiles> {
    const steps = Object.keys(ESCO_FILES).length;
    const files = await readEscoFiles(dataDir, (filesRead, nextFile) => progress(nextFile ? `reading ${nextFile}` : 'files read', filesRead, steps));
    if (files.skipped.total > 0) this.logger.warn(`ESCO rows skipped: ${JSON.stringify(files.skipped)}`);
    return files;
  }
}
