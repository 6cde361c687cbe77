import { Role } from '@ytmt/core';
import { createApp, signIn, TestApp, USER_FOR_ROLE } from '@ytmt/test-kit';

async function openSession(app: TestApp, token: string | null): Promise<Response> {
  return fetch(`${app.url}/admin/queues/session`, { method: 'POST', headers: token ? { authorization: `Bearer ${token}` } : {} });
}

/** The name=value part of the dashboard's Set-Cookie header. */
function cookieOf(response: Response): string {
  const header = response.headers.get('set-cookie') ?? '';
  return header.split(';')[0];
}

describe('Queue dashboard (bull-board) at /admin/queues', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createApp();
  });
  afterAll(() => app.close());

  it('refuses anonymous callers, bearer tokens alone and made-up sessions', async () => {
    for (const path of ['/admin/queues', '/admin/queues/api/queues']) {
      expect((await fetch(`${app.url}${path}`, { headers: { accept: 'text/html' } })).status).toBe(401);
      const admin = await signIn(app, Role.PLATFORM_ADMIN);
      // A navigation carries no token; and a token alone is no session even when sent.
      expect((await fetch(`${app.url}${path}`, { headers: { authorization: `Bearer ${admin.token}` } })).status).toBe(401);
      expect((await fetch(`${app.url}${path}`, { headers: { cookie: `ytmt_queue_dashboard=${'A'.repeat(43)}` } })).status).toBe(401);
    }
    const anonymous = await openSession(app, null);
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get('set-cookie')).toBeNull();
  });

  it('gives no session to a user who is not a platform admin', async () => {
    for (const role of [Role.COORDINATOR, Role.AREA_ADMIN]) {
      const user = await signIn(app, role);
      const refused = await openSession(app, user.token);
      expect(refused.status).toBe(403);
      expect(refused.headers.get('set-cookie')).toBeNull();
    }
  });

  it('serves a platform admin after the session POST, with a strict cookie, page and API alike', async () => {
    const admin = await signIn(app, Role.PLATFORM_ADMIN);
    const opened = await openSession(app, admin.token);
    expect(opened.status).toBe(204);
    const setCookie = opened.headers.get('set-cookie') ?? '';
    expect(setCookie).toMatch(/^ytmt_queue_dashboard=[A-Za-z0-9_-]{43}; /);
    expect(setCookie).toContain('Path=/admin/queues');
    expect(setCookie).toContain('HttpOnly');
    expect(setCookie).toContain('SameSite=Strict');
    expect(setCookie).toMatch(/Max-Age=\d+/);
    const cookie = cookieOf(opened);

    const page = await fetch(`${app.url}/admin/queues`, { headers: { cookie, accept: 'text/html' } });
    expect(page.status).toBe(200);
    expect(page.headers.get('cache-control')).toBe('no-store');
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(page.headers.get('x-powered-by')).toBeNull();
    const html = await page.text();
    expect(html).toContain('<base href="/admin/queues/');
    // Nothing from another origin: bull-board's Google Fonts link is taken out.
    expect(html).not.toMatch(/https?:\/\/(?!127\.0\.0\.1|localhost)[^"']*"/);

    const api = await fetch(`${app.url}/admin/queues/api/queues`, { headers: { cookie } });
    expect(api.status).toBe(200);
    const { queues } = (await api.json()) as { queues: { name: string }[] };
    expect(queues.map((queue) => queue.name).sort()).toEqual(['maintenance', 'matching', 'notifications', 'search-index']);

    // A write from another origin is refused even with the cookie (which SameSite=Strict already withholds).
    const foreign = await fetch(`${app.url}/admin/queues/api/queues/maintenance/pause`, { method: 'PUT', headers: { cookie, origin: 'https://evil.example' } });
    expect(foreign.status).toBe(403);
  });

  it('reads the roles again on every request: a session ends with the admin role', async () => {
    const admin = await signIn(app, Role.PLATFORM_ADMIN);
    const cookie = cookieOf(await openSession(app, admin.token));
    expect((await fetch(`${app.url}/admin/queues/api/queues`, { headers: { cookie } })).status).toBe(200);
    await app.dataSource.query(
      `DELETE FROM membership WHERE role = 'PLATFORM_ADMIN' AND user_id = (SELECT id FROM app_user WHERE email = $1)`,
      [USER_FOR_ROLE[Role.PLATFORM_ADMIN]],
    );
    expect((await fetch(`${app.url}/admin/queues/api/queues`, { headers: { cookie } })).status).toBe(403);
    // And the session is gone, not just refused this once.
    expect((await fetch(`${app.url}/admin/queues/api/queues`, { headers: { cookie } })).status).toBe(401);
  });
});
