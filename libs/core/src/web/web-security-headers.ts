// Pure: the response headers that guard the web app and the API in the browser.
import type { HelmetOptions } from 'helmet';
import { AppConfig } from '../config/config.schema';

export type CspDirectives = Record<string, string[]>;

/**
 * styled-components (the design system) inject <style> elements at run time, hence
 * 'unsafe-inline' for styles only. The browser calls the identity provider's token endpoint
 * (connect-src) and may post to its end-session endpoint (form-action).
 */
export function webContentSecurityPolicy(config: AppConfig): CspDirectives {
  const authority = config.auth.oidcClient ? new URL(config.auth.oidcClient.authority).origin : null;
  const withAuthority = (...sources: string[]) => (authority ? [...sources, authority] : sources);
  return {
    'default-src': ["'self'"],
    'script-src': ["'self'"],
    'style-src': ["'self'", "'unsafe-inline'"],
    'font-src': ["'self'"],
    'img-src': ["'self'", 'data:'],
    'connect-src': withAuthority("'self'"),
    'form-action': withAuthority("'self'"),
    'frame-ancestors': ["'none'"],
    'base-uri': ["'self'"],
    'object-src': ["'none'"],
  };
}

/**
 * The API answers JSON, never pages: a browser that renders one of its answers loads nothing,
 * runs nothing and frames nothing. (The GraphQL landing page is disabled, so nothing needs more.)
 */
export function apiContentSecurityPolicy(): CspDirectives {
  return {
    'default-src': ["'none'"],
    'frame-ancestors': ["'none'"],
    'base-uri': ["'none'"],
    'form-action': ["'none'"],
  };
}

/**
 * One set of headers for the web app and the API, differing only in the content security policy:
 * HSTS for a year with subdomains, nosniff, no framing, no referrer, no X-Powered-By.
 */
export function securityHeaderOptions(directives: CspDirectives): HelmetOptions {
  return {
    contentSecurityPolicy: { useDefaults: false, directives },
    strictTransportSecurity: { maxAge: 31_536_000, includeSubDomains: true },
    referrerPolicy: { policy: 'no-referrer' },
    xFrameOptions: { action: 'deny' },
    xContentTypeOptions: true,
    // Helmet also removes X-Powered-By (its default).
  };
}
