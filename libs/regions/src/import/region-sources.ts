// Pure parsing of the region reference files; no database here.
import { parse } from 'csv-parse/sync';
import { EmploymentAreaModel } from '../entities/employment-area.entity';

export interface PostcodeRecord {
  postcode: string;
  postcode_fi_name: string;
  postcode_sv_name: string;
  ad_area_code: string;
  ad_area_fi: string;
  ad_area_sv: string;
  municipal_code: string;
  municipal_name_fi: string;
  municipal_name_sv: string;
}

export interface ParsedRegions {
  regions: { code: string; nameFi: string; nameSv: string }[];
  municipalities: { code: string; nameFi: string; nameSv: string; regionCode: string; wellbeingCountyCode: string | null }[];
  postalCodes: { code: string; nameFi: string; nameSv: string; municipalityCode: string }[];
  wellbeingCounties: { code: string; nameFi: string; nameSv: string; nameEn: string; isWellbeingServicesCounty: boolean }[];
}

export interface EmploymentAreaSource {
  code: string;
  nameFi: string;
  model: EmploymentAreaModel;
  leadMunicipalityName: string | null;
  municipalityCodes: string[];
  membersComplete: boolean;
  source: string | null;
}

/** Post writes names in capitals; show them as Finns write place names. */
export function titleCasePlace(name: string): string {
  return name.toLocaleLowerCase('fi').replace(/(^|[\s-])(\p{L})/gu, (_, sep: string, ch: string) => sep + ch.toLocaleUpperCase('fi'));
}

export function slugify(name: string): string {
  return name
    .replace(/\(.*?\)/g, '')
    .trim()
    .toLocaleLowerCase('fi')
    .replace(/[äå]/g, 'a')
    .replace(/ö/g, 'o')
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

export function parseRegions(
  postcodes: readonly PostcodeRecord[],
  countiesCsv: string,
  countyMunicipalitiesCsv: string,
): ParsedRegions {
  const counties = parse(countiesCsv, { columns: true, skip_empty_lines: true }) as Record<string, string>[];
  const countyOf = new Map<string, string>();
  for (const row of parse(countyMunicipalitiesCsv, { columns: true, skip_empty_lines: true }) as Record<string, string>[]) {
    countyOf.set(row['kunta_code'], row['hva_code']);
  }
  const regions = new Map<string, ParsedRegions['regions'][number]>();
  const municipalities = new Map<string, ParsedRegions['municipalities'][number]>();
  const postalCodes: ParsedRegions['postalCodes'] = [];
  for (const record of postcodes) {
    if (!/^\d{3}$/.test(record.municipal_code) || !/^\d{5}$/.test(record.postcode)) continue;
    regions.set(record.ad_area_code, { code: record.ad_area_code, nameFi: record.ad_area_fi, nameSv: record.ad_area_sv });
    if (!municipalities.has(record.municipal_code)) {
      municipalities.set(record.municipal_code, {
        code: record.municipal_code,
        nameFi: record.municipal_name_fi,
        nameSv: record.municipal_name_sv,
        regionCode: record.ad_area_code,
        wellbeingCountyCode: countyOf.get(record.municipal_code) ?? null,
      });
    }
    postalCodes.push({
      code: record.postcode,
      nameFi: titleCasePlace(record.postcode_fi_name),
      nameSv: titleCasePlace(record.postcode_sv_name || record.postcode_fi_name),
      municipalityCode: record.municipal_code,
    });
  }
  return {
    regions: [...regions.values()].sort((a, b) => a.code.localeCompare(b.code)),
    municipalities: [...municipalities.values()].sort((a, b) => a.code.localeCompare(b.code)),
    postalCodes: postalCodes.sort((a, b) => a.code.localeCompare(b.code)),
    wellbeingCounties: counties.map((row) => ({
      code: row['hva_code'],
      nameFi: row['hva_fi'],
      nameSv: row['hva_sv'],
      nameEn: row['hva_en'],
      isWellbeingServicesCounty: row['is_wellbeing_services_county'] === 'true',
    })),
  };
}

interface RawArea {
  name_fi: string;
  model: string;
  lead_municipality: string | null;
  members: { name_fi: string; kunta_code: string }[];
  complete: boolean;
  source?: string;
}

const MODELS: Record<string, EmploymentAreaModel> = {
  single_municipality: EmploymentAreaModel.SINGLE_MUNICIPALITY,
  host_municipality: EmploymentAreaModel.HOST_MUNICIPALITY,
  joint_municipal_authority: EmploymentAreaModel.JOINT_MUNICIPAL_AUTHORITY,
};

export function parseEmploymentAreas(json: string): EmploymentAreaSource[] {
  const data = JSON.parse(json) as { areas: RawArea[] };
  return data.areas.map((area) => {
    const model = MODELS[area.model];
    if (!model) throw new Error(`Unknown employment area model "${area.model}" for ${area.name_fi}`);
    const nameFi = area.name_fi.replace(/\s*\(kunta järjestää yksin\)\s*$/, '').trim();
    return {
      code: slugify(area.name_fi),
      nameFi: model === EmploymentAreaModel.SINGLE_MUNICIPALITY ? `${nameFi} (kunta järjestää yksin)` : nameFi,
      model,
      leadMunicipalityName: area.lead_municipality,
      // Only verified member lists are loaded; partial ones would misplace municipalities.
      municipalityCodes: area.complete ? area.members.map((m) => m.kunta_code) : [],
      membersComplete: area.complete,
      source: area.source ?? null,
    };
  });
}
