// Pure: no Nest, no I/O. The inclusive-need assistant's rules (issue 17): what in a need's
// draft shuts people out without a reason in the work, why, and what to do instead.
import { Adjustment, LanguageLevel, Measure, NeedKind, TaskKind } from '../need.enums';
import { DemandField, EXCLUSIONARY_WORDING, findExclusionaryWording, WordingEntry } from './exclusionary-wording.matcher';

export enum AssistantFlagCode {
  REQUIRED_SKILL_NOT_ESSENTIAL = 'REQUIRED_SKILL_NOT_ESSENTIAL',
  LANGUAGE_NATIVE = 'LANGUAGE_NATIVE',
  LANGUAGE_ABOVE_TASKS = 'LANGUAGE_ABOVE_TASKS',
  MISSING_PAY = 'MISSING_PAY',
  MISSING_HOURS = 'MISSING_HOURS',
  MISSING_TASKS = 'MISSING_TASKS',
  EXCLUSIONARY_WORDING = 'EXCLUSIONARY_WORDING',
  OPEN_TO_PRECISION_CAPABLE = 'OPEN_TO_PRECISION_CAPABLE',
}

/** WARNING: the need shuts people out or lacks what applicants ask first; SUGGESTION: an opening. */
export enum AssistantSeverity {
  WARNING = 'WARNING',
  SUGGESTION = 'SUGGESTION',
}

/** Capability profiles common among precision-capable jobseekers; a role fits one when its core tasks do. */
export enum CapabilityProfile {
  LIGHT_PHYSICAL = 'LIGHT_PHYSICAL',
  CALM_PACE = 'CALM_PACE',
  ROUTINE = 'ROUTINE',
}

export interface AssistantTask {
  title: string;
  kind: TaskKind;
  physicalStrain: number;
  standingWalking: number;
  lifting: number;
  cognitiveLoad: number;
  customerInteraction: number;
  timePressure: number;
}

export interface AssistantDraft {
  kinds: readonly NeedKind[];
  title: string;
  description: string;
  occupationUri?: string | null;
  skills: readonly { uri: string; required: boolean }[];
  languages: readonly { language: string; level: LanguageLevel }[];
  tasks: readonly AssistantTask[];
  hoursMin?: number | null;
  hoursMax?: number | null;
  /** The stated pay range (whole euros per payUnit); either bound is enough. */
  payMin?: number | null;
  payMax?: number | null;
  payUnit?: string | null;
  adjustmentsOffered: readonly Adjustment[];
  measuresOpenTo: readonly Measure[];
  openToPrecisionCapable: boolean;
}

export interface AssistantContext {
  /** The ESCO essential skills of the chosen occupation; null when no occupation is chosen. */
  essentialSkillUris: ReadonlySet<string> | null;
  wording?: readonly WordingEntry[];
}

export interface AssistantFlag {
  code: AssistantFlagCode;
  severity: AssistantSeverity;
  /** The field of NeedInput the flag is about, e.g. `skills.2`, `languages.0`, `description`. */
  field: string;
  /** What the flag is about, stable across edits (a skill URI, a language code, a word-list id, or '' for the need); a dismissal names it. */
  subject: string;
  /** Values for the localized reason and suggestion; every value a string. */
  params: Record<string, string>;
  /** Advice topics (ADVICE_TOPICS of the advice library) that help with the fix. */
  adviceTopics: string[];
  /** Service categories (catalogue taxonomy codes) that help with the fix. */
  serviceCategories: string[];
}

export const LANGUAGE_ORDER: readonly LanguageLevel[] = [
  LanguageLevel.A1,
  LanguageLevel.A2,
  LanguageLevel.B1,
  LanguageLevel.B2,
  LanguageLevel.C1,
  LanguageLevel.C2,
  LanguageLevel.NATIVE,
];

/**
 * The highest language level the tasks can call for: serving customers a lot needs C1, some
 * customer contact B2, and any work at least B1 (instructions, safety). Heavy cognitive load
 * (reports, planning) needs B2.
 */
export function languageLevelTasksNeed(tasks: readonly AssistantTask[]): LanguageLevel {
  const customer = Math.max(0, ...tasks.map((task) => task.customerInteraction));
  const cognitive = Math.max(0, ...tasks.map((task) => task.cognitiveLoad));
  const byCustomer = customer >= 3 ? LanguageLevel.C1 : customer >= 2 ? LanguageLevel.B2 : LanguageLevel.B1;
  const byCognitive = cognitive >= 3 ? LanguageLevel.B2 : LanguageLevel.B1;
  return LANGUAGE_ORDER.indexOf(byCustomer) >= LANGUAGE_ORDER.indexOf(byCognitive) ? byCustomer : byCognitive;
}

