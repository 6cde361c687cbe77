// Pure: no Nest, no I/O. Parses the environment once and names every bad variable.
import { isAbsolute, join, resolve } from 'node:path';

export type AppEnvironment = 'development' | 'test' | 'production';
export type SearchEngineKind = 'postgres' | 'meilisearch';
export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';

export interface AppConfig {
  environment: AppEnvironment;
  port: number;
  databaseUrl: string;
  redisUrl: string;
  queuePrefix: string;
  queueConcurrency: number;
  /** How long a job's lock lives without renewal: a worker that died is noticed after about this long. */
  jobLockMs: number;
  jobAttempts: number;
  jobBackoffMs: number;
  outboxPollMs: number;
  queueCommandTimeoutMs: number;
  logLevel: LogLevel;
  auth: {
    jwksUrl: string | null;
    issuer: string;
    audience: string;
    devLoginEnabled: boolean;
    /** The browser's OpenID Connect client (the web app signs in there); null: no OIDC sign-in offered. */
    oidcClient: OidcClientConfig | null;
  };
  web: {
    /** Absolute path of the web app's production build (index.html and assets/). */
    distDir: string;
  };
  graphql: {
    maxDepth: number;
    maxComplexity: number;
  };
  search: {
    engine: SearchEngineKind;
    meiliHost: string | null;
    meiliApiKey: string | null;
  };
  mail: {
    /** SMTP server for notification e-mails; null: mails are logged, not sent (development). */
    smtpUrl: string | null;
    from: string;
  };
  healthTimeoutMs: number;
}

export interface OidcClientConfig {
  /** Issuer URL the browser signs in at. */
  authority: string;
  clientId: string;
  scope: string;
}

export class ConfigValidationError extends Error {
  constructor(readonly problems: ReadonlyArray<{ variable: string; message: string }>) {
    super(
      `Invalid configuration:\n${problems.map((p) => `  - ${p.variable}: ${p.message}`).join('\n')}`,
    );
    this.name = 'ConfigValidationError';
  }
}

type Env = Readonly<Record<string, string | undefined>>;

class Reader {
  readonly problems: { variable: string; message: string }[] = [];
  constructor(private readonly env: Env) {}

  raw(name: string): string | undefined {
    const value = this.env[name];
    return value === undefined || value.trim() === '' ? undefined : value.trim();
  }

  oneOf<T extends string>(name: string, allowed: readonly T[], fallback: T): T {
    const value = this.raw(name);
    if (value === undefined) return fallback;
    if ((allowed as readonly string[]).includes(value)) return value as T;
    this.problems.push({ variable: name, message: `must be one of ${allowed.join(', ')} (got "${value}")` });
    return fallback;
  }

  integer(name: string, fallback: number, min: number, max: number): number {
    const value = this.raw(name);
    if (value === undefined) return fallback;
    const parsed = Number(value);
    if (!/^-?\d+$/.test(value) || parsed < min || parsed > max) {
      this.problems.push({ variable: name, message: `must be an integer from ${min} to ${max} (got "${value}")` });
      return fallback;
    }
    return parsed;
  }

  url(name: string, protocols: readonly string[], fallback: string | null): string | null {
    const value = this.raw(name);
    if (value === undefined) return fallback;
    try {
      const parsed = new URL(value);
      if (!protocols.includes(parsed.protocol)) {
        this.problems.push({ variable: name, message: `must use ${protocols.join(' or ')} (got "${parsed.protocol}")` });
        return fallback;
      }
      return value;
    } catch {
      // The value may hold a password: never echo it.
      this.problems.push({ variable: name, message: 'is not a valid URL' });
      return fallback;
    }
  }

  boolean(name: string, fallback: boolean): boolean {
    const value = this.raw(name);
    if (value === undefined) return fallback;
    if (['true', '1', 'yes'].includes(value.toLowerCase())) return true;
    if (['false', '0', 'no'].includes(value.toLowerCase())) return false;
    this.problems.push({ variable: name, message: `must be true or false (got "${value}")` });
    return fallback;
  }

