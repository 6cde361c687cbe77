import { CanActivate, ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { CoreException } from '../errors/domain.exception';
import { IS_PUBLIC, requestOf } from './auth.decorators';
import { PRINCIPAL_RESOLVER, PrincipalResolver } from './principal';
import { TokenVerifier } from './token-verifier.service';

/**
 * Global, deny by default: a caller needs a valid bearer token of a known user unless the
 * handler is @Public(). A token that is present but invalid is refused even on public handlers,
 * so a client never silently acts anonymously.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly verifier: TokenVerifier,
    @Inject(PRINCIPAL_RESOLVER) private readonly principals: PrincipalResolver,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [context.getHandler(), context.getClass()]);
    const request = requestOf(context);
    if (request.principal === undefined) {
      request.principal = await this.authenticate(request.headers['authorization']);
    }
    if (!request.principal && !isPublic) throw CoreException.unauthenticated();
    return true;
  }

  private async authenticate(header: string | string[] | undefined) {
    const value = Array.isArray(header) ? header[0] : header;
    if (!value) return null;
    const match = /^Bearer\s+(\S+)$/i.exec(value);
    if (!match) throw CoreException.unauthenticated('Authorization header must be "Bearer <token>"');
    const token = await this.verifier.verify(match[1]);
    const principal = await this.principals.resolve(token);
    if (!principal) throw CoreException.unauthenticated('Unknown user');
    return principal;
  }
}