/** The demand limits of each profile, per dimension (0 none … 3 high). */
export const CAPABILITY_PROFILES: Record<CapabilityProfile, Record<DemandField, number>> = {
  [CapabilityProfile.LIGHT_PHYSICAL]: { physicalStrain: 1, standingWalking: 1, lifting: 1, cognitiveLoad: 3, customerInteraction: 3, timePressure: 2 },
  [CapabilityProfile.CALM_PACE]: { physicalStrain: 2, standingWalking: 2, lifting: 2, cognitiveLoad: 2, customerInteraction: 1, timePressure: 1 },
  [CapabilityProfile.ROUTINE]: { physicalStrain: 2, standingWalking: 2, lifting: 2, cognitiveLoad: 1, customerInteraction: 2, timePressure: 1 },
};

/** The adjustments that usually make each profile's work possible. */
const PROFILE_ADJUSTMENTS: Record<CapabilityProfile, Adjustment[]> = {
  [CapabilityProfile.LIGHT_PHYSICAL]: [Adjustment.PHYSICAL_WORKPLACE, Adjustment.WORK_TASKS],
  [CapabilityProfile.CALM_PACE]: [Adjustment.WORK_ENVIRONMENT, Adjustment.WORKING_TIME],
  [CapabilityProfile.ROUTINE]: [Adjustment.WORK_TASKS, Adjustment.WORKING_TIME],
};

const PRECISION_MEASURES: readonly Measure[] = [Measure.PAY_SUBSIDY, Measure.WORK_TRIAL, Measure.JOB_COACHING];

/** The profiles whose limits every CORE task stays within. */
export function fittingProfiles(tasks: readonly AssistantTask[]): CapabilityProfile[] {
  const core = tasks.filter((task) => task.kind === TaskKind.CORE);
  if (core.length === 0) return [];
  return (Object.keys(CAPABILITY_PROFILES) as CapabilityProfile[]).filter((profile) =>
    core.every((task) => (Object.entries(CAPABILITY_PROFILES[profile]) as [DemandField, number][]).every(([field, limit]) => task[field] <= limit)),
  );
}

// Pay stated as money (12,50 €/h, 2 300 euroa, 2300 EUR) or by the collective agreement that sets it.
const PAY_PATTERN =
  /(\d[\d\s.,]*\s*(€|e\/h|eur\b|euro|euroa)|työehtosopimu|\btes\b|kollektivavtal|collective agreement|\bsalary\b.*\d|palkkaus.*\d|lön.*\d)/iu;
// Words that show the description tells what the work is (in any of the three languages).
const TASK_PATTERN = /(tehtäv|työtehtäv|työhön kuuluu|työssä|arbetsuppgift|uppgifter|i arbetet ingår|tasks|duties|responsibilit|you will)/iu;

const isRecruitment = (draft: AssistantDraft) => draft.kinds.includes(NeedKind.RECRUITMENT);

/** Required skills the chosen occupation does not hold essential. */
function skillFlags(draft: AssistantDraft, context: AssistantContext): AssistantFlag[] {
  const essential = context.essentialSkillUris;
  if (!essential || !draft.occupationUri) return [];
  return draft.skills.flatMap((skill, index) =>
    skill.required && !essential.has(skill.uri)
      ? [flag(AssistantFlagCode.REQUIRED_SKILL_NOT_ESSENTIAL, `skills.${index}`, skill.uri, { skillUri: skill.uri }, ['INCLUSIVE_JOB_AD'], ['LABOUR_MARKET_TRAINING'])]
      : [],
  );
}

function languageFlags(draft: AssistantDraft): AssistantFlag[] {
  const flags: AssistantFlag[] = [];
  const tasksNeed = draft.tasks.length > 0 ? languageLevelTasksNeed(draft.tasks) : null;
  draft.languages.forEach((language, index) => {
    const field = `languages.${index}`;
    if (language.level === LanguageLevel.NATIVE) {
      const suggested = tasksNeed ?? LanguageLevel.C1;
      flags.push(flag(AssistantFlagCode.LANGUAGE_NATIVE, field, language.language, { language: language.language, level: language.level, suggestedLevel: suggested }, ['INCLUSIVE_JOB_AD', 'LANGUAGE_SUPPORT'], ['INTEGRATION_SERVICES']));
    } else if (tasksNeed && LANGUAGE_ORDER.indexOf(language.level) > LANGUAGE_ORDER.indexOf(tasksNeed)) {
      flags.push(flag(AssistantFlagCode.LANGUAGE_ABOVE_TASKS, field, language.language, { language: language.language, level: language.level, suggestedLevel: tasksNeed }, ['LANGUAGE_SUPPORT'], ['INTEGRATION_SERVICES']));
    }
  });
  return flags;
}

