import { DomainException } from '../errors/domain.exception';
import { ClientErrorCode } from '../errors/error-code';

export enum RateLimitErrorCode {
  RATE_LIMITED = 'RATE_LIMITED',
}

/** A rate limit is reached: TOO_MANY_REQUESTS, with `retryAfter` in seconds in the extensions. */
export class RateLimitException extends DomainException<RateLimitErrorCode> {
  readonly clientCode = ClientErrorCode.TOO_MANY_REQUESTS;

  constructor(readonly retryAfterSeconds: number) {
    super(RateLimitErrorCode.RATE_LIMITED, `Too many requests: try again in ${retryAfterSeconds} s`);
  }

  override get extensions(): Record<string, unknown> {
    return { retryAfter: this.retryAfterSeconds };
  }
}
