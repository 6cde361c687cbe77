import { ClientErrorCode, DomainException, FieldProblem } from '@ytmt/core';

export enum MarketplaceErrorCode {
  NEED_NOT_FOUND = 'NEED_NOT_FOUND',
  PROPOSAL_NOT_FOUND = 'PROPOSAL_NOT_FOUND',
  PROVIDER_NOT_FOUND = 'PROVIDER_NOT_FOUND',
  INVALID_PROPOSAL = 'INVALID_PROPOSAL',
  ALREADY_PROPOSED = 'ALREADY_PROPOSED',
  PROPOSAL_CLOSED = 'PROPOSAL_CLOSED',
  ALREADY_FORWARDED = 'ALREADY_FORWARDED',
  NOT_ALLOWED = 'NOT_ALLOWED',
}

const CLIENT_CODES: Record<MarketplaceErrorCode, ClientErrorCode> = {
  [MarketplaceErrorCode.NEED_NOT_FOUND]: ClientErrorCode.NOT_FOUND,
  [MarketplaceErrorCode.PROPOSAL_NOT_FOUND]: ClientErrorCode.NOT_FOUND,
  [MarketplaceErrorCode.PROVIDER_NOT_FOUND]: ClientErrorCode.NOT_FOUND,
  [MarketplaceErrorCode.INVALID_PROPOSAL]: ClientErrorCode.BAD_USER_INPUT,
  [MarketplaceErrorCode.ALREADY_PROPOSED]: ClientErrorCode.CONFLICT,
  [MarketplaceErrorCode.PROPOSAL_CLOSED]: ClientErrorCode.CONFLICT,
  [MarketplaceErrorCode.ALREADY_FORWARDED]: ClientErrorCode.CONFLICT,
  [MarketplaceErrorCode.NOT_ALLOWED]: ClientErrorCode.FORBIDDEN,
};

export class MarketplaceException extends DomainException<MarketplaceErrorCode> {
  get clientCode(): ClientErrorCode {
    return CLIENT_CODES[this.code];
  }

  static field(code: MarketplaceErrorCode, path: string, message: string): MarketplaceException {
    const fields: FieldProblem[] = [{ path, message }];
    return new MarketplaceException(code, `${path}: ${message}`, fields);
  }
}
