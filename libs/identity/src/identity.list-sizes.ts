import type { ListSizes } from '@ytmt/core';

/** The longest identity lists the API returns without paging, for the query cost analysis (see ListSizes). */
export const IDENTITY_LIST_SIZES: ListSizes = {
  // A person has a few memberships.
  'Me.memberships': 20,
  'User.memberships': 20,
};
