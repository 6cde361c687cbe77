import { Logger } from '@nestjs/common';
import { GraphQLFormattedError } from 'graphql';
import { CoreErrorCode, DomainException } from './domain.exception';
import { ClientErrorCode } from './error-code';
import { databaseBusyReason } from '../database/database-errors';

const logger = new Logger('GraphQLErrors');

/** Codes that Apollo and graphql-js produce for malformed requests; safe to pass through. */
const PASS_THROUGH = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

/**
 * PostgreSQL's data exceptions that only a value sent by the client can cause (the edge
 * validation should have refused it): bad text for a uuid, number or date, NUL, values out of
 * range or too long, bad patterns or escapes.
 */
const POSTGRES_INPUT_ERRORS = new Set([
  '22P02', // invalid_text_representation
  '22021', // character_not_in_repertoire (NUL)
  '22007', // invalid_datetime_format
  '22008', // datetime_field_overflow
  '22003', // numeric_value_out_of_range
  '22001', // string_data_right_truncation
  '22P05', // untranslatable_character
  '22019', // invalid_escape_character
  '22025', // invalid_escape_sequence
  '2201B', // invalid_regular_expression
]);

/** The error and the ones it wraps: GraphQL's originalError, TypeORM's driverError. */
function* causes(error: unknown): Generator<unknown> {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current; depth++) {
    yield current;
    const wrapped = current as { originalError?: unknown; driverError?: unknown };
    current = wrapped.originalError ?? wrapped.driverError;
  }
}

function findDomainException(error: unknown): DomainException | undefined {
  for (const cause of causes(error)) if (cause instanceof DomainException) return cause;
  return undefined;
}

function findPostgresInputError(error: unknown): string | undefined {
  for (const cause of causes(error)) {
    const { code, severity } = cause as { code?: unknown; severity?: unknown };
    if (typeof code === 'string' && typeof severity === 'string' && POSTGRES_INPUT_ERRORS.has(code)) return code;
  }
  return undefined;
}

/** graphql-js stops parsing at the `maxTokens` parse option with this message (16.x spells "that"). */
const TOKEN_LIMIT = /^Syntax Error: Document contains more tha[nt] (\d+) tokens/;

/**
 * One place maps every error to what a client may see: domain codes become GraphQL codes,
 * field problems stay, and anything unexpected becomes a bare INTERNAL_SERVER_ERROR.
 */
export function formatGraphQLError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const domain = findDomainException(error);
  if (domain) {
    return {
      message: domain.message,
      locations: formatted.locations,
      path: formatted.path,
      extensions: {
        code: domain.clientCode,
        reason: domain.code,
        ...(domain.fields.length > 0 ? { fields: domain.fields } : {}),
        ...domain.extensions,
      },
    };
  }
  const postgresCode = findPostgresInputError(error);
  if (postgresCode) {
    // A last line of defence: the value got past the edge validation. The client learns that its
    // input was refused, never the SQL; the log says which check is missing.
    logger.warn({ postgresCode, path: formatted.path }, 'Database refused a value sent by the client');
    return {
      message: 'Invalid input: a value has the wrong form',
      path: formatted.path,
      extensions: { code: ClientErrorCode.BAD_USER_INPUT, reason: CoreErrorCode.INVALID_INPUT },
    };
  }
  const code = formatted.extensions?.code;
  const tokenLimit = code === 'GRAPHQL_PARSE_FAILED' ? TOKEN_LIMIT.exec(formatted.message) : null;
  if (tokenLimit) {
    return {
      message: `The document has more than ${tokenLimit[1]} tokens`,
      extensions: { code: ClientErrorCode.BAD_USER_INPUT, reason: CoreErrorCode.QUERY_TOO_COMPLEX },
    };
  }
  if (typeof code === 'string' && PASS_THROUGH.has(code)) {
    const reason = formatted.extensions?.['reason'];
    return {
      message: formatted.message,
      locations: formatted.locations,
      path: formatted.path,
      extensions: typeof reason === 'string' ? { code, reason } : { code },
    };
  }
  const busy = databaseBusyReason(error);
  if (busy) {
    // statement/lock/pool timeouts (DB_* limits) bound the request: a typed, retryable answer.
    logger.warn({ reason: busy, path: formatted.path }, 'Database timeout bounded a request');
    return { message: 'The service is busy; try again shortly', path: formatted.path, extensions: { code: ClientErrorCode.SERVICE_UNAVAILABLE, reason: busy } };
  }
  logger.error({ err: (error as { originalError?: unknown })?.originalError ?? error }, 'Unexpected GraphQL error');
  return {
    message: 'Internal server error',
    path: formatted.path,
    extensions: { code: ClientErrorCode.INTERNAL_SERVER_ERROR },
  };
}
