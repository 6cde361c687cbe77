import type { ListSizes } from '@ytmt/core';

/** The longest CRM lists the API returns without paging, for the query cost analysis (see ListSizes). */
export const CRM_LIST_SIZES: ListSizes = {
  // An audit event records a handful of changed fields.
  'AuditEvent.details': 20,
};
