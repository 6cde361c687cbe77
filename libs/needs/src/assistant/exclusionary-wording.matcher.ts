// Pure: the maintained list of exclusionary wording (exclusionary-wording.json) and its matcher.
// (Not named exclusionary-wording.ts: Node would resolve that require to the .json file first.)
import wordingFile from './exclusionary-wording.json';

export type WordingLanguage = 'fi' | 'sv' | 'en';
export type WordingGroup = 'AGE' | 'GENDER' | 'HEALTH' | 'FITNESS' | 'ORIGIN';
export type DemandField = 'physicalStrain' | 'standingWalking' | 'lifting' | 'cognitiveLoad' | 'customerInteraction' | 'timePressure';

export interface WordingEntry {
  id: string;
  pattern: string;
  language: WordingLanguage;
  group: WordingGroup;
  reason: string;
  suggestion: string;
  exceptWhenTasksDemand?: DemandField[];
}

export interface WordingHit {
  entry: WordingEntry;
  /** The words as written in the text. */
  matched: string;
}

export const WORDING_LANGUAGES: readonly WordingLanguage[] = ['fi', 'sv', 'en'];
export const WORDING_GROUPS: readonly WordingGroup[] = ['AGE', 'GENDER', 'HEALTH', 'FITNESS', 'ORIGIN'];
export const DEMAND_FIELDS: readonly DemandField[] = ['physicalStrain', 'standingWalking', 'lifting', 'cognitiveLoad', 'customerInteraction', 'timePressure'];

export const EXCLUSIONARY_WORDING: readonly WordingEntry[] = (wordingFile as { entries: WordingEntry[] }).entries;

const LETTER = '[\\p{L}\\p{N}]';
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * One word of a pattern: `*` alone is any one word, a trailing `*` accepts any ending (Finnish
 * and Swedish inflect: "nuori", "nuoren", "nuorta"), anything else is the word exactly.
 */
function wordSource(word: string): string {
  if (word === '*') return `${LETTER}+`;
  if (word.endsWith('*')) return `${escape(word.slice(0, -1))}[\\p{L}\\p{N}-]*`;
  return escape(word);
}

/** The pattern as a case-insensitive regular expression matching whole words only. */
export function compileWordingPattern(pattern: string): RegExp {
  const words = pattern.trim().split(/\s+/).map(wordSource);
  return new RegExp(`(?<!${LETTER})${words.join('\\s+')}(?!${LETTER})`, 'iu');
}

const COMPILED = new Map<string, RegExp>();
function compiled(entry: WordingEntry): RegExp {
  let regex = COMPILED.get(entry.pattern);
  if (!regex) {
    regex = compileWordingPattern(entry.pattern);
    COMPILED.set(entry.pattern, regex);
  }
  return regex;
}

/**
 * Every entry found in the text, once each, in list order. All languages are searched: an ad
 * may mix them, and a Swedish phrase in a Finnish ad excludes just the same.
 */
export function findExclusionaryWording(text: string, entries: readonly WordingEntry[] = EXCLUSIONARY_WORDING): WordingHit[] {
  const hits: WordingHit[] = [];
  for (const entry of entries) {
    const match = compiled(entry).exec(text);
    if (match) hits.push({ entry, matched: match[0] });
  }
  return hits;
}

/** What is wrong with an entry of the list; the list is data, so its tests check every entry. */
export function wordingEntryProblems(entry: WordingEntry): string[] {
  const problems: string[] = [];
  if (!/^[a-z]{2}-[a-z0-9-]+$/.test(entry.id)) problems.push('id must look like fi-some-words');
  if (!WORDING_LANGUAGES.includes(entry.language)) problems.push('language must be fi, sv or en');
  if (!entry.id.startsWith(`${entry.language}-`)) problems.push('id must start with the language');
  if (!WORDING_GROUPS.includes(entry.group)) problems.push('unknown group');
  if (entry.pattern.trim().length < 3) problems.push('pattern too short');
  if (entry.reason.trim().length < 15) problems.push('reason must say why');
  if (entry.suggestion.trim().length < 3) problems.push('suggestion missing');
  for (const field of entry.exceptWhenTasksDemand ?? []) if (!DEMAND_FIELDS.includes(field)) problems.push(`unknown demand ${field}`);
  return problems;
}
