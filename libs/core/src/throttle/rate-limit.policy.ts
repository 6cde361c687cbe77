import { ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlContextType } from '@nestjs/graphql';
import { ThrottlerOptions } from '@nestjs/throttler';
import { IS_PUBLIC, requestOf } from '../auth/auth.decorators';
import { Principal } from '../auth/principal';
import { RateLimitConfig } from '../config/security.config';
import { SENDS_NOTIFICATIONS } from './rate-limit.decorators';

export type RateLimitKind = 'public' | 'notify';

export const PUBLIC_THROTTLER = 'public';
export const NOTIFY_USER_THROTTLER = 'notify-user';
export const NOTIFY_CLIENT_THROTTLER = 'notify-client';

/** What budget a call draws on: operations that notify people, public fields and routes, or none. */
export function rateLimitKind(context: ExecutionContext, reflector: Reflector): RateLimitKind | null {
  const targets = [context.getHandler(), context.getClass()];
  if (reflector.getAllAndOverride<boolean>(SENDS_NOTIFICATIONS, targets)) return 'notify';
  if (!reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return null;
  // Load balancers and operators must always reach the health checks.
  if (context.getType<GqlContextType>() !== 'graphql') {
    const path = context.switchToHttp().getRequest<{ path?: string }>().path ?? '';
    if (path === '/health' || path.startsWith('/health/')) return null;
  }
  return 'public';
}

/**
 * The caller as the auth guard found them (it runs first). `undefined` would mean the guards run
 * in the wrong order, and the limits would count everyone by address only: fail loudly instead.
 */
export function principalOf(context: ExecutionContext): Principal | null {
  const principal = requestOf(context).principal;
  if (principal === undefined) throw new Error('The rate-limit guard ran before the auth guard');
  return principal;
}

/**
 * Three budgets, all counted in Redis:
 * - `public`: every public field or route called, one budget per caller for all of them together:
 *   a signed-in caller by user, an anonymous one by client address.
 * - `notify-user` and `notify-client`: each operation that notifies people, by user and by address.
 * The key carries the queue prefix, so that deployments (and test files) sharing a Redis never
 * share counts.
 */
export function rateLimitThrottlers(
  limits: RateLimitConfig,
  prefix: string,
  reflector: Reflector,
  clientOf: (request: Record<string, unknown>) => string,
): ThrottlerOptions[] {
  const is = (kind: RateLimitKind) => (context: ExecutionContext) => rateLimitKind(context, reflector) !== kind;
  const perOperation = (context: ExecutionContext, tracker: string, name: string) =>
    `${prefix}:rate-limit:${name}:${context.getClass().name}.${context.getHandler().name}:${tracker}`;
  return [
    {
      name: PUBLIC_THROTTLER,
      ttl: limits.public.windowMs,
      limit: (context) => (principalOf(context) ? limits.public.perUser : limits.public.perClient),
      skipIf: is('public'),
      getTracker: (request, context) => {
        const principal = principalOf(context);
        return principal ? `user:${principal.userId}` : `client:${clientOf(request)}`;
      },
      generateKey: (_context, tracker, name) => `${prefix}:rate-limit:${name}:${tracker}`,
    },
    {
      name: NOTIFY_USER_THROTTLER,
      ttl: limits.notify.windowMs,
      limit: limits.notify.perUser,
      // Operations that notify are never anonymous (the auth guard refused those already).
      skipIf: (context) => is('notify')(context) || !principalOf(context),
      getTracker: (_request, context) => `user:${principalOf(context)?.userId}`,
      generateKey: perOperation,
    },
    {
      name: NOTIFY_CLIENT_THROTTLER,
      ttl: limits.notify.windowMs,
      limit: limits.notify.perClient,
      skipIf: is('notify'),
      getTracker: (request) => `client:${clientOf(request)}`,
      generateKey: perOperation,
    },
  ];
}
