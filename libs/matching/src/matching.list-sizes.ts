import type { ListSizes } from '@ytmt/core';

/** The longest matching lists the API returns without paging, for the query cost analysis (see ListSizes). */
export const MATCHING_LIST_SIZES: ListSizes = {
  // At most MATCHES_PER_NEED (50) candidates per need (the candidate list is a connection); a
  // card or an explanation names at most the need's 50 skills, 30 tasks and 10 languages, and the
  // profile's 20 occupations and 10 languages.
  'Query.presentedCandidates': 50,
  'CandidateCardType.matchedSkills': 50,
  'CandidateCardType.missingSkills': 50,
  'CandidateCardType.occupations': 20,
  'CandidateCardType.languages': 10,
  'MatchExplanationType.matchedEssentialSkills': 50,
  'MatchExplanationType.missingEssentialSkills': 50,
  'MatchExplanationType.matchedOptionalSkills': 50,
  'MatchExplanationType.tasks': 30,
  'MatchExplanationType.missingLanguages': 10,
  // A match's gaps: three hits for each of at most 3 missing skills, 5 measures and the
  // accommodation search (GapServicesService); advice from the curated set (advice-articles.ts).
  'MatchGapsType.services': 27,
  'MatchGapsType.advice': 20,
};
