import type { AdviceLanguage } from '../../gql/graphql';
import { isLanguage, type Language } from '../../shared/i18n/i18n';

const TO_API: Record<Language, AdviceLanguage> = { fi: 'FI', sv: 'SV', en: 'EN' };
const FROM_API: Record<AdviceLanguage, Language> = { FI: 'fi', SV: 'sv', EN: 'en' };

/** The API's article language for the UI language (anything unknown reads as Finnish). */
export function adviceLanguage(uiLanguage: string): AdviceLanguage {
  return TO_API[isLanguage(uiLanguage) ? uiLanguage : 'fi'];
}

/** The `lang` of an article's text. */
export function contentLanguage(language: AdviceLanguage): Language {
  return FROM_API[language];
}

/**
 * How to mark an article's text: `lang` only when it differs from the page (the API gave the
 * Finnish text because the article has none in the chosen language), with a note to show.
 */
export function fallbackOf(articleLanguage: AdviceLanguage, uiLanguage: string): { lang: Language | undefined; fallback: boolean } {
  const fallback = articleLanguage !== adviceLanguage(uiLanguage);
  return { lang: fallback ? contentLanguage(articleLanguage) : undefined, fallback };
}

/** A highlight field such as `title.sv` or `body.fi`: the language of its snippet, when it says one. */
export function snippetLanguage(field: string): Language | undefined {
  const suffix = field.split('.').pop();
  return isLanguage(suffix) ? suffix : undefined;
}

export const ADVICE_TOPICS = [
  'PAY_SUBSIDY',
  'APPRENTICESHIP',
  'WORK_TRIAL',
  'RECRUITMENT_TRAINING',
  'JOB_COACHING',
  'WORKING_TIME',
  'PHYSICAL_WORKPLACE',
  'WORK_TASKS',
  'WORK_ENVIRONMENT',
  'LANGUAGE_SUPPORT',
  'INCLUSIVE_JOB_AD',
  'ANONYMOUS_RECRUITMENT',
  'EMPLOYER_OBLIGATIONS',
] as const;
export type AdviceTopic = (typeof ADVICE_TOPICS)[number];

export function isAdviceTopic(value: string): value is AdviceTopic {
  return (ADVICE_TOPICS as readonly string[]).includes(value);
}
