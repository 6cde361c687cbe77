import { parseConfig } from '../../src/config/config.schema';
import { apiContentSecurityPolicy, webContentSecurityPolicy } from '../../src/web/web-security-headers';

describe('webContentSecurityPolicy', () => {
  it('allows only the app itself, plus run-time styles', () => {
    expect(webContentSecurityPolicy(parseConfig({}))).toEqual({
      'default-src': ["'self'"],
      'script-src': ["'self'"],
      'style-src': ["'self'", "'unsafe-inline'"],
      'font-src': ["'self'"],
      'img-src': ["'self'", 'data:'],
      'connect-src': ["'self'"],
      'form-action': ["'self'"],
      'frame-ancestors': ["'none'"],
      'base-uri': ["'self'"],
      'object-src': ["'none'"],
    });
  });

  it('lets the browser reach the identity provider by its origin', () => {
    const policy = webContentSecurityPolicy(
      parseConfig({ AUTH_OIDC_AUTHORITY: 'https://tunnistus.example:8443/realms/ytmt/', AUTH_OIDC_CLIENT_ID: 'ytmt-web' }),
    );
    expect(policy['connect-src']).toEqual(["'self'", 'https://tunnistus.example:8443']);
    expect(policy['form-action']).toEqual(["'self'", 'https://tunnistus.example:8443']);
    expect(policy['script-src']).toEqual(["'self'"]);
  });
});

describe('apiContentSecurityPolicy', () => {
  it('lets an API answer load, run and frame nothing', () => {
    expect(apiContentSecurityPolicy()).toEqual({
      'default-src': ["'none'"],
      'frame-ancestors': ["'none'"],
      'base-uri': ["'none'"],
      'form-action': ["'none'"],
    });
  });
});
