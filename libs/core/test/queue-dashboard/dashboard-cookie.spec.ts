import { dashboardCookie, readDashboardCookie } from '../../src/queue-dashboard/dashboard-cookie';

describe('dashboard cookie', () => {
  it('is HttpOnly, SameSite=Strict and limited to the dashboard, Secure over HTTPS', () => {
    const cookie = dashboardCookie('abc', 900, true);
    expect(cookie.split('; ')).toEqual(['ytmt_queue_dashboard=abc', 'Path=/admin/queues', 'Max-Age=900', 'HttpOnly', 'SameSite=Strict', 'Secure']);
    expect(dashboardCookie('abc', 900, false)).not.toContain('Secure');
  });

  it('is read from among other cookies, and only by its exact name', () => {
    expect(readDashboardCookie('a=1; ytmt_queue_dashboard=s3cr3t; b=2')).toBe('s3cr3t');
    expect(readDashboardCookie('xytmt_queue_dashboard=nope')).toBeNull();
    expect(readDashboardCookie(undefined)).toBeNull();
  });
});
