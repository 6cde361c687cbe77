/** The GraphQL error codes clients may see. Domain codes map onto these. */
export enum ClientErrorCode {
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  NOT_FOUND = 'NOT_FOUND',
  CONFLICT = 'CONFLICT',
  /** Rate limit reached; `extensions.retryAfter` says in how many seconds to try again. */
  TOO_MANY_REQUESTS = 'TOO_MANY_REQUESTS',
  /** The database did not answer in time (statement, lock or pool timeout); `extensions.reason` says which. Retry later. */
  SERVICE_UNAVAILABLE = 'SERVICE_UNAVAILABLE',
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
}

export interface FieldProblem {
  /** Dotted path of the offending input field, e.g. `filter.regionCode`. */
  path: string;
  message: string;
}
