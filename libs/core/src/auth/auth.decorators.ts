import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { GqlContextType, GqlExecutionContext } from '@nestjs/graphql';
import { CoreException } from '../errors/domain.exception';
import { Principal } from './principal';

export const IS_PUBLIC = 'ytmt:public';

/** Opens a resolver or route to anonymous callers; everything else is denied by default. */
export const Public = () => SetMetadata(IS_PUBLIC, true);

export interface RequestWithPrincipal {
  headers: Record<string, string | string[] | undefined>;
  principal?: Principal | null;
  id?: string;
}

export function requestOf(context: ExecutionContext): RequestWithPrincipal {
  if (context.getType<GqlContextType>() === 'graphql') {
    return GqlExecutionContext.create(context).getContext<{ req: RequestWithPrincipal }>().req;
  }
  return context.switchToHttp().getRequest<RequestWithPrincipal>();
}

/** The authenticated caller; throws UNAUTHENTICATED on a public route called anonymously. */
export const CurrentUser = createParamDecorator((_: unknown, context: ExecutionContext): Principal => {
  const principal = requestOf(context).principal;
  if (!principal) throw CoreException.unauthenticated();
  return principal;
});

/** The caller if any: for public resolvers that show more to signed-in users. */
export const OptionalUser = createParamDecorator(
  (_: unknown, context: ExecutionContext): Principal | null => requestOf(context).principal ?? null,
);

/**
 * The organisation the caller acts for, from the `X-Organization-Id` header; the caller must be
 * a member of it. Falls back to the caller's only organisation.
 */
export const CurrentOrganization = createParamDecorator((_: unknown, context: ExecutionContext): string => {
  const request = requestOf(context);
  const principal = request.principal;
  if (!principal) throw CoreException.unauthenticated();
  const header = request.headers['x-organization-id'];
  const wanted = Array.isArray(header) ? header[0] : header;
  const organizations = [...new Set(principal.memberships.map((m) => m.organizationId).filter((id): id is string => !!id))];
  if (wanted) {
    if (!organizations.includes(wanted)) throw CoreException.forbidden('You are not a member of that organisation');
    return wanted;
  }
  if (organizations.length === 1) return organizations[0];
  throw CoreException.forbidden('Choose an organisation with the X-Organization-Id header');
});