function completenessFlags(draft: AssistantDraft): AssistantFlag[] {
  if (!isRecruitment(draft)) return [];
  const flags: AssistantFlag[] = [];
  const text = `${draft.title}\n${draft.description}`;
  // A stated pay range answers it; a money amount or collective agreement in the texts still does too.
  const payStated = draft.payMin != null || draft.payMax != null;
  if (!payStated && !PAY_PATTERN.test(text)) flags.push(flag(AssistantFlagCode.MISSING_PAY, 'payMin', '', {}, ['INCLUSIVE_JOB_AD'], []));
  if (draft.hoursMin == null && draft.hoursMax == null) flags.push(flag(AssistantFlagCode.MISSING_HOURS, 'hoursMin', '', {}, ['WORKING_TIME'], []));
  if (draft.tasks.length === 0 && !TASK_PATTERN.test(draft.description)) flags.push(flag(AssistantFlagCode.MISSING_TASKS, 'description', '', {}, ['INCLUSIVE_JOB_AD'], []));
  return flags;
}

function wordingFlags(draft: AssistantDraft, context: AssistantContext): AssistantFlag[] {
  const demands = (field: DemandField) => draft.tasks.some((task) => task[field] >= 2);
  const flags: AssistantFlag[] = [];
  for (const [field, text] of [['title', draft.title], ['description', draft.description]] as const) {
    for (const hit of findExclusionaryWording(text, context.wording ?? EXCLUSIONARY_WORDING)) {
      // A fitness demand that a task really has is the task's, not an exclusion.
      if ((hit.entry.exceptWhenTasksDemand ?? []).some(demands)) continue;
      if (flags.some((existing) => existing.subject === hit.entry.id)) continue;
      flags.push(
        flag(
          AssistantFlagCode.EXCLUSIONARY_WORDING,
          field,
          hit.entry.id,
          { matched: hit.matched, group: hit.entry.group, wordingLanguage: hit.entry.language, reason: hit.entry.reason, replacement: hit.entry.suggestion },
          ['INCLUSIVE_JOB_AD'],
          ['INCLUSIVE_RECRUITMENT_ADVICE'],
        ),
      );
    }
  }
  return flags;
}

/** A carved role (CORE and SEPARABLE tasks) whose core fits a common capability profile. */
function precisionFlags(draft: AssistantDraft): AssistantFlag[] {
  if (draft.openToPrecisionCapable) return [];
  const kinds = new Set(draft.tasks.map((task) => task.kind));
  if (!kinds.has(TaskKind.CORE) || !kinds.has(TaskKind.SEPARABLE)) return [];
  const profiles = fittingProfiles(draft.tasks);
  if (profiles.length === 0) return [];
  const adjustments = [...new Set(profiles.flatMap((profile) => PROFILE_ADJUSTMENTS[profile]))].filter((a) => !draft.adjustmentsOffered.includes(a));
  const measures = PRECISION_MEASURES.filter((measure) => !draft.measuresOpenTo.includes(measure));
  return [
    {
      code: AssistantFlagCode.OPEN_TO_PRECISION_CAPABLE,
      severity: AssistantSeverity.SUGGESTION,
      field: 'openToPrecisionCapable',
      subject: '',
      params: { profiles: profiles.join(','), adjustments: adjustments.join(','), measures: measures.join(',') },
      adviceTopics: [...PRECISION_MEASURES, ...adjustments],
      serviceCategories: [...PRECISION_MEASURES, 'WORK_ABILITY_SUPPORT'],
    },
  ];
}

function flag(code: AssistantFlagCode, field: string, subject: string, params: Record<string, string>, adviceTopics: string[], serviceCategories: string[]): AssistantFlag {
  return { code, severity: AssistantSeverity.WARNING, field, subject, params, adviceTopics, serviceCategories };
}

/** Every flag of the draft, in the order the wizard asks for things: words, skills, languages, completeness, openings. */
export function assessNeedDraft(draft: AssistantDraft, context: AssistantContext): AssistantFlag[] {
  return [...wordingFlags(draft, context), ...skillFlags(draft, context), ...languageFlags(draft), ...completenessFlags(draft), ...precisionFlags(draft)];
}

/** The key of a flag for dismissals: the same thing flagged again stays dismissed. */
export function flagKey(flag: { code: string; subject: string }): string {
  return `${flag.code}:${flag.subject}`;
}
