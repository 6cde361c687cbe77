import { ClientErrorCode, DomainException, FieldProblem } from '@ytmt/core';

export enum TalentErrorCode {
  INVALID_PROFILE = 'INVALID_PROFILE',
  UNKNOWN_ESCO_CONCEPT = 'UNKNOWN_ESCO_CONCEPT',
  PROFILE_NOT_FOUND = 'PROFILE_NOT_FOUND',
  PROFILE_EXISTS = 'PROFILE_EXISTS',
  NOT_ALLOWED = 'NOT_ALLOWED',
  INVALID_CONSENT = 'INVALID_CONSENT',
}

const CLIENT_CODES: Record<TalentErrorCode, ClientErrorCode> = {
  [TalentErrorCode.INVALID_PROFILE]: ClientErrorCode.BAD_USER_INPUT,
  [TalentErrorCode.UNKNOWN_ESCO_CONCEPT]: ClientErrorCode.BAD_USER_INPUT,
  [TalentErrorCode.PROFILE_NOT_FOUND]: ClientErrorCode.NOT_FOUND,
  [TalentErrorCode.PROFILE_EXISTS]: ClientErrorCode.CONFLICT,
  [TalentErrorCode.NOT_ALLOWED]: ClientErrorCode.FORBIDDEN,
  [TalentErrorCode.INVALID_CONSENT]: ClientErrorCode.BAD_USER_INPUT,
};

export class TalentException extends DomainException<TalentErrorCode> {
  get clientCode(): ClientErrorCode {
    return CLIENT_CODES[this.code];
  }

  static invalid(fields: FieldProblem[]): TalentException {
    return new TalentException(TalentErrorCode.INVALID_PROFILE, fields.map((f) => `${f.path}: ${f.message}`).join('; '), fields);
  }

  static field(code: TalentErrorCode, path: string, message: string): TalentException {
    return new TalentException(code, `${path}: ${message}`, [{ path, message }]);
  }
}
