import { randomUUID } from 'node:crypto';
import { Module } from '@nestjs/common';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { LoggerModule } from 'nestjs-pino';
import { APP_CONFIG } from '../config/config.module';
import { AppConfig } from '../config/config.schema';
import { LOG_REDACT_PATHS, pathOnly, safeError } from './log-privacy';

const REQUEST_ID = /^[A-Za-z0-9._-]{1,100}$/;

/** Requests that would only fill the log: probes and Prometheus' scrapes. */
const QUIET_PATHS = /^\/(?:health(?:\/|$)|metrics$)/;

/**
 * Structured JSON logs; every HTTP request carries an id (taken from X-Request-Id or new).
 * No personal data: a request is logged as its method and path (no query string, which may hold
 * GraphQL variables; no headers, which hold tokens and cookies; never a body), a response as its
 * status, an error without the values a database driver attaches to it (see log-privacy.ts).
 */
@Module({
  imports: [
    LoggerModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        pinoHttp: {
          level: config.logLevel,
          genReqId: (req: IncomingMessage, res: ServerResponse) => {
            const header = req.headers['x-request-id'];
            const given = Array.isArray(header) ? header[0] : header;
            const id = given && REQUEST_ID.test(given) ? given : randomUUID();
            res.setHeader('X-Request-Id', id);
            return id;
          },
          redact: { paths: LOG_REDACT_PATHS, censor: '[redacted]' },
          autoLogging: { ignore: (req: IncomingMessage) => QUIET_PATHS.test(pathOnly(req.url)) },
          serializers: {
            req: (req: { id: string; method: string; url: string }) => ({ id: req.id, method: req.method, url: pathOnly(req.url) }),
            res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
            err: safeError,
          },
        },
      }),
    }),
  ],
})
export class LoggingModule {}
