// Pure: the API words its suggestion reasons in Finnish only (need-rules.ts on the server). The
// known ones are turned into translation keys here so that Swedish and English readers get them in
// their language; an unknown reason is shown as it came, marked as Finnish.
import type { Measure } from '../../gql/graphql';

export interface ReasonText {
  /** Translation key in the `needs` namespace, or null when the reason is not known. */
  key: string | null;
  params: Record<string, string>;
  /** The server's own (Finnish) text. */
  original: string;
}

const MEASURE_REASONS: Record<string, Measure> = {
  'Työnantaja on valmis palkkatukeen': 'PAY_SUBSIDY',
  'Työnantaja on valmis oppisopimukseen': 'APPRENTICESHIP',
  'Työnantaja on valmis työkokeiluun': 'WORK_TRIAL',
  'Työnantaja on valmis rekrytointikoulutukseen': 'RECRUITMENT_TRAINING',
  'Työnantaja on valmis työhönvalmennukseen': 'JOB_COACHING',
};

const FIXED_REASONS: Record<string, string> = {
  'Työpaikka tarjoaa mukautuksia: neuvontaa kohtuullisiin mukautuksiin': 'adjustments',
  'Avoin täsmätyökykyisille: työkyvyn tuki': 'precisionCapable',
  'Anonyymi rekrytointi: monimuotoisen rekrytoinnin tuki': 'anonymousRecruitment',
  'Henkilöstön osaamisen kehittäminen': 'staffDevelopment',
  'Osaamisen kehittäminen työssä oppien': 'onTheJobLearning',
  'Tukea ja neuvontaa rekrytointiin': 'recruitmentSupport',
  'Mukautukset: neuvontaa työpaikan mukauttamiseen': 'adjustments',
};

const PREFIXED_REASONS: [prefix: string, key: string][] = [
  ['Vaadittua osaamista voi kouluttaa: ', 'trainSkills'],
  ['Rekrytointikoulutus vaadittuun osaamiseen: ', 'recruitmentTraining'],
  ['Puuttuva osaaminen: ', 'missingSkill'],
];

export function reasonText(reason: string): ReasonText {
  const text = reason.trim();
  const measure = MEASURE_REASONS[text];
  if (measure) return { key: `reasons.measure.${measure}`, params: {}, original: reason };
  const fixed = FIXED_REASONS[text];
  if (fixed) return { key: `reasons.${fixed}`, params: {}, original: reason };
  for (const [prefix, key] of PREFIXED_REASONS) {
    if (text.startsWith(prefix)) return { key: `reasons.${key}`, params: { skills: text.slice(prefix.length) }, original: reason };
  }
  return { key: null, params: {}, original: reason };
}

/** Advice topics that answer choices made in the need (its measures, adjustments, anonymous recruitment). */
export function adviceTopicsForNeed(
  topics: readonly string[],
  need: { measuresOpenTo: readonly string[]; adjustmentsOffered: readonly string[]; anonymousRecruitment: boolean; openToPrecisionCapable: boolean },
): string[] {
  const chosen = new Set<string>([...need.measuresOpenTo, ...need.adjustmentsOffered]);
  if (need.anonymousRecruitment) chosen.add('ANONYMOUS_RECRUITMENT');
  if (need.openToPrecisionCapable) chosen.add('INCLUSIVE_JOB_AD');
  return topics.filter((topic) => chosen.has(topic));
}
