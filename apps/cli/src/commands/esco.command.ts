import { AppConfig } from '@ytmt/core';
import { EscoImporter } from '@ytmt/skills';
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
