// A real OpenID provider (oidc-provider v9) for tests and local sign-in trials. Plain Node ESM on
// purpose: oidc-provider is ESM-only, so Jest never loads it; test/kit/oidc-server.ts spawns this.
//
//   node test/kit/oidc-server.mjs [port]
//
// Settings (environment):
//   OIDC_PORT                      port when none is given as an argument; 0 (default) picks a free one
//   OIDC_ISSUER                    issuer URL; default http://127.0.0.1:<port>
//   OIDC_REDIRECT_URIS             comma-separated; default http://localhost:5173/auth/callback
//   OIDC_POST_LOGOUT_REDIRECT_URIS comma-separated; default http://localhost:5173/
//   OIDC_AUDIENCE                  `aud` of access tokens; default ytmt-api-oidc-test
//   OIDC_CLIENT_ID                 default ytmt-web
//
// When listening it prints one JSON line to stdout: {"issuer": "...", "port": N}.
// Sign-in uses the provider's development form: any login name and any password. A login that
// contains @ is the e-mail address itself; otherwise the address is <login>@ytmt.example.
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import Provider from 'oidc-provider';

const RESOURCE = 'urn:ytmt:api';
const SCOPE = 'openid email profile';

const list = (value, fallback) =>
  (value ?? fallback)
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);

const requestedPort = Number(process.argv[2] ?? process.env.OIDC_PORT ?? 0);
if (!Number.isInteger(requestedPort) || requestedPort < 0 || requestedPort > 65535) {
  process.stderr.write(`oidc-server: bad port "${process.argv[2] ?? process.env.OIDC_PORT}"\n`);
  process.exit(2);
}
const audience = process.env.OIDC_AUDIENCE || 'ytmt-api-oidc-test';
const clientId = process.env.OIDC_CLIENT_ID || 'ytmt-web';
const redirectUris = list(process.env.OIDC_REDIRECT_URIS, 'http://localhost:5173/auth/callback');
const postLogoutRedirectUris = list(process.env.OIDC_POST_LOGOUT_REDIRECT_URIS, 'http://localhost:5173/');

function account(login) {
  const email = login.includes('@') ? login.toLowerCase() : `${login.toLowerCase()}@ytmt.example`;
  const name = login.split('@')[0];
  return { sub: login, email, email_verified: true, name };
}

// A key of its own per run: tokens of one run never verify in another.
const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
const jwks = { keys: [{ ...privateKey.export({ format: 'jwk' }), kid: `test-${randomBytes(4).toString('hex')}`, use: 'sig', alg: 'RS256' }] };

const server = createServer();
await new Promise((resolve, reject) => {
  server.once('error', reject);
  server.listen(requestedPort, '127.0.0.1', resolve);
});
const { port } = server.address();
const issuer = process.env.OIDC_ISSUER || `http://127.0.0.1:${port}`;

const provider = new Provider(issuer, {
  clients: [
    {
      client_id: clientId,
      token_endpoint_auth_method: 'none',
      grant_types: ['authorization_code', 'refresh_token'],
      response_types: ['code'],
      redirect_uris: redirectUris,
      post_logout_redirect_uris: postLogoutRedirectUris,
    },
  ],
  jwks,
  cookies: { keys: [randomBytes(32).toString('base64url')] },
  claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
  scopes: ['openid', 'offline_access', 'email', 'profile'],
  async findAccount(_ctx, id) {
    return { accountId: id, claims: () => account(id) };
  },
  features: {
    devInteractions: { enabled: true },
    resourceIndicators: {
      enabled: true,
      defaultResource: () => RESOURCE,
      // Without it a token request with the openid scope and no `resource` parameter (what a
      // browser client sends) would get an opaque userinfo token instead of the API's JWT.
      useGrantedResource: () => true,
      getResourceServerInfo: () => ({ scope: SCOPE, audience, accessTokenFormat: 'jwt' }),
    },
  },
  // The API reads the e-mail address from the access token to link a known account.
  async extraTokenClaims(_ctx, token) {
    if (!token.accountId) return undefined;
    const { email, email_verified } = account(token.accountId);
    return { email, email_verified };
  },
  // A public client in a browser calls the token endpoint across origins: allow its own origins.
  clientBasedCORS(_ctx, origin, client) {
    return [...client.redirectUris, ...(client.postLogoutRedirectUris ?? [])].some((uri) => URL.parse(uri)?.origin === origin);
  },
  renderError(ctx, out) {
    ctx.type = 'json';
    ctx.body = out;
  },
});
provider.on('server_error', (_ctx, error) => process.stderr.write(`oidc-server: ${error.stack ?? error}\n`));

server.on('request', provider.callback());
process.stdout.write(`${JSON.stringify({ issuer, port })}\n`);

const stop = () => server.close(() => process.exit(0));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
