// One place turns whatever the API or the network answers into an error a page can act on.

export type ApiErrorKind =
  | 'badInput'
  | 'unauthenticated'
  | 'forbidden'
  | 'notFound'
  | 'conflict'
  | 'tooManyRequests'
  | 'server'
  | 'network';

export interface FieldError {
  /** Dotted path from the GraphQL argument down, e.g. `input.title` or `input.tasks.0.name`. */
  path: string;
  message: string;
}

export class ApiError extends Error {
  constructor(
    readonly kind: ApiErrorKind,
    message: string,
    readonly fields: readonly FieldError[] = [],
    readonly reason?: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  /** The message for one field (exact path or the first one below it). */
  fieldMessage(path: string): string | undefined {
    return (this.fields.find((f) => f.path === path) ?? this.fields.find((f) => f.path.startsWith(`${path}.`)))?.message;
  }
}

interface GraphQLErrorShape {
  message?: unknown;
  extensions?: { code?: unknown; reason?: unknown; fields?: unknown };
}

const KINDS: Record<string, ApiErrorKind> = {
  BAD_USER_INPUT: 'badInput',
  GRAPHQL_VALIDATION_FAILED: 'badInput',
  UNAUTHENTICATED: 'unauthenticated',
  FORBIDDEN: 'forbidden',
  NOT_FOUND: 'notFound',
  CONFLICT: 'conflict',
  TOO_MANY_REQUESTS: 'tooManyRequests',
};

function toFields(value: unknown): FieldError[] {
  if (!Array.isArray(value)) return [];
  return value
    .filter((f): f is { path: string; message: string } => typeof f?.path === 'string' && typeof f?.message === 'string')
    .map((f) => ({ path: f.path, message: f.message }));
}

/** The first GraphQL error of a response as an ApiError; field problems of all errors are kept. */
export function fromGraphQLErrors(errors: readonly GraphQLErrorShape[]): ApiError {
  const first = errors[0] ?? {};
  const code = typeof first.extensions?.code === 'string' ? first.extensions.code : 'INTERNAL_SERVER_ERROR';
  const kind = KINDS[code] ?? 'server';
  const fields = errors.flatMap((e) => toFields(e.extensions?.fields));
  const reason = typeof first.extensions?.reason === 'string' ? first.extensions.reason : undefined;
  // A server fault's text is not for people; the page shows its own calm message.
  const message = kind === 'server' ? 'Server error' : typeof first.message === 'string' ? first.message : code;
  return new ApiError(kind, message, fields, reason);
}

export function fromHttpStatus(status: number): ApiError {
  if (status === 401) return new ApiError('unauthenticated', 'Unauthenticated');
  if (status === 403) return new ApiError('forbidden', 'Forbidden');
  if (status === 404) return new ApiError('notFound', 'Not found');
  if (status === 429) return new ApiError('tooManyRequests', 'Too many requests');
  return new ApiError('server', `HTTP ${status}`);
}

export function asApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  return new ApiError('network', error instanceof Error ? error.message : 'Network error');
}

/** Field problems under one argument, keyed by the path below it (e.g. `title` for `input.title`). */
export function fieldErrorsUnder(error: unknown, argument = 'input'): Record<string, string> {
  if (!(error instanceof ApiError)) return {};
  const out: Record<string, string> = {};
  for (const field of error.fields) {
    const path = field.path.startsWith(`${argument}.`) ? field.path.slice(argument.length + 1) : field.path;
    out[path] ??= field.message;
  }
  return out;
}
