import { ClientErrorCode, DomainException } from '@ytmt/core';

export enum IdentityErrorCode {
  UNKNOWN_DEMO_USER = 'UNKNOWN_DEMO_USER',
  ORGANIZATION_NOT_FOUND = 'ORGANIZATION_NOT_FOUND',
  NOT_ALLOWED = 'NOT_ALLOWED',
  USER_NOT_FOUND = 'USER_NOT_FOUND',
  MEMBERSHIP_NOT_FOUND = 'MEMBERSHIP_NOT_FOUND',
  MEMBERSHIP_EXISTS = 'MEMBERSHIP_EXISTS',
  ROLE_DOES_NOT_FIT_ORGANIZATION = 'ROLE_DOES_NOT_FIT_ORGANIZATION',
  LAST_PLATFORM_ADMIN = 'LAST_PLATFORM_ADMIN',
}

const CLIENT_CODES: Record<IdentityErrorCode, ClientErrorCode> = {
  [IdentityErrorCode.UNKNOWN_DEMO_USER]: ClientErrorCode.BAD_USER_INPUT,
  [IdentityErrorCode.ORGANIZATION_NOT_FOUND]: ClientErrorCode.NOT_FOUND,
  [IdentityErrorCode.NOT_ALLOWED]: ClientErrorCode.FORBIDDEN,
  [IdentityErrorCode.USER_NOT_FOUND]: ClientErrorCode.NOT_FOUND,
  [IdentityErrorCode.MEMBERSHIP_NOT_FOUND]: ClientErrorCode.NOT_FOUND,
  [IdentityErrorCode.MEMBERSHIP_EXISTS]: ClientErrorCode.CONFLICT,
  [IdentityErrorCode.ROLE_DOES_NOT_FIT_ORGANIZATION]: ClientErrorCode.BAD_USER_INPUT,
  [IdentityErrorCode.LAST_PLATFORM_ADMIN]: ClientErrorCode.CONFLICT,
};

export class IdentityException extends DomainException<IdentityErrorCode> {
  get clientCode(): ClientErrorCode {
    return CLIENT_CODES[this.code];
  }

  static field(code: IdentityErrorCode, path: string, message: string): IdentityException {
    return new IdentityException(code, `${path}: ${message}`, [{ path, message }]);
  }
}
