import type { ListSizes } from '@ytmt/core';

/** The longest needs lists the API returns without paging, for the query cost analysis (see ListSizes). */
export const NEEDS_LIST_SIZES: ListSizes = {
  // A need has at most 50 skills, 30 tasks and 10 languages.
  'Need.skills': 50,
  'Need.tasks': 30,
  'Need.languages': 10,
  // Search hits highlight at most a few text fields each.
  'NeedSearchHit.highlights': 10,
};
