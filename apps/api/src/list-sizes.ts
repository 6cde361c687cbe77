import { composeListSizes } from '@ytmt/core';
import { ADVICE_LIST_SIZES } from '@ytmt/advice';
import { CATALOGUE_LIST_SIZES } from '@ytmt/catalogue';
import { CRM_LIST_SIZES } from '@ytmt/crm';
import { IDENTITY_LIST_SIZES } from '@ytmt/identity';
import { MATCHING_LIST_SIZES } from '@ytmt/matching';
import { NEEDS_LIST_SIZES } from '@ytmt/needs';
import { REGIONS_LIST_SIZES } from '@ytmt/regions';
import { TALENT_LIST_SIZES } from '@ytmt/talent';

/**
 * The real maximum size of every list the API serves without paging, each library's own: the
 * query cost analysis counts a list's selection this many times. query-cost.e2e-spec checks that
 * every coordinate still names a list of objects in the schema, and that every document of the
 * web app fits the limit.
 */
export const API_LIST_SIZES = composeListSizes(
  REGIONS_LIST_SIZES,
  IDENTITY_LIST_SIZES,
  CATALOGUE_LIST_SIZES,
  CRM_LIST_SIZES,
  NEEDS_LIST_SIZES,
  TALENT_LIST_SIZES,
  MATCHING_LIST_SIZES,
  ADVICE_LIST_SIZES,
);
