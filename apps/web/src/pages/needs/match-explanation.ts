// Pure: why a presented candidate fits the need, as lines of plain text an employer can read.
// The card carries no identity and no home place; the explanation uses only what it does carry.
import type { LanguageLevel, TaskKind } from '../../gql/graphql';

export interface ExplainedCandidate {
  matchedSkills: readonly { label: string }[];
  missingSkills: readonly { label: string }[];
  occupations: readonly { label: string }[];
  carvedOutTasks: readonly string[];
  remoteOk: boolean;
  hoursMin: number | null;
  hoursMax: number | null;
  languages: readonly { language: string; level: LanguageLevel }[];
  drivingLicences: readonly string[];
}

export interface ExplainedNeed {
  tasks: readonly { title: string; kind: TaskKind }[];
  skills: readonly { required: boolean }[];
  remote: boolean;
  hoursMin: number | null;
  hoursMax: number | null;
  partTimePossible: boolean;
  languages: readonly { language: string; level: LanguageLevel }[];
  drivingLicence: string | null;
}

export type ExplanationTopic = 'occupation' | 'skills' | 'missingSkills' | 'role' | 'place' | 'hours' | 'languages' | 'drivingLicence';
/** Whether the line speaks for the match, against it, or only informs; always said in words too. */
export type ExplanationTone = 'fit' | 'gap' | 'info';

export interface ExplanationLine {
  topic: ExplanationTopic;
  tone: ExplanationTone;
  /** Translation key in the `needs` namespace. */
  key: string;
  params: Record<string, string | number>;
}

/** How values turn into words in the chosen language. */
export interface ExplanationFormat {
  list: (items: readonly string[]) => string;
  languageName: (code: string) => string;
  languageLevel: (level: LanguageLevel) => string;
  hours: (min: number | null, max: number | null) => string;
}

export interface ExplanationContext {
  /** The municipality of the work in the chosen language; null when not known. */
  placeName: string | null;
  format: ExplanationFormat;
}

const LEVELS: readonly LanguageLevel[] = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2', 'NATIVE'];

/** Finnish driving licence classes: a held class also covers these (as the matching engine counts them). */
const LICENCE_COVERS: Readonly<Record<string, readonly string[]>> = {
  A: ['A1', 'A2', 'AM'],
  A2: ['A1', 'AM'],
  A1: ['AM'],
  B: ['AM'],
  BE: ['B', 'AM'],
  C1: ['B', 'AM'],
  C: ['C1', 'B', 'AM'],
  C1E: ['C1', 'BE', 'B', 'AM'],
  CE: ['C', 'C1', 'C1E', 'BE', 'B', 'AM'],
  D1: ['B', 'AM'],
  D: ['D1', 'B', 'AM'],
  D1E: ['D1', 'BE', 'B', 'AM'],
  DE: ['D', 'D1', 'D1E', 'BE', 'B', 'AM'],
};

export function holdsLicence(held: readonly string[], required: string): boolean {
  const wanted = required.trim().toUpperCase();
  return held.some((raw) => {
    const licence = raw.trim().toUpperCase();
    return licence === wanted || (LICENCE_COVERS[licence] ?? []).includes(wanted);
  });
}

function line(topic: ExplanationTopic, tone: ExplanationTone, key: string, params: Record<string, string | number> = {}): ExplanationLine {
  return { topic, tone, key: `match.${key}`, params };
}

function skillLines(card: ExplainedCandidate, need: ExplainedNeed, format: ExplanationFormat): ExplanationLine[] {
  const lines: ExplanationLine[] = [];
  const matched = card.matchedSkills.map((s) => s.label);
  const missing = card.missingSkills.map((s) => s.label);
  lines.push(
    matched.length > 0
      ? line('skills', 'fit', 'skillsMatched', { skills: format.list(matched), count: matched.length })
      : line('skills', 'gap', 'skillsNoneMatched'),
  );
  if (missing.length > 0) lines.push(line('missingSkills', 'gap', 'skillsMissing', { skills: format.list(missing), count: missing.length }));
  else if (need.skills.length > 0) lines.push(line('missingSkills', 'fit', 'skillsNoneMissing'));
  return lines;
}

function roleLine(card: ExplainedCandidate, need: ExplainedNeed, format: ExplanationFormat): ExplanationLine {
  if (need.tasks.length === 0) return line('role', 'info', 'roleNotDescribed');
  const carved = new Set(card.carvedOutTasks);
  if (carved.size === 0) return line('role', 'fit', 'roleWhole', { count: need.tasks.length });
  const kept = need.tasks.filter((task) => !carved.has(task.title)).map((task) => task.title);
  return line('role', 'fit', 'roleCarved', {
    tasks: format.list(card.carvedOutTasks.map((title) => `”${title}”`)),
    count: carved.size,
    kept: format.list(kept),
  });
}