  text(name: string, fallback: string, pattern?: RegExp): string {
    const value = this.raw(name);
    if (value === undefined) return fallback;
    if (pattern && !pattern.test(value)) {
      this.problems.push({ variable: name, message: `must match ${pattern.source} (got "${value}")` });
      return fallback;
    }
    return value;
  }
}

/** The repository root (this file is libs/core/src/config/config.schema.ts). */
export const REPOSITORY_ROOT = join(__dirname, '..', '..', '..', '..');
export const DEFAULT_WEB_DIST_DIR = join(REPOSITORY_ROOT, 'apps', 'web', 'dist');
export const DEFAULT_OIDC_SCOPE = 'openid email profile';

export const DEFAULT_DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/ytmt';
export const DEFAULT_REDIS_URL = 'redis://127.0.0.1:6379';
export const DEFAULT_MAIL_FROM = 'Y-TMT <noreply@ytmt.example>';
/** `address@domain` or `Display Name <address@domain>`. */
const MAIL_FROM_PATTERN = /^(?:[^<>\r\n]*<[^<>\s@]+@[^<>\s@]+\.[^<>\s@]+>|[^<>\s@]+@[^<>\s@]+\.[^<>\s@]+)$/;

export function parseConfig(env: Env): AppConfig {
  const read = new Reader(env);
  const environment = read.oneOf<AppEnvironment>('APP_ENV', ['development', 'test', 'production'], 'development');
  const production = environment === 'production';
  // 0 asks the OS for a free port (tests).
  const port = read.integer('PORT', 3000, 0, 65535);

  const jwksUrl = read.url('AUTH_JWKS_URL', ['http:', 'https:'], null);
  const issuer = read.text('AUTH_ISSUER', production ? '' : 'ytmt-dev');
  const audience = read.text('AUTH_AUDIENCE', production ? '' : 'ytmt-api');
  if (production) {
    if (!jwksUrl) read.problems.push({ variable: 'AUTH_JWKS_URL', message: 'is required in production' });
    if (!issuer) read.problems.push({ variable: 'AUTH_ISSUER', message: 'is required in production' });
    if (!audience) read.problems.push({ variable: 'AUTH_AUDIENCE', message: 'is required in production' });
  }
  const devLoginEnabled = read.boolean('AUTH_DEV_LOGIN', !production);
  if (production && devLoginEnabled) {
    read.problems.push({ variable: 'AUTH_DEV_LOGIN', message: 'cannot be enabled in production' });
  }

  const oidcClient = readOidcClient(read);

  const engine = read.oneOf<SearchEngineKind>('SEARCH_ENGINE', ['postgres', 'meilisearch'], 'postgres');
  const meiliHost = read.url('MEILI_HOST', ['http:', 'https:'], null);
  if (engine === 'meilisearch' && !meiliHost) {
    read.problems.push({ variable: 'MEILI_HOST', message: 'is required when SEARCH_ENGINE=meilisearch' });
  }

  // read.url never echoes the value, so a password in the URL stays out of the error.
  const smtpUrl = read.url('SMTP_URL', ['smtp:', 'smtps:'], null);
  if (smtpUrl && !new URL(smtpUrl).hostname) read.problems.push({ variable: 'SMTP_URL', message: 'must name a host' });
  const mailFrom = read.raw('MAIL_FROM') ?? DEFAULT_MAIL_FROM;
  if (!MAIL_FROM_PATTERN.test(mailFrom)) {
    read.problems.push({ variable: 'MAIL_FROM', message: `must be an address or "Name <address>" (got "${mailFrom}")` });
  }

  const config: AppConfig = {
    environment,
    port,
    databaseUrl: read.url('DATABASE_URL', ['postgres:', 'postgresql:'], DEFAULT_DATABASE_URL) ?? DEFAULT_DATABASE_URL,
    redisUrl: read.url('REDIS_URL', ['redis:', 'rediss:'], DEFAULT_REDIS_URL) ?? DEFAULT_REDIS_URL,
    queuePrefix: read.text('QUEUE_PREFIX', 'ytmt', /^[a-zA-Z0-9_-]{1,40}$/),
    queueConcurrency: read.integer('QUEUE_CONCURRENCY', 4, 1, 64),
    jobLockMs: read.integer('JOB_LOCK_MS', 30_000, 1000, 600_000),
    jobAttempts: read.integer('JOB_ATTEMPTS', 5, 1, 50),
    jobBackoffMs: read.integer('JOB_BACKOFF_MS', 1000, 1, 3_600_000),
    outboxPollMs: read.integer('OUTBOX_POLL_MS', 500, 10, 60_000),
    queueCommandTimeoutMs: read.integer('QUEUE_COMMAND_TIMEOUT_MS', 5000, 100, 120_000),
    logLevel: read.oneOf<LogLevel>(
      'LOG_LEVEL',
      ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'],
      environment === 'test' ? 'warn' : 'info',
    ),
    auth: { jwksUrl, issuer, audience, devLoginEnabled, oidcClient },
    web: { distDir: readWebDistDir(read) },
    graphql: {
      maxDepth: read.integer('GRAPHQL_MAX_DEPTH', 10, 2, 50),
      maxComplexity: read.integer('GRAPHQL_MAX_COMPLEXITY', 2000, 10, 1_000_000),
    },
    search: { engine, meiliHost, meiliApiKey: read.raw('MEILI_API_KEY') ?? null },
    mail: { smtpUrl, from: mailFrom },
    healthTimeoutMs: read.integer('HEALTH_TIMEOUT_MS', 1500, 50, 60_000),
  };

  if (read.problems.length > 0) throw new ConfigValidationError(read.problems);
  return config;
}

