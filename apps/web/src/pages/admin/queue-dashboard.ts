import { session } from '../../shared/auth/session';

/** Where the API serves bull-board (see docs/operations/observability.md). */
export const QUEUE_DASHBOARD_PATH = '/admin/queues';

/**
 * A page load carries no bearer token, so the signed-in admin's token is first exchanged for the
 * dashboard's short session cookie (HttpOnly, for /admin/queues only); then the browser goes there.
 * False when the API refused (not a platform admin, signed out) or could not be reached.
 */
export async function openQueueDashboard(navigate: (path: string) => void = (path) => window.location.assign(path)): Promise<boolean> {
  const current = session.get();
  if (!current) return false;
  try {
    const response = await fetch(`${QUEUE_DASHBOARD_PATH}/session`, {
      method: 'POST',
      headers: { authorization: `Bearer ${current.token}` },
      credentials: 'same-origin',
    });
    if (!response.ok) return false;
  } catch {
    return false;
  }
  navigate(QUEUE_DASHBOARD_PATH);
  return true;
}
