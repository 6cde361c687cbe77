import { ArgumentsHost, Catch } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import { GqlContextType } from '@nestjs/graphql';
import type { Response } from 'express';
import { databaseBusyReason } from '../database/database-errors';
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
 * given a stack. GraphQL hands them (and every other error) to the error formatter; REST answers
 * with a typed body. A bounded database wait (statement or lock timeout, no free connection) is
 * a typed 503 on REST too, never a 500; anything else gets Nest's default handling.
 */
@Catch()
export class DomainExceptionFilter extends BaseExceptionFilter {
  override catch(exception: unknown, host: ArgumentsHost) {
    if (host.getType<GqlContextType>() === 'graphql') return exception;
    const response = host.switchToHttp().getResponse<Response>();
    if (exception instanceof DomainException) {
      const retryAfter = exception.extensions?.['retryAfter'];
      if (typeof retryAfter === 'number') response.setHeader('Retry-After', String(retryAfter));
      response.status(HTTP_STATUS[exception.clientCode]).json({
        error: { code: exception.clientCode, reason: exception.code, message: exception.message, fields: exception.fields },
      });
      return undefined;
    }
    const busy = databaseBusyReason(exception);
    if (busy) {
      response.setHeader('Retry-After', '1');
      response.status(HTTP_STATUS[ClientErrorCode.SERVICE_UNAVAILABLE]).json({
        error: { code: ClientErrorCode.SERVICE_UNAVAILABLE, reason: busy, message: 'The database is busy; try again in a moment.', fields: [] },
      });
      return undefined;
    }
    return super.catch(exception, host);
  }
}
