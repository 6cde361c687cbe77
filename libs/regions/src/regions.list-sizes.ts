import type { ListSizes } from '@ytmt/core';

/** The longest regions lists the API returns without paging, for the query cost analysis (see ListSizes). */
export const REGIONS_LIST_SIZES: ListSizes = {
  // 45 employment areas; an area has at most 60 member municipalities (its input's bound).
  'Query.employmentAreas': 50,
  'EmploymentArea.municipalities': 60,
};
