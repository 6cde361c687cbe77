// Pure: no Nest, no I/O. Parses the environment once and names every bad variable.
import { isAbsolute, join, resolve } from 'node:path';
import { availableParallelism } from 'node:os';
import { REPOSITORY_ROOT } from './repository-root';
import { ALL_QUEUES } from '../queue/queue-name.enum';
import { checkProductionSettings, HttpConfig, JwtAlgorithm, RateLimitConfig, readHttp, readJwtAlgorithms, readRateLimits } from './security.config';

export type AppEnvironment = 'development' | 'test' | 'production';
export type SearchEngineKind = 'postgres' | 'meilisearch';
export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';

export interface AppConfig {
  environment: AppEnvironment;
  port: number;
  /** The owner's URL: migrations and administration only. */
  databaseUrl: string;
  /** What the running API and worker connect as: the non-superuser application role (issue 11, point 10). */
  databaseAppUrl: string;
  redisUrl: string;
  queuePrefix: string;
  queueConcurrency: number;
  /** How long a job's lock lives without renewal: a worker that died is noticed after about this long. */
  jobLockMs: number;
  /** Worker threads of the full rematch (REMATCH_THREADS; default: the machine's available parallelism). */
  rematchThreads: number;
  /** WORKER_QUEUES: the queues this worker process consumes; null: every queue. */
  workerQueues: readonly string[] | null;
  jobAttempts: number;
  jobBackoffMs: number;
  outboxPollMs: number;
  queueCommandTimeoutMs: number;
  logLevel: LogLevel;
  auth: {
    jwksUrl: string | null;
    issuer: string;
    audience: string;
    /** Only when AUTH_DEV_LOGIN says so, and never in production. */
    devLoginEnabled: boolean;
    /** The signature algorithms a bearer token may use (pinned, asymmetric only). */
    algorithms: JwtAlgorithm[];
    /** Token claim listing the business ids (Y-tunnus) the person may represent (Suomi.fi e-Authorizations). */
    mandateClaim: string;
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
    /** Aliased fields per document. */
    maxAliases: number;
    /** Lexical tokens per document: parsing stops there. */
    maxTokens: number;
    /** Execution time of one operation; fields not started by then fail with QUERY_TIMEOUT. */
    maxExecutionMs: number;
  };
  search: {
    engine: SearchEngineKind;
    meiliHost: string | null;
    meiliApiKey: string | null;
    /** How long one HTTP request to Meilisearch may take (MEILI_TIMEOUT_MS). */
    meiliTimeoutMs: number;
    /**
     * Public service search answers kept per API process (SEARCH_RESULT_CACHE_SIZE, 0 = off);
     * cleared by NOTIFY on every catalogue change, see SearchResultCache.
     */
    resultCacheSize: number;
  };
  mail: {
    /** SMTP server for notification e-mails; null: mails are logged, not sent (development). */
    smtpUrl: string | null;
    from: string;
    /** The web app's address as people reach it (PUBLIC_URL), for the links in mails. */
    publicUrl: string;
  };
  healthTimeoutMs: number;
  /** CORS allow-list and proxies in front of the API (issue 11, point 14). */
  http: HttpConfig;
  /** Rate limits backed by Redis (issue 11, point 12). */
  rateLimits: RateLimitConfig;
  /** Consent-bound pseudonyms and retention periods (issue 11, points 7 and 9). */
  privacy: PrivacyConfig;
  /** Pool and session limits (H3 reliability); see readDatabaseLimits. */
  database: DatabaseLimits;
  /** Queue runtime under faults (H3 reliability); see readQueueReliability. */
  reliability: QueueReliability;
  /** Prometheus metrics (issue 15, point 4); see readMetrics. */
  metrics: MetricsConfig;
}

export interface MetricsConfig {
  /** METRICS_TOKEN: when set, /metrics (API and worker) answers only `Authorization: Bearer <token>`. */
  token: string | null;
  /** WORKER_METRICS_PORT: the worker serves its own /metrics there; null: it serves none (0: any free port, tests). */
  workerPort: number | null;
  /** WORKER_METRICS_HOST: the address the worker's metrics server listens on. */
  workerHost: string;
}

export interface DatabaseLimits {
  /** Connections per process; sized so the worker's concurrent jobs never wait for one. */
  poolSize: number;
  /** Opening a connection and waiting for a free one in the pool, ms. */
  connectTimeoutMs: number;
  /** statement_timeout of every session, ms (0: none). */
  statementTimeoutMs: number;
  /** lock_timeout of every session, ms (0: none). */
  lockTimeoutMs: number;
  /** idle_in_transaction_session_timeout of every session, ms (0: none). */
  idleInTransactionTimeoutMs: number;
}

export type RedisPolicyCheck = 'refuse' | 'warn' | 'off';

export interface QueueReliability {
  /** How long shutdown waits for running jobs before leaving them to be retaken as stalled, ms. */
  shutdownGraceMs: number;
  /** Dispatch attempts after which an outbox row that BullMQ keeps refusing becomes a dead letter. */
  outboxMaxAttempts: number;
  /** What to do at start when Redis may lose jobs (no AOF, or evicting keys). */
  redisPolicyCheck: RedisPolicyCheck;
  /** How often the worker writes its heartbeat, ms; it counts as alive for three intervals. */
  workerHeartbeatMs: number;
}

