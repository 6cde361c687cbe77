// Pure: the settings that guard the API's edge (rate limits, CORS, proxies, token algorithms) and
// the production check that refuses development settings, naming each bad variable.
import { isIP } from 'node:net';
import type { AppEnvironment, Reader } from './config.schema';

/** Asymmetric signatures only: no `none`, and no HMAC, whose key the API would have to share. */
export const SUPPORTED_JWT_ALGORITHMS = ['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'ES512', 'EdDSA'] as const;
export type JwtAlgorithm = (typeof SUPPORTED_JWT_ALGORITHMS)[number];
export const DEFAULT_JWT_ALGORITHMS: readonly JwtAlgorithm[] = ['RS256', 'PS256', 'ES256'];

/** The master key of infra/docker-compose.yml's Meilisearch: well known, so never in production. */
export const DEV_MEILI_API_KEY = 'ytmt-dev-master-key';
const DEV_ISSUERS = ['ytmt-dev'];

export interface RateLimitWindow {
  windowMs: number;
  /** Anonymous callers, counted by client address. */
  perClient: number;
  /** Signed-in callers, counted by user. */
  perUser: number;
}

export interface RateLimitConfig {
  /** Every @Public GraphQL field and HTTP route (but /health), one budget per caller. */
  public: RateLimitWindow;
  /**
   * Each operation that notifies people (in the app and by e-mail), counted per operation both by
   * user and by client address, so that neither another account nor another address resets it.
   */
  notify: RateLimitWindow;
}

export interface HttpConfig {
  /** Origins (scheme://host[:port]) whose browsers may call the API across origins; empty: none. */
  corsOrigins: string[];
  /** Express's `trust proxy`: false, a number of hops, or the proxies' addresses / subnets. */
  trustProxy: false | number | string[];
}

export function readJwtAlgorithms(read: Reader): JwtAlgorithm[] {
  const value = read.raw('AUTH_ALGORITHMS');
  if (value === undefined) return [...DEFAULT_JWT_ALGORITHMS];
  const names = value.split(',').map((name) => name.trim()).filter(Boolean);
  const unknown = names.filter((name) => !(SUPPORTED_JWT_ALGORITHMS as readonly string[]).includes(name));
  if (names.length === 0 || unknown.length > 0) {
    read.problems.push({
      variable: 'AUTH_ALGORITHMS',
      message: `must list algorithms from ${SUPPORTED_JWT_ALGORITHMS.join(', ')} (got "${value}")`,
    });
    return [...DEFAULT_JWT_ALGORITHMS];
  }
  return [...new Set(names)] as JwtAlgorithm[];
}

export function readRateLimits(read: Reader): RateLimitConfig {
  return {
    public: {
      windowMs: read.integer('RATE_LIMIT_PUBLIC_WINDOW_MS', 60_000, 1000, 86_400_000),
      perClient: read.integer('RATE_LIMIT_PUBLIC_PER_CLIENT', 600, 1, 1_000_000),
      perUser: read.integer('RATE_LIMIT_PUBLIC_PER_USER', 600, 1, 1_000_000),
    },
    notify: {
      windowMs: read.integer('RATE_LIMIT_NOTIFY_WINDOW_MS', 600_000, 1000, 86_400_000),
      perClient: read.integer('RATE_LIMIT_NOTIFY_PER_CLIENT', 60, 1, 1_000_000),
      perUser: read.integer('RATE_LIMIT_NOTIFY_PER_USER', 30, 1, 1_000_000),
    },
  };
}

export function readHttp(read: Reader, environment: AppEnvironment): HttpConfig {
  return { corsOrigins: readCorsOrigins(read, environment), trustProxy: readTrustProxy(read) };
}

function readCorsOrigins(read: Reader, environment: AppEnvironment): string[] {
  const value = read.raw('CORS_ALLOWED_ORIGINS');
  if (value === undefined) return [];
  const origins: string[] = [];
  for (const entry of value.split(',').map((item) => item.trim()).filter(Boolean)) {
    const problem = (message: string) => read.problems.push({ variable: 'CORS_ALLOWED_ORIGINS', message: `${message} (got "${entry}")` });
    if (entry.includes('*')) {
      problem('must name each origin; wildcards are not allowed');
      continue;
    }
    const url = parseUrl(entry);
    if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:') || url.origin !== entry.replace(/\/$/, '')) {
      problem('must be origins like https://tyomarkkinatori.example, without path');
      continue;
    }
    if (environment === 'production' && url.protocol !== 'https:') {
      problem('must use https: in production');
      continue;
    }
    origins.push(url.origin);
  }
  return [...new Set(origins)];
}

function parseUrl(value: string): URL | null {
  try {
    return new URL(value);
  } catch {
    return null;
  }
}

const PROXY_KEYWORDS = ['loopback', 'linklocal', 'uniquelocal'];

function readTrustProxy(read: Reader): HttpConfig['trustProxy'] {
  const value = read.raw('TRUST_PROXY');
  if (value === undefined || value === 'false' || value === '0') return false;
  if (/^\d+$/.test(value)) {
    const hops = Number(value);
    if (hops <= 10) return hops;
  }
  const entries = value.split(',').map((item) => item.trim()).filter(Boolean);
  const valid = entries.every((entry) => {
    if (PROXY_KEYWORDS.includes(entry)) return true;
    const [address, bits, extra] = entry.split('/');
    return extra === undefined && isIP(address) !== 0 && (bits === undefined || /^\d{1,3}$/.test(bits));
  });
  if (entries.length === 0 || !valid) {
    // "true" would trust every hop: any client could then choose its own address and rate-limit budget.
    read.problems.push({
      variable: 'TRUST_PROXY',
      message: `must be false, a number of proxy hops (0 to 10) or the proxies' addresses, subnets or loopback/linklocal/uniquelocal (got "${value}")`,
    });
    return false;
  }
  return entries;
}

export interface ProductionFacts {
  jwksUrl: string | null;
  oidcAuthority: string | null;
  issuer: string;
  meiliApiKey: string | null;
  searchEngine: string;
}

/**
 * Production must not run on settings made for a developer machine: every problem is named, so
 * one failed start shows them all.
 */
export function checkProductionSettings(read: Reader, facts: ProductionFacts): void {
  const problem = (variable: string, message: string) => read.problems.push({ variable, message });
  if (facts.jwksUrl && new URL(facts.jwksUrl).protocol !== 'https:') problem('AUTH_JWKS_URL', 'must use https: in production');
  if (DEV_ISSUERS.includes(facts.issuer)) problem('AUTH_ISSUER', `must not be the development issuer "${facts.issuer}" in production`);
  if (read.raw('AUTH_OIDC_AUTHORITY') === undefined) {
    problem('AUTH_OIDC_AUTHORITY', 'is required in production (the web app signs in there)');
  } else if (facts.oidcAuthority && new URL(facts.oidcAuthority).protocol !== 'https:') {
    problem('AUTH_OIDC_AUTHORITY', 'must use https: in production');
  }
  // The defaults are the developer machine's trust-authenticated services.
  if (read.raw('DATABASE_URL') === undefined) problem('DATABASE_URL', 'must be set in production (the default is the local development database)');
  if (read.raw('REDIS_URL') === undefined) problem('REDIS_URL', 'must be set in production (the default is the local development Redis)');
  if (facts.meiliApiKey === DEV_MEILI_API_KEY) problem('MEILI_API_KEY', 'must not be the development master key in production');
  if (facts.searchEngine === 'meilisearch' && !facts.meiliApiKey) problem('MEILI_API_KEY', 'is required in production when SEARCH_ENGINE=meilisearch');
}
