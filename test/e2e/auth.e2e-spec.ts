import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, KeyLike, SignJWT } from 'jose';
import { DevKeyStore, Role } from '@ytmt/core';
import { anonymous, createApp, GraphQLClient, signIn, TestApp } from '@ytmt/test-kit';

const ME = '{ me { email displayName roles memberships { role organization { name sector type } } } }';

describe('Authentication and authorisation', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createApp();
  });
  afterAll(() => app.close());

  it('denies by default: no token, a malformed header or a garbage token is UNAUTHENTICATED', async () => {
    expect((await anonymous(app).request(ME)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const malformed = await anonymous(app).withHeaders({ authorization: 'Basic dXNlcjpwYXNz' }).request(ME);
    expect(malformed.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const garbage = await new GraphQLClient(app.graphqlUrl, 'not.a.jwt').request(ME);
    expect(garbage.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    // An invalid token is refused even on a public field, so nobody acts anonymously by mistake.
    const onPublic = await new GraphQLClient(app.graphqlUrl, 'not.a.jwt').request('{ employmentAreas { code } }');
    expect(onPublic.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('refuses an expired token', async () => {
    const [{ id, email }] = await app.dataSource.query(`SELECT id, email FROM app_user WHERE email = 'koordinaattori.lahti@ytmt.example'`);
    const expired = await app.app.get(DevKeyStore).sign(id, email, -120);
    const result = await new GraphQLClient(app.graphqlUrl, expired).request(ME);
    expect(result.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(result.errors?.[0].message).toMatch(/expired/);
  });

  it('signs in demo users of every role through devLogin and lists them in devUsers', async () => {
    const { devUsers } = await anonymous(app).data<{ devUsers: { email: string; roles: Role[] }[] }>('{ devUsers { email roles } }');
    const roles = new Set(devUsers.flatMap((u) => u.roles));
    expect([...roles].sort()).toEqual(Object.values(Role).sort());

    const coordinator = await signIn(app, Role.COORDINATOR);
    const { me } = await coordinator.data<{ me: { email: string; roles: Role[]; memberships: { organization: { type: string } }[] } }>(ME);
    expect(me.email).toBe('koordinaattori.lahti@ytmt.example');
    expect(me.roles).toEqual([Role.COORDINATOR]);
    expect(me.memberships[0].organization.type).toBe('EMPLOYMENT_AREA');

    const unknown = await anonymous(app).request('mutation { devLogin(email: "ei.ole@ytmt.example") { token } }');
    expect(unknown.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'email' }] });
    const notEmail = await anonymous(app).request('mutation { devLogin(email: "x") { token } }');
    expect(notEmail.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'email' }] });
  });

  it('answers FORBIDDEN when a role lacks the permission, per organisation', async () => {
    const employer = await signIn(app, Role.EMPLOYER_USER);
    const list = await employer.request('{ organizations(first: 5) { totalCount } }');
    expect(list.errors?.[0].extensions?.code).toBe('FORBIDDEN');

    const [{ id: otherOrganization }] = await app.dataSource.query(`SELECT id FROM organization WHERE name = 'Hoivakoti Kotikallio Oy'`);
    const other = await employer.request('query ($id: ID!) { organization(id: $id) { name } }', { id: otherOrganization });
    expect(other.errors?.[0].extensions?.code).toBe('FORBIDDEN');

    const [{ id: ownOrganization }] = await app.dataSource.query(`SELECT id FROM organization WHERE name = 'Lahden Konepaja Oy'`);
    const own = await employer.data<{ organization: { name: string; businessId: string } }>(
      'query ($id: ID!) { organization(id: $id) { name businessId } }',
      { id: ownOrganization },
    );
    expect(own.organization).toEqual({ name: 'Lahden Konepaja Oy', businessId: '9100010-1' });

    const admin = await signIn(app, Role.PLATFORM_ADMIN);
    const all = await admin.data<{ organizations: { totalCount: number } }>('{ organizations(first: 5) { totalCount } }');
    expect(all.organizations.totalCount).toBeGreaterThanOrEqual(13);
  });
});

describe('Tokens from an OIDC identity provider (JWKS)', () => {
  let app: TestApp;
  let server: Server;
  let key: KeyLike;
  const issuer = 'https://tunnistus.example/oidc';
  const audience = 'ytmt-api';

  const token = (claims: { sub: string; email?: string }, options: { audience?: string; issuer?: string; ttl?: number } = {}) =>
    new SignJWT({ email: claims.email, email_verified: true })
      .setProtectedHeader({ alg: 'RS256', kid: 'idp-key-1' })
      .setIssuer(options.issuer ?? issuer)
      .setAudience(options.audience ?? audience)
      .setSubject(claims.sub)
      .setIssuedAt()
      .setExpirationTime(Math.floor(Date.now() / 1000) + (options.ttl ?? 600))
      .sign(key);

  beforeAll(async () => {
    const pair = await generateKeyPair('RS256');
    key = pair.privateKey;
    const jwks = { keys: [{ ...(await exportJWK(pair.publicKey)), kid: 'idp-key-1', alg: 'RS256', use: 'sig' }] };
    server = createServer((_, response) => {
      response.setHeader('content-type', 'application/json');
      response.end(JSON.stringify(jwks));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    app = await createApp({
      env: {
        AUTH_JWKS_URL: `http://127.0.0.1:${port}/jwks.json`,
        AUTH_ISSUER: issuer,
        AUTH_AUDIENCE: audience,
        AUTH_DEV_LOGIN: 'false',
      },
    });
    await app.dataSource.query(
      `INSERT INTO app_user (email, display_name) VALUES ('yrityskoordinaattori@tyollisyys.example', 'Ulla Uusikoordinaattori')`,
    );
  });
  afterAll(async () => {
    await app.close();
    await new Promise((resolve) => server.close(resolve));
  });

  it('links a known account on first sign-in and recognises the subject afterwards', async () => {
    const first = await new GraphQLClient(app.graphqlUrl, await token({ sub: 'idp-123', email: 'Yrityskoordinaattori@tyollisyys.example' })).data<{ me: { displayName: string } }>('{ me { displayName } }');
    expect(first.me.displayName).toBe('Ulla Uusikoordinaattori');
    const again = await new GraphQLClient(app.graphqlUrl, await token({ sub: 'idp-123' })).data<{ me: { email: string } }>('{ me { email } }');
    expect(again.me.email).toBe('yrityskoordinaattori@tyollisyys.example');
  });

  it('refuses a wrong audience, a wrong issuer, an expired token and an unknown user', async () => {
    const cases = [
      await token({ sub: 'idp-123' }, { audience: 'another-api' }),
      await token({ sub: 'idp-123' }, { issuer: 'https://evil.example' }),
      await token({ sub: 'idp-123' }, { ttl: -60 }),
      await token({ sub: 'idp-unknown', email: 'tuntematon@tyollisyys.example' }),
    ];
    for (const jwt of cases) {
      const result = await new GraphQLClient(app.graphqlUrl, jwt).request('{ me { email } }');
      expect(result.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    }
  });

  it('has no development login in this configuration', async () => {
    const result = await anonymous(app).request('mutation { devLogin(email: "paakayttaja@ytmt.example") { token } }');
    expect(result.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});
