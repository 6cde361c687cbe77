// Pure: why the engine suggests a person for a need, as lines a coordinator can read. Uses only
// what the row carries: no identity, and the place as a distance band unless the person is of
// the coordinator's own area.
import type { Adjustment, DistanceBand, LanguageLevel, TaskOutcome } from '../../gql/graphql';

export interface ExplainedRow {
  occupationRelation: string;
  /** The person states no occupation; the relation is through one inferred from their skills. */
  occupationInferred?: boolean;
  /** How many optional skills the role lists; null for results of older engine versions. */
  optionalSkillCount?: number | null;
  matchedEssentialSkills: readonly { label: string }[];
  matchedOptionalSkills: readonly { label: string }[];
  missingEssentialSkills: readonly { label: string }[];
  missingLanguages: readonly { language: string; level: LanguageLevel }[];
  missingDrivingLicence?: string | null;
  carvedOutTasks: readonly string[];
  fitsWithAdjustments: boolean;
  adjustmentsRelied: readonly Adjustment[];
  workAbilityDetailsHidden: boolean;
  placeReason: string;
  distanceBand?: DistanceBand | null;
  distanceKm?: number | null;
  tasks: readonly { title: string; outcome: TaskOutcome }[];
  parts: { workingTime: number };
}

export interface ExplainedNeed {
  remote: boolean;
  hoursMin?: number | null;
  hoursMax?: number | null;
  partTimePossible: boolean;
}

export type Topic = 'occupation' | 'skills' | 'optionalSkills' | 'missingSkills' | 'role' | 'place' | 'hours' | 'languages' | 'drivingLicence';
export type Tone = 'fit' | 'gap' | 'info';

export interface Line {
  topic: Topic;
  tone: Tone;
  /** Translation key in the `candidates` namespace. */
  key: string;
  params: Record<string, string | number>;
}

export interface RowFormat {
  list: (items: readonly string[]) => string;
  languageName: (code: string) => string;
  languageLevel: (level: LanguageLevel) => string;
  adjustment: (adjustment: Adjustment) => string;
  distanceBand: (band: DistanceBand) => string;
  kilometres: (km: number) => string;
  /** "and 5 more" for a list cut short. */
  more: (count: number) => string;
}

/** A long list of skills reads as its first few and how many more. */
const LISTED_SKILLS = 6;

function shortList(items: readonly string[], format: RowFormat): string {
  if (items.length <= LISTED_SKILLS + 1) return format.list(items);
  return format.list([...items.slice(0, LISTED_SKILLS), format.more(items.length - LISTED_SKILLS)]);
}

/** The code of the server's pseudonym ("Hakija K7M2QX" → "K7M2QX"), to be named in the reader's language. */
export function pseudonymCode(pseudonym: string): string {
  return /([A-Z0-9]{4,})\s*$/.exec(pseudonym)?.[1] ?? pseudonym;
}

function line(topic: Topic, tone: Tone, key: string, params: Record<string, string | number> = {}): Line {
  return { topic, tone, key: `why.${key}`, params };
}

const RELATIONS: Record<string, Tone> = {
  SAME_OCCUPATION: 'fit',
  SAME_ISCO_GROUP: 'fit',
  SAME_ISCO_MINOR_GROUP: 'fit',
  SAME_ISCO_SUB_MAJOR_GROUP: 'info',
  SHARED_SKILLS: 'info',
  NONE: 'info',
};

function occupationLine(row: ExplainedRow): Line {
  const relation = row.occupationRelation in RELATIONS ? row.occupationRelation : 'NONE';
  // An occupation inferred from the skills is said to be inferred: nobody stated it.
  if (row.occupationInferred && relation !== 'NONE') return line('occupation', 'info', `occupationInferred.${relation}`);
  return line('occupation', RELATIONS[relation] ?? 'info', `occupation.${relation}`);
}

function skillLines(row: ExplainedRow, format: RowFormat): Line[] {
  const matched = row.matchedEssentialSkills.map((s) => s.label);
  const optional = row.matchedOptionalSkills.map((s) => s.label);
  const missing = row.missingEssentialSkills.map((s) => s.label);
  const lines: Line[] = [
    matched.length > 0 ? line('skills', 'fit', 'skillsMatched', { skills: shortList(matched, format), count: matched.length }) : line('skills', 'gap', 'skillsNoneMatched'),
  ];
  if (optional.length > 0) {
    const total = row.optionalSkillCount ?? null;
    lines.push(
      total !== null && total >= optional.length
        ? line('optionalSkills', 'fit', 'optionalMatchedOf', { skills: shortList(optional, format), count: optional.length, total })
        : line('optionalSkills', 'fit', 'optionalMatched', { skills: shortList(optional, format), count: optional.length }),
    );
  }
  lines.push(
    missing.length > 0 ? line('missingSkills', 'gap', 'skillsMissing', { skills: shortList(missing, format), count: missing.length }) : line('missingSkills', 'fit', 'skillsNoneMissing'),
  );
  return lines;
}

