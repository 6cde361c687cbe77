import { ExecutionContext, Injectable } from '@nestjs/common';
import { GqlContextType, GqlExecutionContext } from '@nestjs/graphql';
import { ThrottlerGuard, ThrottlerLimitDetail } from '@nestjs/throttler';
import { RateLimitException } from './rate-limit.exception';

/**
 * @nestjs/throttler's guard, made GraphQL-aware: it runs once per root field, so aliases and
 * batched fields each count, and a refusal is a typed TOO_MANY_REQUESTS error with `retryAfter`.
 * Registered after the auth guard, so it knows who is calling.
 */
@Injectable()
export class RateLimitGuard extends ThrottlerGuard {
  protected override getRequestResponse(context: ExecutionContext) {
    if (context.getType<GqlContextType>() === 'graphql') {
      const { req, res } = GqlExecutionContext.create(context).getContext<{ req: Record<string, unknown>; res: Record<string, unknown> }>();
      return { req, res };
    }
    return super.getRequestResponse(context);
  }

  protected override async throwThrottlingException(_context: ExecutionContext, detail: ThrottlerLimitDetail): Promise<void> {
    throw new RateLimitException(Math.max(1, detail.timeToBlockExpire));
  }
}
