import { ClientErrorCode, DomainException, FieldProblem } from '@ytmt/core';

export enum CrmErrorCode {
  INVALID_COMPANY = 'INVALID_COMPANY',
  INVALID_INDUSTRY = 'INVALID_INDUSTRY',
  INVALID_TAG = 'INVALID_TAG',
  UNKNOWN_USER = 'UNKNOWN_USER',
  UNKNOWN_EMPLOYMENT_AREA = 'UNKNOWN_EMPLOYMENT_AREA',
  NOT_A_COORDINATOR = 'NOT_A_COORDINATOR',
  COMPANY_NOT_FOUND = 'COMPANY_NOT_FOUND',
  RECORD_NOT_FOUND = 'RECORD_NOT_FOUND',
  BUSINESS_ID_TAKEN = 'BUSINESS_ID_TAKEN',
  LAST_COMPANY_ADMIN = 'LAST_COMPANY_ADMIN',
  NOT_ALLOWED = 'NOT_ALLOWED',
  /** The company's right to act is not verified yet (see company-verification.ts). */
  COMPANY_PENDING = 'COMPANY_PENDING',
  ALREADY_COMPANY_USER = 'ALREADY_COMPANY_USER',
  INVITATION_NOT_FOUND = 'INVITATION_NOT_FOUND',
  INVITATION_EXPIRED = 'INVITATION_EXPIRED',
  /** A change of home municipality to another employment area: a transfer, not an edit. */
  TRANSFER_REQUIRED = 'TRANSFER_REQUIRED',
  INVALID_TRANSFER = 'INVALID_TRANSFER',
}

const CLIENT_CODES: Record<CrmErrorCode, ClientErrorCode> = {
  [CrmErrorCode.INVALID_COMPANY]: ClientErrorCode.BAD_USER_INPUT,
  [CrmErrorCode.INVALID_INDUSTRY]: ClientErrorCode.BAD_USER_INPUT,
  [CrmErrorCode.INVALID_TAG]: ClientErrorCode.BAD_USER_INPUT,
  [CrmErrorCode.UNKNOWN_USER]: ClientErrorCode.BAD_USER_INPUT,
  [CrmErrorCode.UNKNOWN_EMPLOYMENT_AREA]: ClientErrorCode.BAD_USER_INPUT,
  [CrmErrorCode.NOT_A_COORDINATOR]: ClientErrorCode.BAD_USER_INPUT,
  [CrmErrorCode.COMPANY_NOT_FOUND]: ClientErrorCode.NOT_FOUND,
  [CrmErrorCode.RECORD_NOT_FOUND]: ClientErrorCode.NOT_FOUND,
  [CrmErrorCode.BUSINESS_ID_TAKEN]: ClientErrorCode.CONFLICT,
  [CrmErrorCode.LAST_COMPANY_ADMIN]: ClientErrorCode.CONFLICT,
  [CrmErrorCode.NOT_ALLOWED]: ClientErrorCode.FORBIDDEN,
  [CrmErrorCode.COMPANY_PENDING]: ClientErrorCode.FORBIDDEN,
  [CrmErrorCode.ALREADY_COMPANY_USER]: ClientErrorCode.CONFLICT,
  [CrmErrorCode.INVITATION_NOT_FOUND]: ClientErrorCode.NOT_FOUND,
  [CrmErrorCode.INVITATION_EXPIRED]: ClientErrorCode.BAD_USER_INPUT,
  [CrmErrorCode.TRANSFER_REQUIRED]: ClientErrorCode.FORBIDDEN,
  [CrmErrorCode.INVALID_TRANSFER]: ClientErrorCode.BAD_USER_INPUT,
};

export class CrmException extends DomainException<CrmErrorCode> {
  get clientCode(): ClientErrorCode {
    return CLIENT_CODES[this.code];
  }

  static field(code: CrmErrorCode, path: string, message: string): CrmException {
    const fields: FieldProblem[] = [{ path, message }];
    return new CrmException(code, `${path}: ${message}`, fields);
  }

  static notAllowed(message: string): CrmException {
    return new CrmException(CrmErrorCode.NOT_ALLOWED, message);
  }

  /**
   * A company the caller may not see is answered exactly like one that does not exist, so that
   * other areas cannot learn which companies an area works with.
   */
  static companyNotFound(path = 'companyId'): CrmException {
    return CrmException.field(CrmErrorCode.COMPANY_NOT_FOUND, path, 'no such company');
  }

  /**
   * Answered alike for an invitation that does not exist and one addressed to someone else, so
   * that nobody learns which addresses a company has invited.
   */
  static invitationNotFound(path: string): CrmException {
    return CrmException.field(CrmErrorCode.INVITATION_NOT_FOUND, path, 'no open invitation for you');
  }

  static recordNotFound(path: string, what: string): CrmException {
    return CrmException.field(CrmErrorCode.RECORD_NOT_FOUND, path, `no such ${what}`);
  }
}