function placeLine(card: ExplainedCandidate, need: ExplainedNeed, placeName: string | null): ExplanationLine {
  if (need.remote) return card.remoteOk ? line('place', 'fit', 'placeRemote') : line('place', 'info', 'placeRemoteNotPreferred');
  if (!placeName) return line('place', 'info', 'placeUnknown');
  return line('place', 'info', card.remoteOk ? 'placeOnSiteRemoteOk' : 'placeOnSite', { place: placeName });
}

function hoursLine(card: ExplainedCandidate, need: ExplainedNeed, format: ExplanationFormat): ExplanationLine {
  const candidateGiven = card.hoursMin !== null || card.hoursMax !== null;
  const needGiven = need.hoursMin !== null || need.hoursMax !== null;
  if (!candidateGiven) return line('hours', 'info', 'hoursUnknown');
  const candidate = format.hours(card.hoursMin, card.hoursMax);
  if (!needGiven) return line('hours', 'info', 'hoursCandidateOnly', { candidate });
  const params = { candidate, need: format.hours(need.hoursMin, need.hoursMax) };
  if (card.hoursMax !== null && need.hoursMin !== null && card.hoursMax < need.hoursMin) {
    return need.partTimePossible ? line('hours', 'info', 'hoursFewerPartTime', params) : line('hours', 'gap', 'hoursFewer', params);
  }
  if (card.hoursMin !== null && need.hoursMax !== null && card.hoursMin > need.hoursMax) return line('hours', 'gap', 'hoursMore', params);
  return line('hours', 'fit', 'hoursFit', params);
}

function languageLines(card: ExplainedCandidate, need: ExplainedNeed, format: ExplanationFormat): ExplanationLine[] {
  if (need.languages.length === 0) {
    if (card.languages.length === 0) return [];
    const known = card.languages.map((l) => `${format.languageName(l.language)} (${format.languageLevel(l.level)})`);
    return [line('languages', 'info', 'languagesKnown', { languages: format.list(known) })];
  }
  return need.languages.map((requirement) => {
    const language = format.languageName(requirement.language);
    const required = format.languageLevel(requirement.level);
    const held = card.languages.find((l) => l.language.toLowerCase() === requirement.language.toLowerCase());
    if (!held) return line('languages', 'gap', 'languageMissing', { language, required });
    const level = format.languageLevel(held.level);
    return LEVELS.indexOf(held.level) >= LEVELS.indexOf(requirement.level)
      ? line('languages', 'fit', 'languageMet', { language, level, required })
      : line('languages', 'gap', 'languageBelow', { language, level, required });
  });
}

function licenceLine(card: ExplainedCandidate, need: ExplainedNeed, format: ExplanationFormat): ExplanationLine {
  const held = format.list(card.drivingLicences);
  if (need.drivingLicence) {
    return holdsLicence(card.drivingLicences, need.drivingLicence)
      ? line('drivingLicence', 'fit', 'licenceHeld', { required: need.drivingLicence, held })
      : line('drivingLicence', 'gap', 'licenceMissing', { required: need.drivingLicence });
  }
  return card.drivingLicences.length > 0 ? line('drivingLicence', 'info', 'licenceNotNeededHeld', { held }) : line('drivingLicence', 'info', 'licenceNotNeeded');
}

/** Every line of the explanation, in reading order: what they know, the role, then the practicalities. */
export function buildMatchExplanation(card: ExplainedCandidate, need: ExplainedNeed, context: ExplanationContext): ExplanationLine[] {
  const { format } = context;
  const lines: ExplanationLine[] = [];
  if (card.occupations.length > 0) lines.push(line('occupation', 'info', 'occupations', { occupations: format.list(card.occupations.map((o) => o.label)) }));
  lines.push(...skillLines(card, need, format));
  lines.push(roleLine(card, need, format));
  lines.push(placeLine(card, need, context.placeName));
  lines.push(hoursLine(card, need, format));
  lines.push(...languageLines(card, need, format));
  lines.push(licenceLine(card, need, format));
  return lines;
}

type Translate = (key: string, params?: Record<string, string | number>) => string;

/** The explanation as text lines in the chosen language (`t` of the `needs` namespace). */
export function explainMatch(
  card: ExplainedCandidate,
  need: ExplainedNeed,
  context: ExplanationContext,
  t: Translate,
): { topic: ExplanationTopic; tone: ExplanationTone; text: string }[] {
  return buildMatchExplanation(card, need, context).map(({ topic, tone, key, params }) => ({ topic, tone, text: t(key, params) }));
}
