import { ArgumentsHost, Catch, ExceptionFilter } from '@nestjs/common';
import { GqlContextType } from '@nestjs/graphql';
import type { Response } from 'express';
import { DomainException } from './domain.exception';
import { ClientErrorCode } from './error-code';

const HTTP_STATUS: Record<ClientErrorCode, number> = {
  [ClientErrorCode.BAD_USER_INPUT]: 400,
  [ClientErrorCode.UNAUTHENTICATED]: 401,
  [ClientErrorCode.FORBIDDEN]: 403,
  [ClientErrorCode.NOT_FOUND]: 404,
  [ClientErrorCode.CONFLICT]: 409,
  [ClientErrorCode.TOO_MANY_REQUESTS]: 429,
  [ClientErrorCode.SERVICE_UNAVAILABLE]: 503,
  [ClientErrorCode.INTERNAL_SERVER_ERROR]: 500,
};

/**
 * Domain exceptions are expected outcomes, not crashes: they are neither logged as errors nor
 * given a stack. GraphQL hands them to the error formatter; REST answers with a typed body.
 */
@Catch(DomainException)
export class DomainExceptionFilter implements ExceptionFilter {
  catch(exception: DomainException, host: ArgumentsHost) {
    if (host.getType<GqlContextType>() === 'graphql') return exception;
    const response = host.switchToHttp().getResponse<Response>();
    const retryAfter = exception.extensions?.['retryAfter'];
    if (typeof retryAfter === 'number') response.setHeader('Retry-After', String(retryAfter));
    response.status(HTTP_STATUS[exception.clientCode]).json({
      error: { code: exception.clientCode, reason: exception.code, message: exception.message, fields: exception.fields },
    });
    return undefined;
  }
}
