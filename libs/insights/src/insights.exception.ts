import { ClientErrorCode, DomainException, FieldProblem } from '@ytmt/core';

export enum InsightsErrorCode {
  INVALID_PERIOD = 'INVALID_PERIOD',
  MISSING_AREA = 'MISSING_AREA',
  AREA_NOT_FOUND = 'AREA_NOT_FOUND',
  NOT_ALLOWED = 'NOT_ALLOWED',
}

const CLIENT_CODES: Record<InsightsErrorCode, ClientErrorCode> = {
  [InsightsErrorCode.INVALID_PERIOD]: ClientErrorCode.BAD_USER_INPUT,
  [InsightsErrorCode.MISSING_AREA]: ClientErrorCode.BAD_USER_INPUT,
  [InsightsErrorCode.AREA_NOT_FOUND]: ClientErrorCode.NOT_FOUND,
  [InsightsErrorCode.NOT_ALLOWED]: ClientErrorCode.FORBIDDEN,
};

export class InsightsException extends DomainException<InsightsErrorCode> {
  get clientCode(): ClientErrorCode {
    return CLIENT_CODES[this.code];
  }

  static field(code: InsightsErrorCode, path: string, message: string): InsightsException {
    const fields: FieldProblem[] = [{ path, message }];
    return new InsightsException(code, `${path}: ${message}`, fields);
  }
}
