import { ClientErrorCode, DomainException } from '@ytmt/core';

export enum MatchingErrorCode {
  NEED_NOT_FOUND = 'NEED_NOT_FOUND',
  CANDIDATE_NOT_FOUND = 'CANDIDATE_NOT_FOUND',
  SHARE_REQUEST_NOT_FOUND = 'SHARE_REQUEST_NOT_FOUND',
  NOT_ALLOWED = 'NOT_ALLOWED',
  INVALID_INPUT = 'INVALID_INPUT',
  NO_CONSENT = 'NO_CONSENT',
  SHARE_REQUEST_CLOSED = 'SHARE_REQUEST_CLOSED',
  SHARE_REQUEST_EXPIRED = 'SHARE_REQUEST_EXPIRED',
  SHARE_REQUEST_OPEN = 'SHARE_REQUEST_OPEN',
  NOT_PRESENTED = 'NOT_PRESENTED',
  CANDIDACY_CLOSED = 'CANDIDACY_CLOSED',
}

const CLIENT_CODES: Record<MatchingErrorCode, ClientErrorCode> = {
  [MatchingErrorCode.NEED_NOT_FOUND]: ClientErrorCode.NOT_FOUND,
  [MatchingErrorCode.CANDIDATE_NOT_FOUND]: ClientErrorCode.NOT_FOUND,
  [MatchingErrorCode.SHARE_REQUEST_NOT_FOUND]: ClientErrorCode.NOT_FOUND,
  [MatchingErrorCode.NOT_ALLOWED]: ClientErrorCode.FORBIDDEN,
  [MatchingErrorCode.INVALID_INPUT]: ClientErrorCode.BAD_USER_INPUT,
  [MatchingErrorCode.NO_CONSENT]: ClientErrorCode.CONFLICT,
  [MatchingErrorCode.SHARE_REQUEST_CLOSED]: ClientErrorCode.CONFLICT,
  [MatchingErrorCode.SHARE_REQUEST_EXPIRED]: ClientErrorCode.CONFLICT,
  [MatchingErrorCode.SHARE_REQUEST_OPEN]: ClientErrorCode.CONFLICT,
  [MatchingErrorCode.NOT_PRESENTED]: ClientErrorCode.CONFLICT,
  [MatchingErrorCode.CANDIDACY_CLOSED]: ClientErrorCode.CONFLICT,
};

export class MatchingException extends DomainException<MatchingErrorCode> {
  get clientCode(): ClientErrorCode {
    return CLIENT_CODES[this.code];
  }

  static field(code: MatchingErrorCode, path: string, message: string): MatchingException {
    return new MatchingException(code, `${path}: ${message}`, [{ path, message }]);
  }
}
