// Pure: what the logs may say about a request or an error. The log policy is in
// docs/operations/observability.md.

/**
 * Belt and braces behind the serializers, which already leave these out: credentials, cookies,
 * bodies, GraphQL variables, and the query parameters a database error carries.
 */
export const LOG_REDACT_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.body',
  'req.query',
  'res.headers["set-cookie"]',
  'variables',
  'body',
  'err.parameters',
  'err.detail',
  'err.driverError',
  'err.query',
];

/** The path of a request URL without its query string (GET /graphql puts variables there). */
export function pathOnly(url: string | undefined): string {
  if (!url) return '';
  const end = url.search(/[?#]/);
  return end === -1 ? url : url.slice(0, end);
}

export interface SafeError {
  type: string;
  message: string;
  code?: string;
  stack?: string;
}

/**
 * An error as the logs show it: its class, message, code and stack. Not its other properties:
 * TypeORM's QueryFailedError carries the statement's parameters and PostgreSQL's error a
 * `detail` naming the conflicting value (`Key (email)=(…) already exists`).
 */
export function safeError(error: unknown): SafeError | unknown {
  if (!(error instanceof Error)) return error;
  const code = (error as { code?: unknown }).code;
  return {
    type: error.constructor?.name ?? 'Error',
    message: error.message,
    ...(typeof code === 'string' ? { code } : {}),
    ...(error.stack ? { stack: error.stack } : {}),
  };
}
