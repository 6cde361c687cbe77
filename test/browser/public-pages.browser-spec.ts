import type { Browser } from 'playwright-core';
import { launchBrowser, openSession, signIn, visited } from './kit/browser';

describe('the web application shell', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it.each(['fi', 'sv'] as const)('a visitor opens the front page and the sign-in page in %s', async (language) => {
    const { context, page, offOrigin } = await openSession(browser, language);
    await page.goto('/');
    expect(await page.locator('html').getAttribute('lang')).toBe(language);
    await visited(page, `front-page-${language}`);
    await page.goto('/signin');
    await page.locator('li.dev-user').first().waitFor();
    await visited(page, `sign-in-${language}`);
    expect(offOrigin).toEqual([]);
    await context.close();
  });

  it('an employer signs in from the list of demo users and sees their name and organisation', async () => {
    const { context, page } = await openSession(browser);
    await signIn(page, 'tyonantaja.helsinki@ytmt.example');
    await expect(page.getByTestId('signed-in-user').textContent()).resolves.toMatch(/\S/);
    await context.close();
  });

  it.each([
    ['fi', 'Kohtaannon laatu'],
    ['sv', 'Matchningens kvalitet (på finska)'],
  ] as const)('a visitor follows the footer to the matching quality report (%s)', async (language, linkText) => {
    const { context, page, offOrigin } = await openSession(browser, language);
    await page.goto('/');
    await page.locator('footer').getByRole('link', { name: linkText }).click();
    await page.waitForURL('**/matching-quality.html');
    // The report, not the app's history fallback: its own heading, the engine version and charts with tables.
    await expect(page.locator('h1').textContent()).resolves.toContain('Kohtaannon laatu');
    await expect(page.locator('main').textContent()).resolves.toMatch(/match-\d+\.\d+\.\d+/);
    expect(await page.locator('svg').count()).toBeGreaterThan(2);
    expect(await page.locator('table').count()).toBeGreaterThanOrEqual(await page.locator('svg').count());
    await visited(page, `matching-quality-${language}`);
    expect(offOrigin).toEqual([]);
    await context.close();
  });

  it('an unknown address shows a not-found page, not a blank one', async () => {
    const { context, page } = await openSession(browser);
    await page.goto('/ei-ole-olemassa');
    await page.getByTestId('error-notFound').waitFor();
    await visited(page, 'not-found-fi');
    await context.close();
  });
});
