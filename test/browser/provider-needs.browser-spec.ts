import type { Page } from 'playwright-core';
import { visited } from './kit/browser';
import { client, DEMO, employerCompanyId, employmentAreaId, eventually, journey, LAHTI, serviceInput, signedIn, submittedService, visitedDialog } from './kit/journeys';

// Issue 13 point 3: a provider sees a need of its area, proposes a service, and the employer accepts it.
const PROVIDER = DEMO.foundationProvider;
const EMPLOYER = DEMO.lahtiEmployer;
const COORDINATOR = DEMO.lahtiCoordinator;

const STAMP = Date.now().toString(36);
const NEED_TITLE = `Perehdytyskoulutus konepajan uusille asentajille ${STAMP}`;
const CHARGED_SERVICE = `Työhönvalmennus konepajoille ${STAMP}`;
const FREE_SERVICE = `Työkokeilun ohjaus ${STAMP}`;

/** A job-coaching service for both audiences, charged or free. */
const coaching = (nameFi: string, areaId: string, charged: boolean) =>
  serviceInput(nameFi, areaId, {
    summaryFi: 'Valmentaja tukee uuden työntekijän perehdytyksessä työpaikalla.',
    descriptionFi: 'Työhönvalmentaja suunnittelee perehdytyksen yhdessä työnantajan kanssa ja käy työpaikalla viikoittain.',
    audience: 'BOTH',
    categoryCodes: ['JOB_COACHING'],
    isFree: !charged,
    costOptions: charged ? [{ amount: 450, currency: 'EUR', unit: 'kuukausi' }] : [],
  });

/**
 * Through the API, as the people who do it: the provider has two published services for the Lahti
 * area (one charged, one free; the coordinator approves them), and the employer writes a need in
 * Lahti that coordinators and providers may see.
 */
async function prepare(): Promise<{ needId: string }> {
  const provider = await client(PROVIDER);
  const coordinator = await client(COORDINATOR);
  const employer = await client(EMPLOYER);
  const lahtiArea = await employmentAreaId(provider, 'lahti');
  for (const [name, charged] of [
    [CHARGED_SERVICE, true],
    [FREE_SERVICE, false],
  ] as const) {
    const id = await submittedService(provider, coaching(name, lahtiArea, charged));
    const { approveService } = await coordinator.data<{ approveService: { status: string } }>('mutation ($id: ID!) { approveService(id: $id) { status } }', { id });
    if (approveService.status !== 'PUBLISHED') throw new Error(`${name} was not published`);
  }
  const companyId = await employerCompanyId(employer);
  const { createNeed } = await employer.data<{ createNeed: { id: string } }>(
    'mutation ($companyId: ID!, $input: NeedInput!) { createNeed(companyId: $companyId, input: $input) { id } }',
    {
      companyId,
      input: {
        title: NEED_TITLE,
        description: 'Kolme uutta asentajaa aloittaa keväällä; tarvitsemme tukea perehdytykseen ja työtehtävien sovittamiseen.',
        kinds: ['COMPETENCE_DEVELOPMENT'],
        municipalityCode: LAHTI,
        positions: 3,
        visibility: 'COORDINATORS_AND_PROVIDERS',
      },
    },
  );
  // The provider sees the need once the need index has it.
  await eventually(
    async () =>
      (
        await provider.data<{ searchNeeds: { edges: { node: { id: string } }[] } }>('query ($q: String) { searchNeeds(query: $q, first: 20) { edges { node { id } } } }', {
          q: NEED_TITLE,
        })
      ).searchNeeds.edges.some((edge) => edge.node.id === createNeed.id),
    60_000,
    'the need in the provider search',
  );
  return { needId: createNeed.id };
}

/** The provider's needs page searched for the need; its card. */
async function needCard(page: Page) {
  await page.goto(`/provider/needs?q=${encodeURIComponent(NEED_TITLE)}`);
  const card = page.getByTestId('provider-need').filter({ has: page.getByRole('link', { name: NEED_TITLE, exact: true }) });
  await card.waitFor();
  return card;
}

