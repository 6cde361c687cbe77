import type { ListSizes } from '@ytmt/core';

/** The longest catalogue lists the API returns without paging, for the query cost analysis (see ListSizes). */
export const CATALOGUE_LIST_SIZES: ListSizes = {
  // A service has at most 10 categories, 10 target groups, 20 locations and 10 cost options;
  // facets have one value per category, target group, sector, delivery mode, language, cost
  // (FREE/PAID) and place (national, 45 areas, 309 municipalities).
  'Service.categories': 10,
  'Service.targetGroups': 10,
  'Service.locations': 20,
  'Service.costOptions': 10,
  'ServiceFacets.category': 50,
  'ServiceFacets.targetGroup': 50,
  'ServiceFacets.sector': 10,
  'ServiceFacets.deliveryMode': 5,
  'ServiceFacets.language': 20,
  'ServiceFacets.cost': 2,
  'ServiceFacets.area': 360,
  // Search hits highlight at most a few text fields each.
  'ServiceSearchHit.highlights': 10,
};
