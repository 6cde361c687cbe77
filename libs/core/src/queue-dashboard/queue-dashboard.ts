import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import { Inject, Injectable, Logger } from '@nestjs/common';
import express, { NextFunction, Request, Response, Router } from 'express';
import helmet from 'helmet';
import { hasRole, PRINCIPAL_RESOLVER, PrincipalResolver } from '../auth/principal';
import { Role } from '../auth/role.enum';
import { QueueRegistry } from '../queue/queue-registry.service';
import { CspDirectives, securityHeaderOptions } from '../web/web-security-headers';
import { QUEUE_DASHBOARD_PATH, readDashboardCookie } from './dashboard-cookie';
import { DashboardSessions } from './dashboard-session.store';

/** bull-board's page: its own scripts and styles (inline style attributes too), nothing from elsewhere. */
function dashboardContentSecurityPolicy(): CspDirectives {
  return {
    'default-src': ["'self'"],
    'script-src': ["'self'"],
    'style-src': ["'self'", "'unsafe-inline'"],
    'img-src': ["'self'", 'data:'],
    'font-src': ["'self'"],
    'connect-src': ["'self'"],
    'frame-ancestors': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'self'"],
    'object-src': ["'none'"],
  };
}

const SIGN_IN_HINT =
  'Avaa jonojen näkymä ylläpidon etusivulta pääkäyttäjänä kirjautuneena. / Open the queue dashboard from the admin page, signed in as a platform admin.\n';

/**
 * bull-board at /admin/queues for platform admins. A browser navigation carries no bearer token,
 * so the web app first exchanges the admin's token for a short session cookie (POST
 * /admin/queues/session, see QueueDashboardController); every request here, page and API alike,
 * must carry a live session of a user who is a platform admin now (roles are read again each time).
 */
@Injectable()
export class QueueDashboard {
  private readonly logger = new Logger(QueueDashboard.name);

  constructor(
    private readonly queues: QueueRegistry,
    private readonly sessions: DashboardSessions,
    @Inject(PRINCIPAL_RESOLVER) private readonly principals: PrincipalResolver,
  ) {}

  /** Mounted by bootstrap at QUEUE_DASHBOARD_PATH, ahead of the web app's pages. */
  router(): Router {
    const board = new ExpressAdapter();
    board.setBasePath(QUEUE_DASHBOARD_PATH);
    createBullBoard({
      queues: this.queues.names().map((name) => new BullMQAdapter(this.queues.get(name))),
      serverAdapter: board,
      options: { uiConfig: { boardTitle: 'Y-TMT' } },
    });
    const boardApp = board.getRouter() as express.Express;
    boardApp.disable('x-powered-by');

    const router = express.Router();
    router.use((request: Request, response: Response, next: NextFunction) => {
      // The session is made by the Nest controller, which authenticates the bearer token (and CORS
      // answers its preflight, should the web app be served from another origin).
      if ((request.method === 'POST' || request.method === 'OPTIONS') && request.path === '/session') return next('router');
      response.setHeader('Cache-Control', 'no-store');
      next();
    });
    router.use(helmet(securityHeaderOptions(dashboardContentSecurityPolicy())));
    router.use((request: Request, response: Response, next: NextFunction) => {
      this.authorize(request).then(
        (status) => (status === 200 ? next() : void response.status(status).type('text/plain').send(SIGN_IN_HINT)),
        (error: unknown) => {
          this.logger.warn(`Queue dashboard session check failed: ${(error as Error).message}`);
          response.status(503).type('text/plain').send('Jonojen näkymä ei ole nyt käytettävissä. / The queue dashboard is unavailable right now.\n');
        },
      );
    });
    router.use(withoutExternalFonts);
    router.use(boardApp);
    return router;
  }

  private async authorize(request: Request): Promise<200 | 401 | 403> {
    const sessionId = readDashboardCookie(request.headers.cookie);
    const identity = sessionId ? await this.sessions.find(sessionId) : null;
    if (!sessionId || !identity) return 401;
    const principal = await this.principals.resolve({ ...identity, email: null });
    if (!principal || !hasRole(principal, Role.PLATFORM_ADMIN)) {
      await this.sessions.end(sessionId);
      return 403;
    }
    // SameSite=Strict already keeps other sites' requests cookieless; refuse a foreign Origin too.
    if (request.method !== 'GET' && request.method !== 'HEAD' && !sameOrigin(request)) return 403;
    return 200;
  }
}

/** bull-board's page links Google Fonts: the page may not reach any other origin (nor tell Google who opened it). */
const EXTERNAL_FONTS = /<link\b[^>]*\bhref="https:\/\/fonts\.(?:googleapis|gstatic)\.com[^"]*"[^>]*>\s*/g;

export function stripExternalFonts(html: string): string {
  return html.replace(EXTERNAL_FONTS, '');
}

/** bull-board renders its page with `response.render`; the rendered page goes out without the external links. */
function withoutExternalFonts(request: Request, response: Response, next: NextFunction): void {
  const render = response.render.bind(response);
  response.render = ((view: string, options?: object) => {
    render(view, options ?? {}, (error: Error | null, html?: string) => {
      if (error) return next(error);
      response.type('html').send(stripExternalFonts(html ?? ''));
    });
  }) as Response['render'];
  next();
}

function sameOrigin(request: Request): boolean {
  const origin = request.headers.origin;
  if (origin === undefined) return true;
  try {
    return new URL(origin).host === request.headers.host;
  } catch {
    return false;
  }
}
