import { Logger } from '@nestjs/common';
import { GraphQLFormattedError } from 'graphql';
import { DomainException } from './domain.exception';
import { ClientErrorCode } from './error-code';

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

function findDomainException(error: unknown): DomainException | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current; depth++) {
    if (current instanceof DomainException) return current;
    current = (current as { originalError?: unknown }).originalError;
  }
  return undefined;
}

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
      },
    };
  }
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && PASS_THROUGH.has(code)) {
    const reason = formatted.extensions?.['reason'];
    return {
      message: formatted.message,
      locations: formatted.locations,
      path: formatted.path,
      extensions: typeof reason === 'string' ? { code, reason } : { code },
    };
  }
  logger.error({ err: (error as { originalError?: unknown })?.originalError ?? error }, 'Unexpected GraphQL error');
  return {
    message: 'Internal server error',
    path: formatted.path,
    extensions: { code: ClientErrorCode.INTERNAL_SERVER_ERROR },
  };
}
