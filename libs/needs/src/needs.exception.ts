import { ClientErrorCode, DomainException, FieldProblem } from '@ytmt/core';

export enum NeedsErrorCode {
  INVALID_NEED = 'INVALID_NEED',
  UNKNOWN_SKILL = 'UNKNOWN_SKILL',
  NEED_NOT_FOUND = 'NEED_NOT_FOUND',
  COMPANY_NOT_FOUND = 'COMPANY_NOT_FOUND',
  INVALID_STAGE_MOVE = 'INVALID_STAGE_MOVE',
  NOT_ALLOWED = 'NOT_ALLOWED',
  INVALID_SEARCH = 'INVALID_SEARCH',
  DISMISSAL_NOT_FOUND = 'DISMISSAL_NOT_FOUND',
}

const CLIENT_CODES: Record<NeedsErrorCode, ClientErrorCode> = {
  [NeedsErrorCode.INVALID_NEED]: ClientErrorCode.BAD_USER_INPUT,
  [NeedsErrorCode.UNKNOWN_SKILL]: ClientErrorCode.BAD_USER_INPUT,
  [NeedsErrorCode.NEED_NOT_FOUND]: ClientErrorCode.NOT_FOUND,
  [NeedsErrorCode.COMPANY_NOT_FOUND]: ClientErrorCode.NOT_FOUND,
  [NeedsErrorCode.INVALID_STAGE_MOVE]: ClientErrorCode.CONFLICT,
  [NeedsErrorCode.NOT_ALLOWED]: ClientErrorCode.FORBIDDEN,
  [NeedsErrorCode.INVALID_SEARCH]: ClientErrorCode.BAD_USER_INPUT,
  [NeedsErrorCode.DISMISSAL_NOT_FOUND]: ClientErrorCode.NOT_FOUND,
};

export class NeedsException extends DomainException<NeedsErrorCode> {
  get clientCode(): ClientErrorCode {
    return CLIENT_CODES[this.code];
  }

  static invalid(fields: FieldProblem[]): NeedsException {
    return new NeedsException(NeedsErrorCode.INVALID_NEED, fields.map((f) => `${f.path}: ${f.message}`).join('; '), fields);
  }

  static field(code: NeedsErrorCode, path: string, message: string): NeedsException {
    return new NeedsException(code, `${path}: ${message}`, [{ path, message }]);
  }
}
