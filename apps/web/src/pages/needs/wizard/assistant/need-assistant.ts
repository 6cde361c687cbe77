// Pure: the draft the assistant reads, the words of a flag, and the fixes the panel can apply.
import type { LanguageLevel, NeedAssistantDraftInput, NeedAssistantQuery } from '../../../../gql/graphql';
import { toNeedInput, type WizardForm } from '../wizard-state';

export type AssistantFlag = NeedAssistantQuery['needAssistant']['flags'][number];

/** Waits this long after the last keystroke before asking the server. */
export const ASSISTANT_DEBOUNCE_MS = 500;

const within = (value: number | null | undefined, min: number, max: number) => (value != null && value >= min && value <= max ? value : null);

/**
 * The parts of the form the assistant reads, as the server accepts them while the person still
 * writes: numbers the server would refuse are left out (the wizard's own save names them).
 */
export function toAssistantDraft(form: WizardForm): NeedAssistantDraftInput {
  const input = toNeedInput(form);
  return {
    kinds: input.kinds,
    title: input.title.slice(0, 200),
    description: input.description.slice(0, 5000),
    occupationUri: input.occupationUri ?? null,
    skills: (input.skills ?? []).slice(0, 50),
    languages: (input.languages ?? []).slice(0, 10),
    tasks: form.tasks.slice(0, 30).map((task) => ({ title: task.title.trim().slice(0, 200), kind: task.kind, ...task.levels })),
    hoursMin: within(input.hoursMin, 1, 60),
    hoursMax: within(input.hoursMax, 1, 60),
    payMin: within(input.payMin, 0, 1_000_000),
    payMax: within(input.payMax, 0, 1_000_000),
    payUnit: input.payUnit ?? null,
    adjustmentsOffered: input.adjustmentsOffered,
    measuresOpenTo: input.measuresOpenTo,
    openToPrecisionCapable: input.openToPrecisionCapable,
  };
}

export function paramsOf(flag: AssistantFlag): Record<string, string> {
  return Object.fromEntries(flag.params.map((param) => [param.name, param.value]));
}

/** A comma-separated list param as its items. */
export const listParam = (value: string | undefined): string[] => (value ? value.split(',').filter(Boolean) : []);

/** What the panel can change in the form for the person, in one press. */
export type AssistantFix =
  | { kind: 'makeWished'; uri: string }
  | { kind: 'setLevel'; language: string; level: LanguageLevel }
  | { kind: 'openToPrecision' };

export function fixOf(flag: AssistantFlag): AssistantFix | null {
  const params = paramsOf(flag);
  switch (flag.code) {
    case 'REQUIRED_SKILL_NOT_ESSENTIAL':
      return { kind: 'makeWished', uri: flag.subject };
    case 'LANGUAGE_NATIVE':
    case 'LANGUAGE_ABOVE_TASKS':
      return params.suggestedLevel ? { kind: 'setLevel', language: flag.subject, level: params.suggestedLevel as LanguageLevel } : null;
    case 'OPEN_TO_PRECISION_CAPABLE':
      return { kind: 'openToPrecision' };
    default:
      return null;
  }
}

export function applyFix(form: WizardForm, fix: AssistantFix): WizardForm {
  switch (fix.kind) {
    case 'makeWished':
      return { ...form, skills: form.skills.map((skill) => (skill.uri === fix.uri ? { ...skill, required: false } : skill)) };
    case 'setLevel':
      return { ...form, languages: form.languages.map((row) => (row.language === fix.language ? { ...row, level: fix.level } : row)) };
    case 'openToPrecision':
      return { ...form, openToPrecisionCapable: true };
  }
}

export const adviceHref = (topic: string) => `/advice?topic=${encodeURIComponent(topic)}`;
export const serviceHref = (category: string) => `/services?category=${encodeURIComponent(category)}`;

/** A stable key of a flag on the screen and for dismissals. */
export const flagKey = (flag: { code: string; subject: string }) => `${flag.code}:${flag.subject}`;
