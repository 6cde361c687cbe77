import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { session } from '../../shared/auth/session';
import { renderPage, setUpPageTest } from '../../test-kit/render-page';
import AdminHomePage from './AdminHomePage';
import { openQueueDashboard } from './queue-dashboard';

vi.mock('../../shared/api/client', () => import('../../test-kit/api-stub'));

/** A token the session accepts: only its expiry is read in the browser. */
function fakeToken(): string {
  const part = (value: object) => btoa(JSON.stringify(value)).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
  return `${part({ alg: 'RS256' })}.${part({ exp: Math.floor(Date.now() / 1000) + 3600 })}.signature`;
}

describe('the queue dashboard on the admin landing', { timeout: 30_000 }, () => {
  setUpPageTest({ shims: true });
  afterEach(() => {
    vi.unstubAllGlobals();
    session.end();
  });

  it("exchanges the admin's token for the dashboard session, then goes to /admin/queues", async () => {
    const token = fakeToken();
    session.start(token, 'dev');
    const fetchMock = vi.fn(async () => new Response(null, { status: 204 }));
    vi.stubGlobal('fetch', fetchMock);
    const navigate = vi.fn();
    expect(await openQueueDashboard(navigate)).toBe(true);
    expect(fetchMock).toHaveBeenCalledWith('/admin/queues/session', expect.objectContaining({ method: 'POST', headers: { authorization: `Bearer ${token}` } }));
    expect(navigate).toHaveBeenCalledWith('/admin/queues');
  });

  it('stays on the page and says so when the API refuses', async () => {
    session.start(fakeToken(), 'dev');
    vi.stubGlobal('fetch', vi.fn(async () => new Response(null, { status: 403 })));
    renderPage(<AdminHomePage />);
    await userEvent.click(screen.getByRole('button', { name: 'Avaa jonojen seuranta' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Jonojen seurantaa ei voitu avata.');
  });
});
