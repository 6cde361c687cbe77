import { ClientErrorCode, DomainException } from '@ytmt/core';

export enum AdviceErrorCode {
  INVALID_ADVICE_QUERY = 'INVALID_ADVICE_QUERY',
  UNKNOWN_TOPIC = 'UNKNOWN_TOPIC',
  ARTICLE_NOT_FOUND = 'ARTICLE_NOT_FOUND',
}

const CLIENT_CODES: Record<AdviceErrorCode, ClientErrorCode> = {
  [AdviceErrorCode.INVALID_ADVICE_QUERY]: ClientErrorCode.BAD_USER_INPUT,
  [AdviceErrorCode.UNKNOWN_TOPIC]: ClientErrorCode.BAD_USER_INPUT,
  [AdviceErrorCode.ARTICLE_NOT_FOUND]: ClientErrorCode.NOT_FOUND,
};

export class AdviceException extends DomainException<AdviceErrorCode> {
  get clientCode(): ClientErrorCode {
    return CLIENT_CODES[this.code];
  }

  static field(code: AdviceErrorCode, path: string, message: string): AdviceException {
    return new AdviceException(code, `${path}: ${message}`, [{ path, message }]);
  }

  static notFound(slug: string): AdviceException {
    return AdviceException.field(AdviceErrorCode.ARTICLE_NOT_FOUND, 'slug', `no advice article ${slug}`);
  }
}
