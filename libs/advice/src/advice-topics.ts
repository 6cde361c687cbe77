// The topics of an advice article: the measures and adjustments of the need vocabulary
// (@ytmt/needs), plus recruitment themes that have no need field of their own. Pure: no Nest, no I/O.

export const ADVICE_TOPICS = [
  // measures
  'PAY_SUBSIDY',
  'APPRENTICESHIP',
  'WORK_TRIAL',
  'RECRUITMENT_TRAINING',
  'JOB_COACHING',
  // adjustments
  'WORKING_TIME',
  'PHYSICAL_WORKPLACE',
  'WORK_TASKS',
  'WORK_ENVIRONMENT',
  'LANGUAGE_SUPPORT',
  // recruitment themes
  'INCLUSIVE_JOB_AD',
  'ANONYMOUS_RECRUITMENT',
  'EMPLOYER_OBLIGATIONS',
] as const;

export type AdviceTopic = (typeof ADVICE_TOPICS)[number];

const KNOWN = new Set<string>(ADVICE_TOPICS);

export function isAdviceTopic(value: string): value is AdviceTopic {
  return KNOWN.has(value);
}

/** The parts of a need that point to advice. */
export interface NeedTopicSource {
  measuresOpenTo: readonly string[];
  adjustmentsOffered: readonly string[];
  anonymousRecruitment: boolean;
}

/** The advice topics a need touches: its measures and adjustments, and anonymous recruitment if chosen. */
export function topicsOfNeed(need: NeedTopicSource): AdviceTopic[] {
  const topics = [...need.measuresOpenTo, ...need.adjustmentsOffered, ...(need.anonymousRecruitment ? ['ANONYMOUS_RECRUITMENT'] : [])];
  return [...new Set(topics.filter(isAdviceTopic))];
}

/**
 * The articles sharing at least one topic with `topics`, most shared topics first; equal counts
 * by slug so the order is stable.
 */
export function rankByMatchingTopics<T extends { slug: string; topics: readonly string[] }>(articles: readonly T[], topics: readonly string[]): T[] {
  const wanted = new Set(topics);
  return articles
    .map((article) => ({ article, matches: article.topics.filter((topic) => wanted.has(topic)).length }))
    .filter(({ matches }) => matches > 0)
    .sort((a, b) => b.matches - a.matches || (a.article.slug < b.article.slug ? -1 : a.article.slug > b.article.slug ? 1 : 0))
    .map(({ article }) => article);
}
