import { INestApplication } from '@nestjs/common';
import { HttpAdapterHost, NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import {
  apiContentSecurityPolicy,
  ApiMetricsEndpoint,
  AppConfig,
  createValidationPipe,
  DomainExceptionFilter,
  isApiPath,
  METRICS_PATH,
  QUEUE_DASHBOARD_PATH,
  QueueDashboard,
  securityHeaderOptions,
} from '@ytmt/core';
import type { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';
import { Logger } from 'nestjs-pino';
import { ApiModule } from './app.module';

/** Headers a browser may send across origins, when CORS_ALLOWED_ORIGINS lets its page call us. */
const CORS_REQUEST_HEADERS = ['authorization', 'content-type', 'x-organization-id', 'x-request-id', 'apollo-require-preflight'];

/** Builds the API application; used by main.ts, the CLI and the tests alike. */
export async function createApiApplication(config: AppConfig): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(ApiModule.forRoot(config), { bufferLogs: true });
  // Tells attackers nothing they need; applies to every route, the web app's and the API's.
  app.disable('x-powered-by');
  // Only the proxies named here may say who the client is (rate limits count by that address).
  app.set('trust proxy', config.http.trustProxy);
  // The API's headers on every answer; the web app's router replaces the policy for its pages.
  app.use(helmet(securityHeaderOptions(apiContentSecurityPolicy())));
  app.use((request: Request, response: Response, next: NextFunction) => {
    // API answers hold personal data: no cache keeps them. The HSDS API sets its own policy.
    if (isApiPath(request.path)) response.setHeader('Cache-Control', 'no-store');
    next();
  });
  // Ahead of the routes and the web app's pages: Prometheus' token is no user's bearer token, and
  // the dashboard checks its own session cookie (see docs/operations/observability.md).
  app.use(METRICS_PATH, app.get(ApiMetricsEndpoint).handler());
  app.use(QUEUE_DASHBOARD_PATH, app.get(QueueDashboard).router());
  // Same-origin only unless origins are listed: the web app is served from this origin.
  app.enableCors({
    origin: config.http.corsOrigins.length > 0 ? config.http.corsOrigins : false,
    methods: ['GET', 'POST'],
    allowedHeaders: CORS_REQUEST_HEADERS,
    credentials: false,
    maxAge: 600,
  });
  app.useLogger(app.get(Logger));
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new DomainExceptionFilter(app.get(HttpAdapterHost).httpAdapter));
  app.enableShutdownHooks();
  return app;
}
