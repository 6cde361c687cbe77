import type { ListSizes } from '@ytmt/core';

/** The longest advice lists the API returns without paging, for the query cost analysis (see ListSizes). */
export const ADVICE_LIST_SIZES: ListSizes = {
  // Search hits highlight at most a few text fields each.
  'AdviceArticle.highlights': 10,
};
