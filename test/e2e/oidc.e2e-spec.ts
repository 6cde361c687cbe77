import { Role } from '@ytmt/core';
import { createApp, GraphQLClient, OidcServer, signInWithOidc, startOidcServer, TestApp } from '@ytmt/test-kit';

const ME = '{ me { email displayName roles memberships { role organization { name } } } }';
// The provider never calls it: the test reads the code off the redirect.
const WEB_ORIGIN = 'http://localhost:4173';
const REDIRECT_URI = `${WEB_ORIGIN}/auth/callback`;

interface Me {
  email: string;
  displayName: string;
  roles: Role[];
  memberships: { role: Role; organization: { name: string } | null }[];
}

describe('Sign-in at a real OpenID provider (Authorization Code with PKCE)', () => {
  let oidc: OidcServer;
  let app: TestApp;
  beforeAll(async () => {
    oidc = await startOidcServer({ redirectUris: [REDIRECT_URI], postLogoutRedirectUris: [`${WEB_ORIGIN}/`] });
    app = await createApp({
      env: {
        AUTH_JWKS_URL: oidc.jwksUrl,
        AUTH_ISSUER: oidc.issuer,
        AUTH_AUDIENCE: oidc.audience,
        AUTH_OIDC_AUTHORITY: oidc.issuer,
        AUTH_OIDC_CLIENT_ID: oidc.clientId,
        AUTH_DEV_LOGIN: 'false',
      },
    });
    // An account a coordinator created for a new employer user: not a demo user, not yet linked.
    const [{ id: userId }] = (await app.dataSource.query(
      `INSERT INTO app_user (email, display_name) VALUES ('henna.hakkarainen@konepaja.example', 'Henna Hakkarainen') RETURNING id`,
    )) as { id: string }[];
    await app.dataSource.query(
      `INSERT INTO membership (user_id, organization_id, role)
       SELECT $1, id, 'EMPLOYER_USER' FROM organization WHERE name = 'Lahden Konepaja Oy'`,
      [userId],
    );
  });
  afterAll(async () => {
    await app?.close();
    await oidc?.stop();
  });

  it('tells the web app where to sign in', async () => {
    const response = await fetch(`${app.url}/app-config.json`);
    expect(await response.json()).toEqual({
      devLogin: false,
      oidc: { authority: oidc.issuer, clientId: 'ytmt-web', scope: 'openid email profile' },
      environment: 'test',
    });
  });

  it('links the account on first sign-in and answers me with the linked user', async () => {
    const { accessToken } = await signInWithOidc(oidc, { login: 'Henna.Hakkarainen@konepaja.example', redirectUri: REDIRECT_URI });
    const { me } = await new GraphQLClient(app.graphqlUrl, accessToken).data<{ me: Me }>(ME);
    expect(me).toEqual({
      email: 'henna.hakkarainen@konepaja.example',
      displayName: 'Henna Hakkarainen',
      roles: [Role.EMPLOYER_USER],
      memberships: [{ role: Role.EMPLOYER_USER, organization: { name: 'Lahden Konepaja Oy' } }],
    });
    const [linked] = (await app.dataSource.query(`SELECT auth_issuer, auth_subject FROM app_user WHERE email = $1`, [me.email])) as {
      auth_issuer: string;
      auth_subject: string;
    }[];
    expect(linked).toEqual({ auth_issuer: oidc.issuer, auth_subject: 'Henna.Hakkarainen@konepaja.example' });

    // The second sign-in finds the user by the provider's subject.
    const again = await signInWithOidc(oidc, { login: 'Henna.Hakkarainen@konepaja.example', redirectUri: REDIRECT_URI });
    const second = await new GraphQLClient(app.graphqlUrl, again.accessToken).data<{ me: Me }>('{ me { email } }');
    expect(second.me.email).toBe('henna.hakkarainen@konepaja.example');
  });

  it('refuses a person the platform does not know', async () => {
    const { accessToken } = await signInWithOidc(oidc, { login: 'tuntematon', redirectUri: REDIRECT_URI });
    const result = await new GraphQLClient(app.graphqlUrl, accessToken).request(ME);
    expect(result.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('never links a demo user to an outside identity', async () => {
    const { accessToken } = await signInWithOidc(oidc, { login: 'tyonantaja.lahti@ytmt.example', redirectUri: REDIRECT_URI });
    const result = await new GraphQLClient(app.graphqlUrl, accessToken).request(ME);
    expect(result.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('refuses a token with the wrong audience: the ID token, meant for the web app', async () => {
    const { idToken } = await signInWithOidc(oidc, { login: 'henna.hakkarainen@konepaja.example', redirectUri: REDIRECT_URI });
    const result = await new GraphQLClient(app.graphqlUrl, idToken).request(ME);
    expect(result.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(result.errors?.[0].message).toMatch(/aud claim/);
  });
});
