import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { Client } from 'pg';
import type { Browser } from 'playwright-core';
import { startOidcServer, type OidcServer } from '../kit/oidc-server';
import { devToken, graphql } from './kit/api';
import { launchBrowser, openSession, signIn, visited } from './kit/browser';
import { stack } from './kit/stack';

const ROOT = join(__dirname, '..', '..');

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

describe('signing in', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('an expired session returns to sign-in and then to the page the person was on', async () => {
    const { context, page } = await openSession(browser);
    await signIn(page, 'koordinaattori.kymppi@ytmt.example', '/notifications');
    // The identity provider's token ran out: the API refuses it from now on.
    await page.evaluate(() => {
      const stored = JSON.parse(window.sessionStorage.getItem('ytmt.session') ?? '{}') as Record<string, unknown>;
      window.sessionStorage.setItem('ytmt.session', JSON.stringify({ ...stored, token: 'eyJhbGciOiJFUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln' }));
    });
    await page.reload();
    await page.waitForURL(/\/signin\?expired=1&returnTo=%2Fnotifications/);
    await page.getByText('Istuntosi on päättynyt').waitFor();
    await visited(page, 'sign-in-expired-fi');
    await page.locator('li.dev-user', { hasText: 'koordinaattori.kymppi@ytmt.example' }).getByRole('button').click();
    await page.waitForURL((url) => url.pathname === '/notifications');
    await context.close();
  });

  it('a person who acts for two organisations chooses one, and the header shows the choice', async () => {
    // The company's admin adds a consultant of a provider as a member of the company (the care
    // home's: the company journey counts the engineering works' users).
    const admin = await devToken('tyonantaja.helsinki@ytmt.example');
    const { me } = await graphql<{ me: { memberships: { organization: { id: string; name: string } | null }[] } }>(
      '{ me { memberships { organization { id name } } } }',
      {},
      admin,
    );
    const company = me.memberships[0].organization!;
    // By invitation, which the consultant accepts signed in with the invited address.
    const { inviteCompanyUser } = await graphql<{ inviteCompanyUser: { token: string } }>(
      'mutation($companyId: ID!, $input: CompanyInvitationInput!) { inviteCompanyUser(companyId: $companyId, input: $input) { token } }',
      { companyId: company.id, input: { email: 'palveluntuottaja.yrityspolku@ytmt.example', role: 'MEMBER' } },
      admin,
    );
    await graphql(
      'mutation($token: String!) { acceptCompanyInvitation(token: $token) { id } }',
      { token: inviteCompanyUser.token },
      await devToken('palveluntuottaja.yrityspolku@ytmt.example'),
    );

    const { context, page } = await openSession(browser, 'sv');
    await signIn(page, 'palveluntuottaja.yrityspolku@ytmt.example', '/needs');
    await page.getByRole('heading', { level: 1, name: 'Välj organisation' }).waitFor();
    await visited(page, 'choose-organization-sv');
    await page.getByRole('button', { name: company.name }).click();
    await page.getByRole('heading', { level: 1 }).filter({ hasNotText: 'Välj organisation' }).waitFor();
    expect(page.url()).toMatch(/\/needs$/);
    // The header's organisation menu shows whom the person acts for now.
    await expect(page.locator('.org-picker').textContent()).resolves.toContain(company.name);
    await context.close();
  });

  describe('through OpenID Connect (Authorization Code with PKCE)', () => {
    let oidc: OidcServer;
    let api: ChildProcess;
    let baseUrl: string;

    beforeAll(async () => {
      const port = await freePort();
      baseUrl = `http://localhost:${port}`;
      oidc = await startOidcServer({ redirectUris: [`${baseUrl}/auth/callback`], postLogoutRedirectUris: [`${baseUrl}/`] });
      // An account a coordinator opened for a new employer user: not a demo user, not yet linked.
      const db = new Client({ connectionString: stack().databaseUrl });
      await db.connect();
      try {
        const [{ id }] = (
          await db.query(`INSERT INTO app_user (email, display_name) VALUES ('henna.hakkarainen@konepaja.example', 'Henna Hakkarainen') RETURNING id`)
        ).rows as { id: string }[];
        await db.query(`INSERT INTO membership (user_id, organization_id, role) SELECT $1, id, 'EMPLOYER_USER' FROM organization WHERE name = 'Lahden Konepaja Oy'`, [id]);
      } finally {
        await db.end();
      }
      // A second API on the same database, configured as production is: OIDC only, no dev login.
      api = spawn(process.execPath, ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register', join(ROOT, 'apps', 'api', 'src', 'main.ts')], {
        cwd: ROOT,
        stdio: 'ignore',
        env: {
          ...process.env,
          TS_NODE_PROJECT: join(ROOT, 'tsconfig.json'),
          PORT: String(port),
          DATABASE_URL: stack().databaseUrl,
          QUEUE_PREFIX: stack().queuePrefix,
          WEB_DIST_DIR: stack().webDist,
          LOG_LEVEL: 'error',
          AUTH_DEV_LOGIN: 'false',
          AUTH_JWKS_URL: oidc.jwksUrl,
          AUTH_ISSUER: oidc.issuer,
          AUTH_AUDIENCE: oidc.audience,
          AUTH_OIDC_AUTHORITY: oidc.issuer,
          AUTH_OIDC_CLIENT_ID: oidc.clientId,
        },
      });
      for (let i = 0; i < 240; i++) {
        try {
          if ((await fetch(`${baseUrl}/health`)).ok) return;
        } catch {
          // starting
        }
        await new Promise((resolve) => setTimeout(resolve, 500));
      }
      throw new Error('The OIDC-configured API did not start');
    }, 180_000);

    afterAll(async () => {
      api?.kill('SIGTERM');
      await oidc?.stop();
    });

    it('an employer signs in at the identity provider and comes back to the page they asked for', async () => {
      const context = await browser.newContext({ baseURL: baseUrl, locale: 'fi-FI' });
      const page = await context.newPage();
      const requests: string[] = [];
      // Requests of the platform's own pages (the provider's login page is the provider's business).
      context.on('request', (request) => {
        if (request.frame().url().startsWith(baseUrl)) requests.push(new URL(request.url()).origin);
      });
      await page.goto('/notifications');
      await page.waitForURL(/\/signin\?returnTo=%2Fnotifications/);
      // No demo users here: only the identity provider.
      await expect(page.locator('li.dev-user').count()).resolves.toBe(0);
      await visited(page, 'sign-in-oidc-fi');
      await page.getByRole('button', { name: 'Kirjaudu tunnistautumispalvelussa' }).click();
      // The provider's own login and consent pages.
      await page.waitForURL((url) => url.origin === new URL(oidc.issuer).origin);
      await page.locator('input[name="login"]').fill('henna.hakkarainen@konepaja.example');
      await page.locator('input[name="password"]').fill('salasana');
      await page.locator('button[type="submit"]').click();
      await page.locator('button[type="submit"]').click();
      await page.waitForURL((url) => url.origin === baseUrl && url.pathname === '/notifications');
      await expect(page.getByTestId('signed-in-user').filter({ hasText: 'Henna' }).textContent()).resolves.toBe('Henna Hakkarainen');
      await expect(page.getByTestId('current-organization').textContent()).resolves.toBe('Lahden Konepaja Oy');
      // Tokens live in this tab's session storage, never in localStorage.
      const local = await page.evaluate(() => JSON.stringify(window.localStorage));
      expect(local).not.toMatch(/eyJ/);
      // The browser spoke to the platform and the identity provider only.
      expect([...new Set(requests)].sort()).toEqual([baseUrl, new URL(oidc.issuer).origin].sort());
      await context.close();
    });
  });
});
