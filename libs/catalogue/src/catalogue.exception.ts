import { ClientErrorCode, DomainException, FieldProblem } from '@ytmt/core';

export enum CatalogueErrorCode {
  INVALID_SERVICE = 'INVALID_SERVICE',
  UNKNOWN_TAXONOMY_TERM = 'UNKNOWN_TAXONOMY_TERM',
  UNKNOWN_EMPLOYMENT_AREA = 'UNKNOWN_EMPLOYMENT_AREA',
  SERVICE_NOT_FOUND = 'SERVICE_NOT_FOUND',
  PROVIDER_NOT_FOUND = 'PROVIDER_NOT_FOUND',
  INVALID_TRANSITION = 'INVALID_TRANSITION',
  BUSINESS_ID_TAKEN = 'BUSINESS_ID_TAKEN',
  TERM_EXISTS = 'TERM_EXISTS',
  NOT_ALLOWED = 'NOT_ALLOWED',
}

const CLIENT_CODES: Record<CatalogueErrorCode, ClientErrorCode> = {
  [CatalogueErrorCode.INVALID_SERVICE]: ClientErrorCode.BAD_USER_INPUT,
  [CatalogueErrorCode.UNKNOWN_TAXONOMY_TERM]: ClientErrorCode.BAD_USER_INPUT,
  [CatalogueErrorCode.UNKNOWN_EMPLOYMENT_AREA]: ClientErrorCode.BAD_USER_INPUT,
  [CatalogueErrorCode.SERVICE_NOT_FOUND]: ClientErrorCode.NOT_FOUND,
  [CatalogueErrorCode.PROVIDER_NOT_FOUND]: ClientErrorCode.NOT_FOUND,
  [CatalogueErrorCode.INVALID_TRANSITION]: ClientErrorCode.CONFLICT,
  [CatalogueErrorCode.BUSINESS_ID_TAKEN]: ClientErrorCode.CONFLICT,
  [CatalogueErrorCode.TERM_EXISTS]: ClientErrorCode.CONFLICT,
  [CatalogueErrorCode.NOT_ALLOWED]: ClientErrorCode.FORBIDDEN,
};

export class CatalogueException extends DomainException<CatalogueErrorCode> {
  get clientCode(): ClientErrorCode {
    return CLIENT_CODES[this.code];
  }

  static field(code: CatalogueErrorCode, path: string, message: string): CatalogueException {
    const fields: FieldProblem[] = [{ path, message }];
    return new CatalogueException(code, `${path}: ${message}`, fields);
  }

  static notAllowed(message: string): CatalogueException {
    return new CatalogueException(CatalogueErrorCode.NOT_ALLOWED, message);
  }

  static notFound(): CatalogueException {
    return CatalogueException.field(CatalogueErrorCode.SERVICE_NOT_FOUND, 'id', 'no such service');
  }
}
