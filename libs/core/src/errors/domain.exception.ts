import { ClientErrorCode, FieldProblem } from './error-code';

/**
 * Base of every domain's exception. A domain subclass fixes its own code enum and how each
 * code maps to a client code; the GraphQL error formatter only reads `clientCode`.
 */
export abstract class DomainException<TCode extends string = string> extends Error {
  abstract readonly clientCode: ClientErrorCode;

  constructor(
    readonly code: TCode,
    message: string,
    readonly fields: readonly FieldProblem[] = [],
  ) {
    super(message);
    this.name = new.target.name;
  }

  /** Further client-safe facts for the error's extensions (e.g. `retryAfter`). */
  get extensions(): Record<string, unknown> | undefined {
    return undefined;
  }
}

export enum CoreErrorCode {
  INVALID_INPUT = 'INVALID_INPUT',
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  NOT_FOUND = 'NOT_FOUND',
  CONFLICT = 'CONFLICT',
  QUERY_TOO_COMPLEX = 'QUERY_TOO_COMPLEX',
  /** The operation ran longer than GRAPHQL_MAX_EXECUTION_MS. */
  QUERY_TIMEOUT = 'QUERY_TIMEOUT',
}

const CORE_CLIENT_CODES: Record<CoreErrorCode, ClientErrorCode> = {
  [CoreErrorCode.INVALID_INPUT]: ClientErrorCode.BAD_USER_INPUT,
  [CoreErrorCode.QUERY_TOO_COMPLEX]: ClientErrorCode.BAD_USER_INPUT,
  [CoreErrorCode.QUERY_TIMEOUT]: ClientErrorCode.SERVICE_UNAVAILABLE,
  [CoreErrorCode.UNAUTHENTICATED]: ClientErrorCode.UNAUTHENTICATED,
  [CoreErrorCode.FORBIDDEN]: ClientErrorCode.FORBIDDEN,
  [CoreErrorCode.NOT_FOUND]: ClientErrorCode.NOT_FOUND,
  [CoreErrorCode.CONFLICT]: ClientErrorCode.CONFLICT,
};

export class CoreException extends DomainException<CoreErrorCode> {
  get clientCode(): ClientErrorCode {
    return CORE_CLIENT_CODES[this.code];
  }

  static invalidInput(fields: readonly FieldProblem[]): CoreException {
    const summary = fields.map((f) => `${f.path}: ${f.message}`).join('; ');
    return new CoreException(CoreErrorCode.INVALID_INPUT, `Invalid input — ${summary}`, fields);
  }

  static unauthenticated(message = 'Authentication required'): CoreException {
    return new CoreException(CoreErrorCode.UNAUTHENTICATED, message);
  }

  static forbidden(message = 'You are not allowed to do this'): CoreException {
    return new CoreException(CoreErrorCode.FORBIDDEN, message);
  }
}
