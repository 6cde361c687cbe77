// Pure row checks for the ESCO CSV files: a record becomes a typed row or a reason to skip it.
// The importer counts the reasons; one odd row never stops an import.

export type CsvRecord = Record<string, string | undefined>;

export const ESCO_FILES = {
  iscoGroups: 'isco08_groups.csv',
  occupations: 'occupations.csv',
  skills: 'skills.csv',
  relations: 'occupation_skill_relations.csv',
} as const;

/** Columns each file must have; a file without them is the wrong file, which is an error. */
export const REQUIRED_COLUMNS: Record<keyof typeof ESCO_FILES, readonly string[]> = {
  iscoGroups: ['code', 'level', 'parentCode', 'conceptUri', 'name_fi', 'name_sv', 'name_en'],
  occupations: ['conceptUri', 'code', 'iscoGroup', 'preferredLabel_fi', 'preferredLabel_sv', 'preferredLabel_en', 'broaderUri'],
  skills: ['conceptUri', 'skillType', 'reuseLevel', 'preferredLabel_fi', 'preferredLabel_sv', 'preferredLabel_en'],
  relations: ['occupationUri', 'relationType', 'skillType', 'skillUri'],
};

export const OCCUPATION_URI = /^http:\/\/data\.europa\.eu\/esco\/occupation\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
export const SKILL_URI = /^http:\/\/data\.europa\.eu\/esco\/skill\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export interface IscoGroupRow {
  code: string;
  level: number;
  parentCode: string | null;
  uri: string;
  nameFi: string;
  nameSv: string;
  nameEn: string;
}

export interface OccupationRow {
  uri: string;
  code: string;
  iscoGroup: string;
  labelFi: string;
  labelSv: string;
  labelEn: string;
  broaderUri: string | null;
}

export interface SkillRow {
  uri: string;
  skillType: string | null;
  reuseLevel: string | null;
  labelFi: string;
  labelSv: string;
  labelEn: string;
}

export interface RelationRow {
  occupationUri: string;
  skillUri: string;
  relationType: 'essential' | 'optional';
}

export type RelationSkipReason = 'invalid' | 'missingOccupation' | 'missingSkill' | 'emptySkillType';

const text = (value: string | undefined) => (value ?? '').trim();
const orNull = (value: string | undefined) => text(value) || null;

/** A label in every language; an empty one borrows the English label (then any label). */
function labels(fi: string | undefined, sv: string | undefined, en: string | undefined): [string, string, string] | null {
  const english = text(en) || text(fi) || text(sv);
  if (!english) return null;
  return [text(fi) || english, text(sv) || english, english];
}

export function toIscoGroupRow(record: CsvRecord): IscoGroupRow | null {
  const code = text(record['code']);
  const level = Number(text(record['level']));
  const names = labels(record['name_fi'], record['name_sv'], record['name_en']);
  const uri = text(record['conceptUri']);
  if (!/^\d{1,4}$/.test(code) || !Number.isInteger(level) || level < 1 || level > 4 || !names || !uri) return null;
  return { code, level, parentCode: orNull(record['parentCode']), uri, nameFi: names[0], nameSv: names[1], nameEn: names[2] };
}

export function toOccupationRow(record: CsvRecord, iscoCodes: ReadonlySet<string>): OccupationRow | null {
  const uri = text(record['conceptUri']);
  const iscoGroup = text(record['iscoGroup']);
  const names = labels(record['preferredLabel_fi'], record['preferredLabel_sv'], record['preferredLabel_en']);
  if (!OCCUPATION_URI.test(uri) || !iscoCodes.has(iscoGroup) || !names) return null;
  return {
    uri,
    code: text(record['code']) || iscoGroup,
    iscoGroup,
    labelFi: names[0],
    labelSv: names[1],
    labelEn: names[2],
    broaderUri: orNull(record['broaderUri']),
  };
}

export function toSkillRow(record: CsvRecord): SkillRow | null {
  const uri = text(record['conceptUri']);
  const names = labels(record['preferredLabel_fi'], record['preferredLabel_sv'], record['preferredLabel_en']);
  if (!SKILL_URI.test(uri) || !names) return null;
  return {
    uri,
    skillType: orNull(record['skillType']),
    reuseLevel: orNull(record['reuseLevel']),
    labelFi: names[0],
    labelSv: names[1],
    labelEn: names[2],
  };
}

export function toRelationRow(
  record: CsvRecord,
  occupations: ReadonlySet<string>,
  skills: ReadonlySet<string>,
): RelationRow | RelationSkipReason {
  const occupationUri = text(record['occupationUri']);
  const skillUri = text(record['skillUri']);
  const relationType = text(record['relationType']);
  if (!occupationUri || !skillUri || (relationType !== 'essential' && relationType !== 'optional')) return 'invalid';
  if (!occupations.has(occupationUri)) return 'missingOccupation';
  if (!skills.has(skillUri)) return 'missingSkill';
  // ESCO left a few relations untyped; they point at untyped skills and are not trustworthy.
  if (!text(record['skillType'])) return 'emptySkillType';
  return { occupationUri, skillUri, relationType };
}
