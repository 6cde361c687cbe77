import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Registry } from 'prom-client';

export const METRICS_PATH = '/metrics';

const digest = (value: string) => createHash('sha256').update(value).digest();

/** True when the Authorization header carries the token (compared in constant time). */
export function hasMetricsToken(header: string | string[] | undefined, token: string): boolean {
  const value = Array.isArray(header) ? header[0] : header;
  const match = value ? /^Bearer\s+(\S+)$/i.exec(value) : null;
  return match !== null && timingSafeEqual(digest(match[1]), digest(token));
}

export interface MetricsEndpointOptions {
  registry: Registry;
  /** METRICS_TOKEN; null: open (scraped inside the network only). */
  token: string | null;
  /** Brings the gauges read at scrape time up to date; must bound its own waiting. */
  refresh?: () => Promise<void>;
}

/**
 * GET /metrics in Prometheus' text format, for the API (mounted ahead of the auth guard, which
 * would take the metrics token for a user's) and the worker's own small server alike.
 */
export function metricsRequestHandler(options: MetricsEndpointOptions) {
  return async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    response.setHeader('Cache-Control', 'no-store');
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' }).end('Method not allowed\n');
      return;
    }
    if (options.token !== null && !hasMetricsToken(request.headers['authorization'], options.token)) {
      response
        .writeHead(401, { 'WWW-Authenticate': 'Bearer realm="metrics"', 'Content-Type': 'text/plain; charset=utf-8' })
        .end('A bearer token (METRICS_TOKEN) is required\n');
      return;
    }
    try {
      await options.refresh?.();
      const body = await options.registry.metrics();
      response.writeHead(200, { 'Content-Type': options.registry.contentType });
      response.end(request.method === 'HEAD' ? undefined : body);
    } catch {
      if (!response.headersSent) response.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
      response.end('Metrics could not be collected\n');
    }
  };
}
