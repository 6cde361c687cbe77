import type { Browser, Page } from 'playwright-core';
import { devToken, graphql } from './kit/api';
import { launchBrowser, openSession, signIn, visited, type Language } from './kit/browser';
import { businessId, DEMO, SUFFIX } from './kit/journeys';

// Olli acts for a provider organisation in the demo data and no other journey uses him: here he
// registers a company of his own, which stays PENDING until its home area's coordinator verifies it.
const OLLI = 'palveluntuottaja.osaamo@ytmt.example';
const LAHTI_COORDINATOR = DEMO.lahtiCoordinator;

/** Opens /company acting for the company: a person with several organisations picks it first. */
async function openCompany(page: Page, companyName: string): Promise<void> {
  await page.goto('/company');
  // The chooser page lists the organisations (the header's organisation picker is not it).
  const choose = page.locator('li.dev-user').getByRole('button', { name: companyName });
  const heading = page.getByRole('heading', { level: 1, name: companyName });
  await choose.or(heading).first().waitFor();
  if (await choose.isVisible()) await choose.click();
  await heading.waitFor();
}

describe('an employer whose company account is not verified yet', () => {
  let browser: Browser;
  const companyName = `Odotustesti ${SUFFIX} Oy`;
  let companyId = '';

  beforeAll(async () => {
    browser = await launchBrowser();
    const { registerCompany } = await graphql<{ registerCompany: { id: string; verificationStatus: string } }>(
      'mutation($input: CompanyInput!) { registerCompany(input: $input) { id verificationStatus } }',
      {
        input: {
          businessId: businessId(Number(SUFFIX) * 13 + 7_000_001),
          name: companyName,
          type: 'COMPANY',
          industrySection: 'C',
          industryCode: '25.62',
          sizeClass: 'SMALL_10_49',
          homeMunicipalityCode: '398',
        },
      },
      await devToken(OLLI),
    );
    expect(registerCompany.verificationStatus).toBe('PENDING');
    companyId = registerCompany.id;
  });
  afterAll(() => browser.close());

  it.each<[Language, RegExp]>([
    ['fi', /vahvist/i],
    ['sv', /verifi|bekräft/i],
  ])('sees in %s that the account waits for verification, until the coordinator verifies it', async (language, words) => {
    const { context, page, offOrigin } = await openSession(browser, language);
    await signIn(page, OLLI);
    await openCompany(page, companyName);
    const notice = page.getByTestId('company-pending');
    await notice.waitFor();
    expect(await notice.textContent()).toMatch(words);
    await visited(page, `employer-company-pending-${language}`);

    if (language === 'sv') {
      await graphql('mutation($id: ID!) { verifyCompany(companyId: $id) { id } }', { id: companyId }, await devToken(LAHTI_COORDINATOR));
      await page.reload();
      await openCompany(page, companyName); // the heading is the company's name: its data is in
      expect(await notice.count()).toBe(0);
      await visited(page, 'employer-company-verified-sv');
    }
    expect(offOrigin).toEqual([]);
    await context.close();
  });
});