describe('a provider proposes a service to a need of its area and the employer accepts it', () => {
  const run = journey(prepare, 180_000);

  it('proposes in Finnish and Swedish, withdraws one, and sees the accepted one', async () => {
    // Finnish: the charged service, with a message and a price.
    const fi = await signedIn(run.browser, 'fi', PROVIDER, '/provider/needs');
    await fi.page.getByTestId('provider-needs-count').filter({ hasText: /\d+ tarve/ }).waitFor();
    await visited(fi.page, 'provider-needs-fi');
    let card = await needCard(fi.page);
    await expect(card.textContent()).resolves.toContain('Lahden Konepaja Oy');
    await visited(fi.page, 'provider-needs-search-fi');
    await card.getByRole('button', { name: `Ehdota palveluita tarpeeseen ${NEED_TITLE}` }).click();
    const dialog = fi.page.getByRole('dialog');
    await dialog.getByRole('heading', { name: 'Ehdota palveluita' }).waitFor();
    // Nothing chosen, no message: each problem is said next to its field, nothing is sent.
    await dialog.getByRole('button', { name: 'Lähetä ehdotus' }).click();
    await dialog.getByText('Valitse vähintään yksi palvelu.').waitFor();
    await dialog.getByText('Kirjoita viesti, vähintään 10 merkkiä.').waitFor();
    await dialog.locator('label', { hasText: CHARGED_SERVICE }).click();
    await dialog.getByLabel(/^Viesti työnantajalle/).fill('Valmentajamme tukee asentajien perehdytystä työpaikalla kolmen kuukauden ajan.');
    await dialog.getByLabel(/^Hinta \(€\)/).fill('1 350');
    await dialog.getByLabel(/^Hinnan peruste/).fill('kokonaishinta');
    await visitedDialog(fi.page, 'provider-needs-propose-dialog-fi');
    await dialog.getByRole('button', { name: 'Lähetä ehdotus' }).click();
    await fi.page.getByTestId('propose-done').filter({ hasText: `Ehdotus lähetetty tarpeeseen ${NEED_TITLE}.` }).waitFor();
    card = await needCard(fi.page);
    await card.getByTestId('proposed-count').filter({ hasText: '1 avoin ehdotuksenne' }).waitFor();

    await fi.page.goto('/provider/proposals');
    const charged = fi.page.getByTestId('my-proposal').filter({ hasText: CHARGED_SERVICE });
    await charged.waitFor();
    await expect(charged.getByTestId('my-proposal-status').textContent()).resolves.toBe('Odottaa vastausta');
    await expect(charged.textContent()).resolves.toMatch(/1\s350,00\s€ kokonaishinta/);
    await visited(fi.page, 'provider-proposals-fi');

    // Swedish: the free service, then withdrawn while still open.
    const sv = await signedIn(run.browser, 'sv', PROVIDER, '/provider/needs');
    await sv.page.getByRole('heading', { level: 1, name: 'Synliga behov' }).waitFor();
    const svCard = await needCard(sv.page);
    await visited(sv.page, 'provider-needs-sv');
    await svCard.getByRole('button', { name: `Föreslå tjänster för behovet ${NEED_TITLE}` }).click();
    const svDialog = sv.page.getByRole('dialog');
    await svDialog.getByRole('heading', { name: 'Föreslå tjänster' }).waitFor();
    await svDialog.locator('label', { hasText: FREE_SERVICE }).click();
    await svDialog.getByLabel(/^Meddelande till arbetsgivaren/).fill('Vi handleder en arbetsprövning på arbetsplatsen utan kostnad.');
    await visitedDialog(sv.page, 'provider-needs-propose-dialog-sv');
    await svDialog.getByRole('button', { name: 'Skicka förslaget' }).click();
    await sv.page.getByTestId('propose-done').filter({ hasText: `Förslaget har skickats till behovet ${NEED_TITLE}.` }).waitFor();
    await sv.page.goto('/provider/proposals');
    const free = sv.page.getByTestId('my-proposal').filter({ hasText: FREE_SERVICE });
    await free.waitFor();
    await visited(sv.page, 'provider-proposals-sv');
    await free.getByTestId('withdraw').click();
    await sv.page.getByRole('dialog').getByRole('heading', { name: 'Återta förslaget?' }).waitFor();
    await visitedDialog(sv.page, 'provider-proposals-withdraw-dialog-sv');
    await sv.page.getByTestId('withdraw-dialog-confirm').click();
    await free.getByTestId('my-proposal-status').filter({ hasText: 'Återtaget' }).waitFor();
    await sv.page.getByTestId('withdraw-done').filter({ hasText: 'Förslaget har återtagits.' }).waitFor();
    await expect(free.getByTestId('withdraw').count()).resolves.toBe(0);

    // The employer (part 1's need page) sees the open proposal and accepts it.
    const employer = await signedIn(run.browser, 'fi', EMPLOYER, `/needs/${run.prepared.needId}`);
    const proposal = employer.page.getByTestId('proposal').filter({ hasText: CHARGED_SERVICE });
    await proposal.waitFor();
    await expect(proposal.textContent()).resolves.toContain('Valmentajamme tukee asentajien perehdytystä');
    // The withdrawn one is not open for an answer.
    await expect(employer.page.getByTestId('proposal').filter({ hasText: FREE_SERVICE }).getByRole('button').count()).resolves.toBe(0);
    await visited(employer.page, 'provider-needs-employer-need-fi');
    await proposal.getByRole('button', { name: /^Hyväksy tarjous/ }).click();
    const answer = employer.page.getByRole('dialog');
    await answer.getByRole('heading', { name: 'Hyväksytäänkö tarjous?' }).waitFor();
    await answer.getByRole('button', { name: 'Hyväksy tarjous' }).click();
    await proposal.getByTestId('proposal-status').filter({ hasText: 'Hyväksytty' }).waitFor();

    // The provider sees the answer, in Finnish and in Swedish.
    await fi.page.goto('/provider/proposals?status=ACCEPTED');
    await fi.page.getByTestId('my-proposal').filter({ hasText: CHARGED_SERVICE }).getByTestId('my-proposal-status').filter({ hasText: 'Hyväksytty' }).waitFor();
    await expect(fi.page.getByRole('button', { name: /^Hyväksytty \(\d+\)$/ }).getAttribute('aria-pressed')).resolves.toBe('true');
    await visited(fi.page, 'provider-proposals-accepted-fi');
    await sv.page.goto('/provider/proposals?status=ACCEPTED');
    await sv.page.getByTestId('my-proposal').filter({ hasText: CHARGED_SERVICE }).getByTestId('my-proposal-status').filter({ hasText: 'Godkänt' }).waitFor();
    await visited(sv.page, 'provider-proposals-accepted-sv');

    expect([...fi.offOrigin, ...sv.offOrigin, ...employer.offOrigin]).toEqual([]);
    await Promise.all([fi.context.close(), sv.context.close(), employer.context.close()]);
  }, 240_000);
});
