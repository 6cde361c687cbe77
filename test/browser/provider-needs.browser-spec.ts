import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { GraphQLClient } from '../kit/graphql-client';
import { launchBrowser, openSession, screenshot, signIn, visited } from './kit/browser';
import { stack } from './kit/stack';

// Issue 13 point 3: a provider sees a need of its area, proposes a service, and the employer accepts it.
const PROVIDER = 'palveluntuottaja.saatio@ytmt.example';
const EMPLOYER = 'tyonantaja.lahti@ytmt.example';
const COORDINATOR = 'koordinaattori.lahti@ytmt.example';

const STAMP = Date.now().toString(36);
const NEED_TITLE = `Perehdytyskoulutus konepajan uusille asentajille ${STAMP}`;
const CHARGED_SERVICE = `Työhönvalmennus konepajoille ${STAMP}`;
const FREE_SERVICE = `Työkokeilun ohjaus ${STAMP}`;

async function eventually<T>(check: () => Promise<T | undefined | null | false>, timeoutMs: number, what: string): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check().catch(() => undefined);
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`${what}: not within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

async function client(email: string): Promise<GraphQLClient> {
  const url = `${stack().baseUrl}/graphql`;
  const { devLogin } = await eventually(
    () => new GraphQLClient(url).data<{ devLogin: { token: string } }>('mutation ($email: String!) { devLogin(email: $email) { token } }', { email }),
    30_000,
    `sign-in of ${email}`,
  );
  return new GraphQLClient(url, devLogin.token);
}

const serviceInput = (nameFi: string, areaId: string, charged: boolean) => ({
  nameFi,
  summaryFi: 'Valmentaja tukee uuden työntekijän perehdytyksessä työpaikalla.',
  descriptionFi: 'Työhönvalmentaja suunnittelee perehdytyksen yhdessä työnantajan kanssa ja käy työpaikalla viikoittain.',
  audience: 'BOTH',
  categoryCodes: ['JOB_COACHING'],
  targetGroupCodes: [],
  isNational: false,
  employmentAreaIds: [areaId],
  municipalityCodes: [],
  locations: [],
  deliveryMode: 'ON_SITE',
  languages: ['fi'],
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
  const { employmentAreas } = await provider.data<{ employmentAreas: { id: string; code: string }[] }>('{ employmentAreas { id code } }');
  const lahti = employmentAreas.find((area) => area.code === 'lahti');
  if (!lahti) throw new Error('No Lahti employment area');
  for (const [name, charged] of [
    [CHARGED_SERVICE, true],
    [FREE_SERVICE, false],
  ] as const) {
    const { createService } = await provider.data<{ createService: { id: string } }>('mutation ($input: ServiceInput!) { createService(input: $input) { id } }', {
      input: serviceInput(name, lahti.id, charged),
    });
    await provider.data('mutation ($id: ID!) { submitService(id: $id) { status } }', { id: createService.id });
    const { approveService } = await coordinator.data<{ approveService: { status: string } }>('mutation ($id: ID!) { approveService(id: $id) { status } }', {
      id: createService.id,
    });
    if (approveService.status !== 'PUBLISHED') throw new Error(`${name} was not published`);
  }
  const { me } = await employer.data<{ me: { memberships: { role: string; organization: { id: string } | null }[] } }>('{ me { memberships { role organization { id } } } }');
  const companyId = me.memberships.find((m) => m.role === 'EMPLOYER_USER')?.organization?.id;
  if (!companyId) throw new Error('The demo employer has no company');
  const { createNeed } = await employer.data<{ createNeed: { id: string } }>(
    'mutation ($companyId: ID!, $input: NeedInput!) { createNeed(companyId: $companyId, input: $input) { id } }',
    {
      companyId,
      input: {
        title: NEED_TITLE,
        description: 'Kolme uutta asentajaa aloittaa keväällä; tarvitsemme tukea perehdytykseen ja työtehtävien sovittamiseen.',
        kinds: ['COMPETENCE_DEVELOPMENT'],
        municipalityCode: '398',
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

/** A dialog over the page: a screenshot and axe on the dialog (the page behind is dimmed on purpose). */
async function visitedDialog(page: Page, name: string): Promise<void> {
  await page.getByRole('dialog').waitFor();
  await screenshot(page, name);
  const results = await new AxeBuilder({ page }).include('[role="dialog"]').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help}`);
  if (serious.length > 0) throw new Error(`Accessibility violations in the dialog on ${name}:\n${serious.join('\n')}`);
}

/** The provider's needs page searched for the need; its card. */
async function needCard(page: Page) {
  await page.goto(`/provider/needs?q=${encodeURIComponent(NEED_TITLE)}`);
  const card = page.getByTestId('provider-need').filter({ has: page.getByRole('link', { name: NEED_TITLE, exact: true }) });
  await card.waitFor();
  return card;
}

describe('a provider proposes a service to a need of its area and the employer accepts it', () => {
  let browser: Browser;
  let needId: string;
  beforeAll(async () => {
    browser = await launchBrowser();
    ({ needId } = await prepare());
  }, 180_000);
  afterAll(() => browser?.close());

  it('proposes in Finnish and Swedish, withdraws one, and sees the accepted one', async () => {
    // Finnish: the charged service, with a message and a price.
    const fi = await openSession(browser, 'fi');
    await signIn(fi.page, PROVIDER, '/provider/needs');
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
    const sv = await openSession(browser, 'sv');
    await signIn(sv.page, PROVIDER, '/provider/needs');
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
    const employer = await openSession(browser, 'fi');
    await signIn(employer.page, EMPLOYER, `/needs/${needId}`);
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
