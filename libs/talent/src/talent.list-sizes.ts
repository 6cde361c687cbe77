import type { ListSizes } from '@ytmt/core';

/** The longest talent lists the API returns without paging, for the query cost analysis (see ListSizes). */
export const TALENT_LIST_SIZES: ListSizes = {
  // A profile has at most 200 skills, 20 occupations, 20 wished occupations and 10 languages
  // (its input's bounds), and one consent per scope.
  'JobseekerProfileType.skills': 200,
  'JobseekerProfileType.occupations': 20,
  'JobseekerProfileType.wishedOccupations': 20,
  'JobseekerProfileType.languages': 10,
  'JobseekerProfileType.consents': 10,
};
