import { ClientErrorCode, DomainException } from '@ytmt/core';

export enum IdentityErrorCode {
  UNKNOWN_DEMO_USER = 'UNKNOWN_DEMO_USER',
  ORGANIZATION_NOT_FOUND = 'ORGANIZATION_NOT_FOUND',
  NOT_ALLOWED = 'NOT_ALLOWED',
}

const CLIENT_CODES: Record<IdentityErrorCode, ClientErrorCode> = {
  [IdentityErrorCode.UNKNOWN_DEMO_USER]: ClientErrorCode.BAD_USER_INPUT,
  [IdentityErrorCode.ORGANIZATION_NOT_FOUND]: ClientErrorCode.NOT_FOUND,
  [IdentityErrorCode.NOT_ALLOWED]: ClientErrorCode.FORBIDDEN,
};

export class IdentityException extends DomainException<IdentityErrorCode> {
  get clientCode(): ClientErrorCode {
    return CLIENT_CODES[this.code];
  }
}
