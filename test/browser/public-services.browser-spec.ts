import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openSession, visited } from './kit/browser';
import { stack } from './kit/stack';

// Demo catalogue (libs/demo/src/demo-services.ts): two published pay-subsidy services, one of
// them also for people with partial work ability.
const LAHTI_PAY_SUBSIDY = 'Palkkatuki työnantajalle – neuvonta ja hakemusapu';
const LAHTI_PAY_SUBSIDY_SV = 'Lönesubvention för arbetsgivare – rådgivning och hjälp med ansökan';
const HELSINKI_PAY_SUBSIDY = 'Palkkatuki ja kaupungin lisätuki yhdistyksille ja säätiöille';

const resultCount = (page: Page) => page.getByTestId('result-count');
const cardTitles = (page: Page) => page.getByTestId('service-card').locator('h3').allTextContents();

/** Waits until the search has answered (the status shows a count, not "searching"). */
async function countText(page: Page, pattern: RegExp): Promise<string> {
  await resultCount(page).filter({ hasText: pattern }).waitFor();
  await page.locator('ul.services-list[aria-busy="false"]').waitFor();
  return (await resultCount(page).textContent()) ?? '';
}

describe('a visitor looks for services without signing in', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('searches from the front page with an inflected word, narrows by target group, shares the link and opens a service', async () => {
    const { context, page, offOrigin } = await openSession(browser, 'fi');

    // The front page says what the service is for each audience and offers the search.
    await page.goto('/');
    await page.getByRole('heading', { level: 1, name: 'Yritysten työmarkkinatori' }).waitFor();
    for (const heading of ['Työnantajalle', 'Palveluntarjoajalle', 'Yrityskoordinaattorille']) {
      await page.getByRole('heading', { level: 2, name: heading }).waitFor();
    }
    await page.getByRole('link', { name: 'Palkkatuki' }).waitFor();
    await visited(page, 'services-front-page-fi');

    // "palkkatuen" is the genitive of "palkkatuki": the search still finds pay-subsidy services.
    const searchBox = page.getByRole('searchbox', { name: 'Hakusana' });
    await searchBox.fill('palkkatuen');
    await searchBox.press('Enter');
    await page.waitForURL((url) => url.pathname === '/services' && url.searchParams.get('q') === 'palkkatuen');
    const before = await countText(page, /^\d+ palvelua? hakusanalla ”palkkatuen”$/);
    const titles = await cardTitles(page);
    expect(titles).toEqual(expect.arrayContaining([LAHTI_PAY_SUBSIDY, HELSINKI_PAY_SUBSIDY]));
    // The matched words are highlighted.
    const lahtiCard = page.getByTestId('service-card').filter({ hasText: LAHTI_PAY_SUBSIDY });
    const marks = await lahtiCard.locator('mark').allTextContents();
    expect(marks.length).toBeGreaterThan(0);
    for (const mark of marks) expect(mark.toLowerCase()).toMatch(/^palkkatu/);
    // All three sectors' services use the same card with the sector as a plain label.
    await expect(lahtiCard.textContent()).resolves.toContain('Julkinen sektori');

    // Narrowing by a target group: fewer services, and the address remembers the choice.
    const facet = page.getByRole('checkbox', { name: /^Osatyökykyiset \(\d+\)$/ });
    // The design system draws the box on the label, which is what a person clicks.
    await page.getByTestId('facet-targetGroups').locator('label', { hasText: /^Osatyökykyiset/ }).click();
    await page.waitForURL((url) => url.searchParams.getAll('target').includes('PARTIAL_WORK_ABILITY'));
    await page.getByTestId('active-filters').getByText('Osatyökykyiset').waitFor();
    const after = await countText(page, /^\d+ palvelua? hakusanalla/);
    expect(Number.parseInt(after, 10)).toBeLessThan(Number.parseInt(before, 10));
    const narrowed = await cardTitles(page);
    expect(narrowed).toContain(LAHTI_PAY_SUBSIDY);
    expect(narrowed).not.toContain(HELSINKI_PAY_SUBSIDY);
    expect(await facet.isChecked()).toBe(true);
    await visited(page, 'services-search-narrowed-fi');

    // The link works for someone else: a fresh browser gets the same results and the same choice.
    const shared = page.url();
    const other = await openSession(browser, 'fi');
    await other.page.goto(shared);
    await expect(countText(other.page, /^\d+ palvelua? hakusanalla/)).resolves.toBe(after);
    await expect(cardTitles(other.page)).resolves.toEqual(narrowed);
    expect(await other.page.getByRole('checkbox', { name: /^Osatyökykyiset/ }).isChecked()).toBe(true);
    await expect(other.page.getByRole('searchbox', { name: 'Hae palveluita' }).inputValue()).resolves.toBe('palkkatuen');
    expect(other.offOrigin).toEqual([]);
    await other.context.close();

    // Opening a result shows everything a person needs, with a link to its open data.
    await page.getByRole('link', { name: LAHTI_PAY_SUBSIDY }).click();
    await page.getByRole('heading', { level: 1, name: LAHTI_PAY_SUBSIDY }).waitFor();
    await expect(page.getByTestId('service-provider').textContent()).resolves.toBe('Lahden työllisyyspalvelut');
    await expect(page.getByTestId('section-description').textContent()).resolves.toContain('Palkkatuki on työnantajalle maksettava tuki');
    await expect(page.getByTestId('service-price').textContent()).resolves.toBe('Maksuton');
    await expect(page.getByTestId('section-where').textContent()).resolves.toContain('Vesijärvenkatu 11');
    await expect(page.getByTestId('section-contacts').textContent()).resolves.toContain('yrityspalvelut@tyollisyys.lahti.example');
    const serviceId = new URL(page.url()).pathname.split('/').pop()!;
    const hsds = page.getByTestId('hsds-link');
    await expect(hsds.getAttribute('href')).resolves.toBe(`/hsds/services/${serviceId}`);
    await visited(page, 'services-service-page-fi');

    // The HSDS record behind the link is the same service.
    const record = await page.request.get(`${stack().baseUrl}/hsds/services/${serviceId}`);
    expect(record.ok()).toBe(true);
    expect(JSON.stringify(await record.json())).toContain(LAHTI_PAY_SUBSIDY);

    // Back to the results keeps the search.
    await page.getByRole('link', { name: 'Takaisin hakutuloksiin' }).click();
    await page.waitForURL((url) => url.pathname === '/services' && url.searchParams.get('q') === 'palkkatuen');
    await expect(countText(page, /^\d+ palvelua? hakusanalla/)).resolves.toBe(after);

    expect(offOrigin).toEqual([]);
    await context.close();
  });

  it('shows the same search and service in Swedish', async () => {
    const { context, page, offOrigin } = await openSession(browser, 'sv');
    await page.goto('/services?q=palkkatuen&target=PARTIAL_WORK_ABILITY');
    await page.getByRole('heading', { level: 1, name: 'Tjänster' }).waitFor();
    await countText(page, /^\d+ tjänster? med sökordet ”palkkatuen”$/);
    await page.getByRole('group', { name: 'Målgrupp' }).waitFor();
    expect(await page.getByRole('checkbox', { name: /^Personer med partiell arbetsförmåga \(\d+\)$/ }).isChecked()).toBe(true);
    await expect(cardTitles(page)).resolves.toContain(LAHTI_PAY_SUBSIDY_SV);
    await expect(page.getByTestId('service-card').filter({ hasText: LAHTI_PAY_SUBSIDY_SV }).textContent()).resolves.toContain('Offentlig sektor');
    await visited(page, 'services-search-sv');

    await page.getByRole('link', { name: LAHTI_PAY_SUBSIDY_SV }).click();
    await page.getByRole('heading', { level: 1, name: LAHTI_PAY_SUBSIDY_SV }).waitFor();
    await expect(page.getByTestId('service-price').textContent()).resolves.toBe('Avgiftsfri');
    await page.getByRole('heading', { level: 2, name: 'Tjänsteleverantör' }).waitFor();
    // Texts that exist only in Finnish are marked as Finnish.
    await expect(page.getByTestId('section-take-part').locator('[lang="fi"]').first().textContent()).resolves.toContain('Varaa aika');
    await visited(page, 'services-service-page-sv');

    expect(offOrigin).toEqual([]);
    await context.close();
  });

  it('pages through every service and walks back and forward with the browser', async () => {
    const { context, page, offOrigin } = await openSession(browser, 'fi');
    await page.goto('/services');
    const total = Number.parseInt(await countText(page, /^\d+ palvelua?$/), 10);
    expect(total).toBeGreaterThan(10);
    const firstPage = await cardTitles(page);
    expect(firstPage).toHaveLength(10);

    await page.getByRole('button', { name: 'Seuraava sivu' }).click();
    await page.waitForURL((url) => url.searchParams.getAll('after').length === 1);
    await page.getByText(/^Sivu 2 \/ \d+$/).first().waitFor();
    await countText(page, /^\d+ palvelua?$/);
    const secondPage = await cardTitles(page);
    expect(secondPage.length).toBeGreaterThan(0);
    expect(secondPage.filter((title) => firstPage.includes(title))).toEqual([]);
    // Keyboard and screen-reader users land on the new results.
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('results-heading');
    await visited(page, 'services-search-page-2-fi');

    await page.goBack();
    await page.waitForURL((url) => !url.searchParams.has('after'));
    await page.getByText(/^Sivu 1 \/ \d+$/).first().waitFor();
    await countText(page, /^\d+ palvelua?$/);
    await expect(cardTitles(page)).resolves.toEqual(firstPage);

    await page.goForward();
    await page.getByText(/^Sivu 2 \/ \d+$/).first().waitFor();
    await countText(page, /^\d+ palvelua?$/);
    await expect(cardTitles(page)).resolves.toEqual(secondPage);

    expect(offOrigin).toEqual([]);
    await context.close();
  });

  it('narrows to the services available in a municipality, regional ones only', async () => {
    const { context, page, offOrigin } = await openSession(browser, 'fi');
    await page.goto('/services');
    const everywhere = Number.parseInt(await countText(page, /^\d+ palvelua?$/), 10);

    const municipality = page.getByLabel('Kunta', { exact: true });
    await municipality.click();
    await municipality.fill('Lahti');
    await page.getByRole('option', { name: 'Lahti', exact: true }).click();
    await page.waitForURL((url) => url.searchParams.get('municipality') === '398');
    await page.getByTestId('active-filters').getByText('Lahti').first().waitFor();
    await expect(municipality.inputValue()).resolves.toBe('Lahti');
    const inLahti = Number.parseInt(await countText(page, /^\d+ palvelua?$/), 10);
    expect(inLahti).toBeLessThan(everywhere);
    // A word on top of the place: Lahti's pay-subsidy service, not Helsinki's (the unfiltered list
    // has more than a page, in an order that does not matter here).
    const searchBox = page.getByRole('searchbox').first();
    await searchBox.fill('palkkatuki');
    await searchBox.press('Enter');
    await page.waitForURL((url) => url.searchParams.get('q') === 'palkkatuki' && url.searchParams.get('municipality') === '398');
    await countText(page, /^\d+ palvelua? hakusanalla/);
    await expect(cardTitles(page)).resolves.toContain(LAHTI_PAY_SUBSIDY);
    await expect(cardTitles(page)).resolves.not.toContain(HELSINKI_PAY_SUBSIDY);
    // Back to every service in Lahti (the address alone carries the place).
    await page.goto('/services?municipality=398');
    await countText(page, /^\d+ palvelua?$/);

    await page.getByText('Vain alueelliset', { exact: true }).click();
    await page.waitForURL((url) => url.searchParams.get('scope') === 'REGIONAL');
    await page.getByTestId('active-filters').getByText('Vain alueelliset').waitFor();
    const regional = Number.parseInt(await countText(page, /^\d+ palvelua?$/), 10);
    expect(regional).toBeLessThan(inLahti);
    await visited(page, 'services-search-lahti-regional-fi');

    expect(offOrigin).toEqual([]);
    await context.close();
  });

  it('says a service is not there when the address is wrong', async () => {
    const { context, page, offOrigin } = await openSession(browser, 'fi');
    await page.goto('/services/00000000-0000-4000-8000-000000000000');
    await page.getByTestId('error-notFound').waitFor();
    expect(offOrigin).toEqual([]);
    await context.close();
  });
});
