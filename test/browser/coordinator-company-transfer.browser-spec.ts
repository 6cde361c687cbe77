import type { Browser } from 'playwright-core';
import { devToken, graphql } from './kit/api';
import { launchBrowser, openSession, signIn, visited } from './kit/browser';
import { businessId, chooseMunicipality, DEMO, SUFFIX } from './kit/journeys';

// A company moves its home from Lahti to Helsinki: Lahti's coordinator transfers it, Helsinki's
// coordinator then runs it and sees the transfer in its history. The company is the test's own.
const LAHTI_COORDINATOR = DEMO.lahtiCoordinator;
const HELSINKI_COORDINATOR = DEMO.helsinkiCoordinator;

describe('a coordinator transfers a company to the area of its new home', () => {
  let browser: Browser;
  const companyName = `Muuttotesti ${SUFFIX} Oy`;
  const reason = `Pääkonttori muutti Helsinkiin (${SUFFIX}).`;
  let companyId = '';

  beforeAll(async () => {
    browser = await launchBrowser();
    const { createCompanyForCustomer } = await graphql<{ createCompanyForCustomer: { id: string } }>(
      'mutation($input: CompanyInput!) { createCompanyForCustomer(input: $input) { id } }',
      {
        input: {
          businessId: businessId(Number(SUFFIX) * 17 + 3_000_007),
          name: companyName,
          type: 'COMPANY',
          industrySection: 'G',
          industryCode: '47.11',
          sizeClass: 'SMALL_10_49',
          homeMunicipalityCode: '398',
        },
      },
      await devToken(LAHTI_COORDINATOR),
    );
    companyId = createCompanyForCustomer.id;
  });
  afterAll(() => browser.close());

  it('moves the company from Lahti to Helsinki in Finnish, and Helsinki sees the move in Swedish', async () => {
    const lahti = await openSession(browser, 'fi');
    await signIn(lahti.page, LAHTI_COORDINATOR, `/coordinator/companies/${companyId}`);
    const page = lahti.page;
    await page.getByRole('heading', { level: 1, name: companyName }).waitFor();
    await page.getByText('Yritystä ei ole siirretty.').waitFor();
    await visited(page, 'coordinator-company-transfer-fi');

    await chooseMunicipality(page, 'crm-transfer-municipality', 'Helsinki');
    await page.locator('#crm-transfer-reason').fill(reason);
    await page.getByRole('button', { name: 'Siirrä yritys' }).click();
    await page.getByRole('status').filter({ hasText: 'Yritys siirrettiin.' }).waitFor();
    const moves = page.getByTestId('crm-transfers');
    await moves.filter({ hasText: reason }).waitFor();
    await moves.filter({ hasText: /Lahti\s*→\s*Helsinki/ }).waitFor();
    await visited(page, 'coordinator-company-transferred-fi');
    expect(lahti.offOrigin).toEqual([]);
    await lahti.context.close();

    const helsinki = await openSession(browser, 'sv');
    await signIn(helsinki.page, HELSINKI_COORDINATOR, `/coordinator/companies/${companyId}`);
    await helsinki.page.getByRole('heading', { level: 1, name: companyName }).waitFor();
    const history = helsinki.page.getByTestId('crm-transfers');
    await history.filter({ hasText: reason }).waitFor();
    // Each municipality shows its code until its name has loaded: wait for both names.
    await history.filter({ hasText: /Lahtis\s*→\s*Helsingfors/ }).waitFor();
    // The new home area runs the company now: its coordinators can transfer it onwards.
    await helsinki.page.getByRole('button', { name: 'Överför företaget' }).waitFor();
    await visited(helsinki.page, 'coordinator-company-transferred-sv');
    expect(helsinki.offOrigin).toEqual([]);
    await helsinki.context.close();
  });
});