export interface PrivacyConfig {
  /** Keys the per-need pseudonyms and references of candidates (HMAC). */
  pseudonymSecret: string;
  notificationRetentionDays: number;
  interactionRetentionDays: number;
  auditRetentionDays: number;
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

export class Reader {
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

// The repository root, found the same way from the sources and from the compiled dist/.
export { REPOSITORY_ROOT };
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
  // Off unless asked for: a forgotten APP_ENV must never open development login.
  const devLoginEnabled = read.boolean('AUTH_DEV_LOGIN', false);
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

  const queueConcurrency = read.integer('QUEUE_CONCURRENCY', 4, 1, 64);
  const databaseUrl = read.url('DATABASE_URL', ['postgres:', 'postgresql:'], DEFAULT_DATABASE_URL) ?? DEFAULT_DATABASE_URL;
  const config: AppConfig = {
    environment,
    port,
    databaseUrl,
    databaseAppUrl: read.url('DATABASE_APP_URL', ['postgres:', 'postgresql:'], null) ?? appRoleUrl(databaseUrl),
    redisUrl: read.url('REDIS_URL', ['redis:', 'rediss:'], DEFAULT_REDIS_URL) ?? DEFAULT_REDIS_URL,
    queuePrefix: read.text('QUEUE_PREFIX', 'ytmt', /^[a-zA-Z0-9_-]{1,40}$/),
    queueConcurrency,
    jobLockMs: read.integer('JOB_LOCK_MS', 30_000, 1000, 600_000),
    rematchThreads: read.integer('REMATCH_THREADS', availableParallelism(), 1, 64),
    workerQueues: readWorkerQueues(read),
    jobAttempts: read.integer('JOB_ATTEMPTS', 5, 1, 50),
    jobBackoffMs: read.integer('JOB_BACKOFF_MS', 1000, 1, 3_600_000),
    outboxPollMs: read.integer('OUTBOX_POLL_MS', 500, 10, 60_000),
    queueCommandTimeoutMs: read.integer('QUEUE_COMMAND_TIMEOUT_MS', 5000, 100, 120_000),
    logLevel: read.oneOf<LogLevel>(
      'LOG_LEVEL',
      ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'],
      environment === 'test' ? 'warn' : 'info',
    ),
    auth: { jwksUrl, issuer, audience, devLoginEnabled, algorithms: readJwtAlgorithms(read), oidcClient, mandateClaim: read.text('AUTH_MANDATE_CLAIM', 'mandate_business_ids', /^[A-Za-z0-9_:./-]{1,100}$/) },
    web: { distDir: readWebDistDir(read) },
    graphql: {
      maxDepth: read.integer('GRAPHQL_MAX_DEPTH', 10, 2, 50),
      maxComplexity: read.integer('GRAPHQL_MAX_COMPLEXITY', 25_000, 10, 1_000_000_000),
      maxAliases: read.integer('GRAPHQL_MAX_ALIASES', 20, 0, 1000),
      maxTokens: read.integer('GRAPHQL_MAX_TOKENS', 2000, 100, 100_000),
      maxExecutionMs: read.integer('GRAPHQL_MAX_EXECUTION_MS', 10_000, 1, 600_000),
    },
    search: {
      engine,
      meiliHost,
      meiliApiKey: read.raw('MEILI_API_KEY') ?? null,
      meiliTimeoutMs: read.integer('MEILI_TIMEOUT_MS', 5000, 100, 120_000),
      resultCacheSize: read.integer('SEARCH_RESULT_CACHE_SIZE', 500, 0, 100_000),
    },
    mail: { smtpUrl, from: mailFrom, publicUrl: (read.url('PUBLIC_URL', ['http:', 'https:'], null) ?? `http://localhost:${port}`).replace(/\/+$/, '') },
    healthTimeoutMs: read.integer('HEALTH_TIMEOUT_MS', 1500, 50, 60_000),
    http: readHttp(read, environment),
    rateLimits: readRateLimits(read),
    privacy: readPrivacy(read, environment),
    database: readDatabaseLimits(read, queueConcurrency),
    reliability: readQueueReliability(read, environment),
    metrics: readMetrics(read),
  };

