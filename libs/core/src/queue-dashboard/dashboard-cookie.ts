// Pure: the dashboard's session cookie.

export const QUEUE_DASHBOARD_PATH = '/admin/queues';
export const DASHBOARD_COOKIE = 'ytmt_queue_dashboard';

/** The cookie's value from a Cookie header, or null. */
export function readDashboardCookie(header: string | string[] | undefined): string | null {
  const value = Array.isArray(header) ? header.join('; ') : header;
  if (!value) return null;
  for (const part of value.split(';')) {
    const separator = part.indexOf('=');
    if (separator > 0 && part.slice(0, separator).trim() === DASHBOARD_COOKIE) return part.slice(separator + 1).trim();
  }
  return null;
}

/**
 * HttpOnly (no script reads it), SameSite=Strict (no other site's page makes the browser send it,
 * so the dashboard's buttons cannot be pressed from elsewhere), sent to the dashboard's path only,
 * Secure whenever the request came over HTTPS.
 */
export function dashboardCookie(value: string, maxAgeSeconds: number, secure: boolean): string {
  return [
    `${DASHBOARD_COOKIE}=${value}`,
    `Path=${QUEUE_DASHBOARD_PATH}`,
    `Max-Age=${maxAgeSeconds}`,
    'HttpOnly',
    'SameSite=Strict',
    ...(secure ? ['Secure'] : []),
  ].join('; ');
}
