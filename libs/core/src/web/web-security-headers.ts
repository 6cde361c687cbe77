// Pure: the response headers that guard the web app in the browser.
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
