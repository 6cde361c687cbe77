import { openSession, visited } from './kit/browser';
import { client, closeSession, DEMO, eventually, journey, signedIn } from './kit/journeys';

// The indicators: a Helsinki coordinator sees the association credited for the demo's brokered
// hire (a coordinator handed the cleaner need to Silta ry, whose proposal the employer accepted
// before the hire; libs/demo DEMO_BROKERED_HIRE); a visitor's public page, in Swedish, shows no
// figure under five, and narrowing it to one area reveals nothing the national view hides.

const SILTA = 'Monikulttuurinen yhdistys Silta ry';
const YEAR = new Date().getFullYear();
const PUBLIC = `query ($year: Int!, $areaId: ID) { publicInsights(year: $year, areaId: $areaId) {
  areas { id } cells { areaId municipalityCode month metric dimension count suppressed } } }`;

interface PublicCell {
  areaId: string | null;
  month: string | null;
  metric: string;
  dimension: string;
  count: number | null;
  suppressed: boolean;
}

describe('indicators', () => {
  const run = journey();

  it('a coordinator opens the indicators of their area and sees the association credited for the hire it brokered', async () => {
    const session = await signedIn(run.browser, 'fi', DEMO.helsinkiCoordinator, '/coordinator/insights');
    const { page } = session;
    // The worker builds the summaries on start and follows changes every 30 s.
    const row = await eventually(
      async () => {
        await page.goto('/coordinator/insights');
        await page.getByTestId('insights-key-figures').waitFor({ timeout: 10_000 });
        const found = page.getByTestId('insights-provider-row').filter({ hasText: SILTA });
        return (await found.count()) > 0 ? found : undefined;
      },
      120_000,
      'the association on the indicators page',
    );
    await visited(page, 'insights-area-fi');
    const cells = await row.locator('td').allTextContents();
    // Sector, proposals, accepted, led to a hire, forwards, forwards leading to a hire.
    expect(cells[0]).toBe('Kolmas sektori');
    expect(cells.slice(1).map((text) => text.trim())).toEqual(['1', '1', '1', '1', '1']);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toContain('Tilannekuva');
    await expect(page.getByRole('link', { name: 'Tilannekuva' }).getAttribute('aria-current')).resolves.toBe('page');

    // The assistant's remarks the area's employers dismissed, by kind, with the chart's table
    // (the demo's care-assistant need: missing pay, dismissed with a reason).
    const dismissed = page.getByTestId('insights-dismissed-remarks');
    await expect(dismissed.getByRole('img', { name: `Hylätyt huomiot ${YEAR}` }).count()).resolves.toBe(1);
    const table = dismissed.getByRole('table', { name: `Hylätyt huomiot ${YEAR}` });
    await expect(table.getByRole('row', { name: /Palkkaa ei kerrottu/ }).locator('td').textContent()).resolves.toBe('1');
    // Every kind of remark has its row, zeros included.
    await expect(table.locator('tbody tr').count()).resolves.toBe(8);
    await closeSession(session);
  });

  it('a visitor reads the public statistics in Swedish, never a figure under five, not even by narrowing to one area', async () => {
    const api = await client(DEMO.helsinkiCoordinator);
    const national = (await api.data<{ publicInsights: { areas: { id: string }[]; cells: PublicCell[] } }>(PUBLIC, { year: YEAR })).publicInsights;
    const key = (c: PublicCell) => `${c.areaId}|${c.month}|${c.metric}|${c.dimension}`;
    const wide = new Map(national.cells.map((c) => [key(c), c]));
    for (const { id } of national.areas.slice(0, 5)) {
      const narrow = (await api.data<{ publicInsights: { cells: PublicCell[] } }>(PUBLIC, { year: YEAR, areaId: id })).publicInsights;
      for (const cell of narrow.cells) expect(wide.get(key(cell))).toEqual(cell);
    }
    expect(national.cells.filter((c) => c.count !== null && c.count > 0 && c.count < 5)).toEqual([]);

    const { context, page, offOrigin } = await openSession(run.browser, 'sv');
    await page.goto('/');
    await page.getByRole('link', { name: 'Statistik', exact: true }).click();
    await page.getByTestId('insights-key-figures').waitFor();
    await visited(page, 'insights-public-sv');
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Sysselsättningsområdenas statistik');
    // People's and companies' figures; the service network's counts are of published services (public facts).
    await expect(page.getByTestId('insights-services-category').isVisible()).resolves.toBe(true);
    const figures = await page.locator('section:not([aria-labelledby="insights-services"]) .insights-table td').allTextContents();
    expect(figures.length).toBeGreaterThan(20);
    const numbers = figures.map((text) => text.replace(/\s/g, '')).filter((text) => /^\d+$/.test(text)).map(Number);
    expect(numbers.filter((n) => n > 0 && n < 5)).toEqual([]);
    await closeSession({ context, offOrigin });
  });
});