  if (production) {
    checkProductionSettings(read, {
      jwksUrl,
      oidcAuthority: oidcClient?.authority ?? null,
      issuer,
      meiliApiKey: config.search.meiliApiKey,
      searchEngine: engine,
    });
  }
  if (read.problems.length > 0) throw new ConfigValidationError(read.problems);
  return config;
}

/** Queues the worker consumes concurrently (QueueName has four); the pool covers them all at once. */
const WORKER_QUEUE_COUNT = 4;

function readDatabaseLimits(read: Reader, queueConcurrency: number): DatabaseLimits {
  return {
    // Every queue may run `queueConcurrency` jobs at once, plus the outbox relay, its listener and
    // the reconciler; the API, with fewer concurrent transactions, fits in the same size.
    poolSize: read.integer('DB_POOL_SIZE', Math.max(10, queueConcurrency * WORKER_QUEUE_COUNT + 4), 2, 500),
    connectTimeoutMs: read.integer('DB_CONNECT_TIMEOUT_MS', 5000, 100, 120_000),
    statementTimeoutMs: read.integer('DB_STATEMENT_TIMEOUT_MS', 15_000, 0, 3_600_000),
    lockTimeoutMs: read.integer('DB_LOCK_TIMEOUT_MS', 3000, 0, 3_600_000),
    idleInTransactionTimeoutMs: read.integer('DB_IDLE_IN_TRANSACTION_TIMEOUT_MS', 60_000, 0, 3_600_000),
  };
}

export function defaultRedisPolicyCheck(environment: AppEnvironment): RedisPolicyCheck {
  return environment === 'production' ? 'refuse' : 'warn';
}

function readQueueReliability(read: Reader, environment: AppEnvironment): QueueReliability {
  return {
    shutdownGraceMs: read.integer('JOB_SHUTDOWN_GRACE_MS', 20_000, 0, 600_000),
    outboxMaxAttempts: read.integer('OUTBOX_MAX_ATTEMPTS', 10, 1, 1000),
    // The developer machine's Redis runs without AOF: production refuses, elsewhere a loud warning.
    redisPolicyCheck: read.oneOf<RedisPolicyCheck>('REDIS_POLICY_CHECK', ['refuse', 'warn', 'off'], defaultRedisPolicyCheck(environment)),
    workerHeartbeatMs: read.integer('WORKER_HEARTBEAT_MS', 5000, 100, 300_000),
  };
}

const METRICS_TOKEN_PATTERN = /^[\x21-\x7e]{16,256}$/;

function readMetrics(read: Reader): MetricsConfig {
  const token = read.raw('METRICS_TOKEN') ?? null;
  // A secret: the problem never echoes it.
  if (token !== null && !METRICS_TOKEN_PATTERN.test(token)) {
    read.problems.push({ variable: 'METRICS_TOKEN', message: 'must be 16 to 256 printable characters without spaces' });
  }
  const workerPort = read.raw('WORKER_METRICS_PORT') === undefined ? null : read.integer('WORKER_METRICS_PORT', 0, 0, 65535);
  return {
    token: token !== null && METRICS_TOKEN_PATTERN.test(token) ? token : null,
    workerPort,
    workerHost: read.text('WORKER_METRICS_HOST', '0.0.0.0', /^[A-Za-z0-9.:_-]{1,255}$/),
  };
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

export const DATABASE_APP_ROLE = 'ytmt_app';
const DEV_PSEUDONYM_SECRET = 'ytmt-development-pseudonym-secret';

/** The owner's URL with the application role as user (no password: trust auth or ~/.pgpass). */
export function appRoleUrl(databaseUrl: string): string {
  const url = new URL(databaseUrl);
  url.username = DATABASE_APP_ROLE;
  url.password = '';
  return url.toString();
}

function readPrivacy(read: Reader, environment: AppEnvironment): PrivacyConfig {
  const pseudonymSecret = read.raw('PSEUDONYM_SECRET') ?? DEV_PSEUDONYM_SECRET;
  if (environment === 'production' && pseudonymSecret === DEV_PSEUDONYM_SECRET) {
    read.problems.push({ variable: 'PSEUDONYM_SECRET', message: 'must be set in production' });
  }
  return {
    pseudonymSecret,
    notificationRetentionDays: read.integer('RETENTION_NOTIFICATIONS_DAYS', 365, 1, 36_500),
    interactionRetentionDays: read.integer('RETENTION_INTERACTIONS_DAYS', 5 * 365, 1, 36_500),
    // The database refuses to purge audit events younger than 30 days (audit_event_purge).
    auditRetentionDays: read.integer('RETENTION_AUDIT_EVENTS_DAYS', 2 * 365, 30, 36_500),
  };
}

/** The database name part of a Postgres URL, and the URL of the maintenance database. */
export function splitDatabaseUrl(databaseUrl: string): { database: string; maintenanceUrl: string } {
  const url = new URL(databaseUrl);
  const database = decodeURIComponent(url.pathname.replace(/^\//, '')) || 'postgres';
  url.pathname = '/postgres';
  return { database, maintenanceUrl: url.toString() };
}

/** WORKER_QUEUES: a comma-separated list of queue names; unset means every queue. */
function readWorkerQueues(read: Reader): readonly string[] | null {
  const value = read.raw('WORKER_QUEUES');
  if (value === undefined) return null;
  const names = [...new Set(value.split(',').map((name) => name.trim()).filter((name) => name !== ''))];
  const unknown = names.filter((name) => !(ALL_QUEUES as readonly string[]).includes(name));
  if (names.length === 0 || unknown.length > 0) {
    read.problems.push({ variable: 'WORKER_QUEUES', message: `must list queues among ${ALL_QUEUES.join(', ')} (got "${value}")` });
    return null;
  }
  return names;
}
