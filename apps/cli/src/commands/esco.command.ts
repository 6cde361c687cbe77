import { AppConfig } from '@ytmt/core';
import { existsSync } from 'node:fs';
import { getDataSourceToken } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { defaultEscoDataDir, EscoImporter } from '@ytmt/skills';
import { createProgress } from '../progress';
import { withContext } from './data.commands';

export async function importEscoCommand(config: AppConfig): Promise<void> {
  await withContext(config, async (context) => {
    const progress = createProgress('ESCO');
    const report = await context.get(EscoImporter).import(progress.update);
    progress.stop();
    const { skipped } = report;
    console.log(
      `ESCO: ${report.iscoGroups} ISCO-08 groups, ${report.occupations} occupations, ${report.skills} skills, ` +
        `${report.relations} relations (${report.inserted} inserted, ${report.updated} updated, ${report.relationsRemoved} relations removed).`,
    );
    if (skipped.total > 0) {
      console.log(
        `Skipped ${skipped.total} rows: ${skipped.relationsMissingOccupation} relations to a missing occupation, ` +
          `${skipped.relationsMissingSkill} to a missing skill, ${skipped.relationsEmptySkillType} with an empty skill type, ` +
          `${skipped.relationsInvalid} invalid relations, ${skipped.occupations} occupations, ${skipped.skills} skills, ${skipped.iscoGroups} ISCO groups.`,
      );
    }
  });
}

/** npm start: loads ESCO once, when the data is at hand and the tables are still empty. */
export async function importEscoIfMissing(config: AppConfig): Promise<void> {
  const dataDir = defaultEscoDataDir();
  if (!existsSync(dataDir)) {
    console.log(
      `ESCO data not found at ${dataDir}: the skill suggester stays empty. The repository ships ESCO in data/esco; ` +
        `unset ESCO_DATA_DIR or point it to a folder of the ESCO CSV files (.csv or .csv.gz), then run npm run import:esco.`,
    );
    return;
  }
  const loaded = await withContext(config, async (context) => {
    const [row] = await context.get<DataSource>(getDataSourceToken()).query('SELECT EXISTS (SELECT 1 FROM esco_skill) AS loaded');
    return row.loaded as boolean;
  });
  if (!loaded) await importEscoCommand(config);
}
