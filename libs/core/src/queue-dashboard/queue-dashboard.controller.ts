import { Controller, HttpCode, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { CurrentUser } from '../auth/auth.decorators';
import { hasRole, Principal } from '../auth/principal';
import { Role } from '../auth/role.enum';
import { CoreException } from '../errors/domain.exception';
import { TokenVerifier } from '../auth/token-verifier.service';
import { dashboardCookie, QUEUE_DASHBOARD_PATH } from './dashboard-cookie';
import { DASHBOARD_SESSION_SECONDS, DashboardSessions } from './dashboard-session.store';

/**
 * POST /admin/queues/session with a platform admin's bearer token: answers 204 with the queue
 * dashboard's session cookie, so the browser can then simply open /admin/queues.
 */
@Controller(QUEUE_DASHBOARD_PATH.slice(1))
export class QueueDashboardController {
  constructor(
    private readonly sessions: DashboardSessions,
    private readonly verifier: TokenVerifier,
  ) {}

  @Post('session')
  @HttpCode(204)
  async open(@CurrentUser() principal: Principal, @Req() request: Request, @Res({ passthrough: true }) response: Response): Promise<void> {
    if (!hasRole(principal, Role.PLATFORM_ADMIN)) throw CoreException.forbidden('Only platform admins may open the queue dashboard');
    // The guard verified the token already; the session keeps who it names (not the e-mail), to
    // look the user and their roles up again on each dashboard request.
    const bearer = /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? '');
    if (!bearer) throw CoreException.unauthenticated();
    const { issuer, subject, development } = await this.verifier.verify(bearer[1]);
    const id = await this.sessions.create({ issuer, subject, development });
    response.setHeader('Set-Cookie', dashboardCookie(id, DASHBOARD_SESSION_SECONDS, request.secure));
  }
}