function roleLine(row: ExplainedRow, format: RowFormat): Line {
  if (row.tasks.length === 0) return line('role', 'info', 'roleNotDescribed');
  const carved = row.carvedOutTasks;
  const kept = row.tasks.filter((task) => task.outcome !== 'CARVED_OUT').map((task) => task.title);
  if (carved.length > 0) {
    return line('role', 'fit', 'roleCarved', { tasks: format.list(carved.map((title) => `”${title}”`)), count: carved.length, kept: format.list(kept) });
  }
  if (row.fitsWithAdjustments) {
    if (row.workAbilityDetailsHidden || row.adjustmentsRelied.length === 0) return line('role', 'info', 'roleWithAdjustmentsHidden');
    return line('role', 'info', 'roleWithAdjustments', { adjustments: format.list(row.adjustmentsRelied.map(format.adjustment)) });
  }
  return line('role', 'fit', 'roleWhole', { count: row.tasks.length });
}

function placeLine(row: ExplainedRow, format: RowFormat): Line {
  const distance =
    row.distanceKm !== null && row.distanceKm !== undefined ? format.kilometres(row.distanceKm) : row.distanceBand ? format.distanceBand(row.distanceBand) : null;
  switch (row.placeReason) {
    case 'REMOTE':
      return line('place', 'fit', 'placeRemote');
    case 'SAME_MUNICIPALITY':
      return line('place', 'fit', 'placeSameMunicipality');
    case 'ACCEPTABLE_MUNICIPALITY':
      return distance ? line('place', 'fit', 'placeAcceptableDistance', { distance }) : line('place', 'fit', 'placeAcceptable');
    case 'WITHIN_RADIUS':
      return distance ? line('place', 'fit', 'placeWithinRadiusDistance', { distance }) : line('place', 'fit', 'placeWithinRadius');
    default:
      return line('place', 'info', 'placeUnknown');
  }
}

/** The engine's working-time part when the person has not told their hours (match-rules.ts). */
const UNKNOWN_HOURS_PART = 0.8;

function hoursLine(row: ExplainedRow, need: ExplainedNeed): Line {
  const needGiven = (need.hoursMin ?? null) !== null || (need.hoursMax ?? null) !== null;
  if (!needGiven) return line('hours', 'info', 'hoursNeedNotGiven');
  const part = row.parts.workingTime;
  if (part >= 1) return line('hours', 'fit', 'hoursFit');
  if (need.partTimePossible && part > 0 && part !== UNKNOWN_HOURS_PART) return line('hours', 'info', 'hoursFewerPartTime', { percent: Math.round(part * 100) });
  return line('hours', 'info', 'hoursUnknown');
}

function languageLines(row: ExplainedRow, format: RowFormat): Line[] {
  if (row.missingLanguages.length === 0) return [line('languages', 'fit', 'languagesMet')];
  return row.missingLanguages.map((gap) =>
    line('languages', 'gap', 'languageMissing', { language: format.languageName(gap.language), level: format.languageLevel(gap.level) }),
  );
}

function licenceLine(row: ExplainedRow): Line | null {
  return row.missingDrivingLicence ? line('drivingLicence', 'gap', 'licenceMissing', { licence: row.missingDrivingLicence }) : null;
}

/** Every line of the explanation, in reading order: what they know, the role, then the practicalities. */
export function explainRow(row: ExplainedRow, need: ExplainedNeed, format: RowFormat): Line[] {
  const lines: Line[] = [occupationLine(row), ...skillLines(row, format), roleLine(row, format), placeLine(row, format), hoursLine(row, need), ...languageLines(row, format)];
  const licence = licenceLine(row);
  if (licence) lines.push(licence);
  return lines;
}

/** The coordinator's statuses, in the order a list is usually worked through. */
export const COORDINATOR_STATUSES = ['UNDER_REVIEW', 'RELEVANT', 'CONTACTED', 'NOT_RELEVANT', 'NOT_INTERESTED'] as const;

export interface RowState {
  presentedAt?: string | null;
  shareRequest?: { status: string } | null;
}

/** What the coordinator may do next with a row: ask to share, cancel the ask, present. */
export function rowActions(row: RowState, needOpen: boolean): { requestShare: boolean; cancelShare: boolean; present: boolean } {
  const share = row.shareRequest?.status ?? null;
  const presented = Boolean(row.presentedAt);
  return {
    requestShare: needOpen && !presented && share !== 'REQUESTED' && share !== 'ACCEPTED',
    cancelShare: needOpen && share === 'REQUESTED',
    present: needOpen && !presented,
  };
}