function readOidcClient(read: Reader): OidcClientConfig | null {
  const authority = read.url('AUTH_OIDC_AUTHORITY', ['http:', 'https:'], null);
  const clientId = read.raw('AUTH_OIDC_CLIENT_ID');
  if (clientId !== undefined && /\s/.test(clientId)) {
    read.problems.push({ variable: 'AUTH_OIDC_CLIENT_ID', message: `must not contain white space (got "${clientId}")` });
  }
  const scope = (read.raw('AUTH_OIDC_SCOPE') ?? DEFAULT_OIDC_SCOPE).split(/\s+/).join(' ');
  if (!scope.split(' ').includes('openid')) {
    read.problems.push({ variable: 'AUTH_OIDC_SCOPE', message: `must include openid (got "${scope}")` });
  }
  if (read.raw('AUTH_OIDC_AUTHORITY') === undefined) {
    if (clientId !== undefined) read.problems.push({ variable: 'AUTH_OIDC_CLIENT_ID', message: 'is set but AUTH_OIDC_AUTHORITY is not' });
    return null;
  }
  if (clientId === undefined) {
    read.problems.push({ variable: 'AUTH_OIDC_CLIENT_ID', message: 'is required when AUTH_OIDC_AUTHORITY is set' });
  }
  return authority && clientId ? { authority, clientId, scope } : null;
}

function readWebDistDir(read: Reader): string {
  const value = read.raw('WEB_DIST_DIR');
  if (value === undefined) return DEFAULT_WEB_DIST_DIR;
  // Relative to the repository root, wherever the process was started from.
  return isAbsolute(value) ? resolve(value) : resolve(REPOSITORY_ROOT, value);
}

/** The database name part of a Postgres URL, and the URL of the maintenance database. */
export function splitDatabaseUrl(databaseUrl: string): { database: string; maintenanceUrl: string } {
  const url = new URL(databaseUrl);
  const database = decodeURIComponent(url.pathname.replace(/^\//, '')) || 'postgres';
  url.pathname = '/postgres';
  return { database, maintenanceUrl: url.toString() };
}
