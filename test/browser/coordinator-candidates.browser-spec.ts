import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { GraphQLClient } from '../kit/graphql-client';
import { launchBrowser, openSession, screenshot, signIn, visited } from './kit/browser';
import { stack } from './kit/stack';

const COORDINATOR = 'koordinaattori.lahti@ytmt.example';
const EMPLOYER = 'tyonantaja.lahti@ytmt.example';
// Sami lives in Lahti, picks orders for a living and lets employers see an anonymised card (demo-jobseekers.ts).
const JOBSEEKER = 'tyonhakija.sami@ytmt.example';

// ESCO v1.1.1 concepts of the demo's order-picker need (libs/demo/src/demo-needs.ts).
const ORDER_PICKER = 'http://data.europa.eu/esco/occupation/cd94def5-3442-4c2e-ae3d-0761a3008bcb';
const PICK_ORDERS = 'http://data.europa.eu/esco/skill/ee5e2297-39cc-4ed6-89e5-d58016118a7f';
const PACKAGING = 'http://data.europa.eu/esco/skill/27536739-c38b-45d2-9e96-1573b1d32fdd';
const WAREHOUSE_SYSTEMS = 'http://data.europa.eu/esco/skill/055ff233-6569-43db-9f95-a4b03dca97da';

const CANDIDATES = 'query ($needId: ID!) { candidateList(needId: $needId, first: 100) { totalCount edges { node { profileId pseudonym } } } }';

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

interface Prepared {
  needId: string;
  title: string;
  profileId: string;
  jobseeker: GraphQLClient;
}

/**
 * The spec's own need, written by the Lahti employer through the API (the demo's order-picker
 * need with a unique title), so that no other spec's lists change; then wait until the engine
 * has put Sami on its candidate list.
 */
async function prepare(): Promise<Prepared> {
  const employer = await client(EMPLOYER);
  const coordinator = await client(COORDINATOR);
  const jobseeker = await client(JOBSEEKER);
  const { me } = await employer.data<{ me: { memberships: { role: string; organization: { id: string } | null }[] } }>('{ me { memberships { role organization { id } } } }');
  const companyId = me.memberships.find((m) => m.role === 'EMPLOYER_USER')?.organization?.id;
  if (!companyId) throw new Error('The Lahti demo employer has no company');
  const title = `Keräilijä iltavuoroon ${Date.now()}`;
  const { createNeed } = await employer.data<{ createNeed: { id: string } }>(
    'mutation ($companyId: ID!, $input: NeedInput!) { createNeed(companyId: $companyId, input: $input) { id } }',
    {
      companyId,
      input: {
        title,
        description: 'Tilausten keräily ja pakkaaminen iltavuorossa, 20–30 tuntia viikossa. Trukkityöt voidaan jättää muille.',
        kinds: ['RECRUITMENT'],
        municipalityCode: '398',
        positions: 1,
        hoursMin: 20,
        hoursMax: 30,
        partTimePossible: true,
        occupationUri: ORDER_PICKER,
        skills: [
          { uri: PICK_ORDERS, required: true },
          { uri: PACKAGING, required: true },
          { uri: WAREHOUSE_SYSTEMS, required: true },
        ],
        tasks: [
          { title: 'Tilausten keräily hyllyistä', kind: 'CORE', physicalStrain: 1, standingWalking: 2, lifting: 1, cognitiveLoad: 1, customerInteraction: 0, timePressure: 1 },
          { title: 'Pakkaaminen ja tarroitus', kind: 'CORE', physicalStrain: 1, standingWalking: 1, lifting: 1, cognitiveLoad: 1, customerInteraction: 0, timePressure: 1 },
          { title: 'Lavojen siirto trukilla', kind: 'SEPARABLE', physicalStrain: 2, standingWalking: 1, lifting: 3, cognitiveLoad: 2, customerInteraction: 0, timePressure: 2 },
        ],
        measuresOpenTo: ['PAY_SUBSIDY', 'WORK_TRIAL'],
        adjustmentsOffered: ['WORKING_TIME', 'WORK_TASKS'],
        openToPrecisionCapable: true,
        visibility: 'COORDINATORS_AND_PROVIDERS',
      },
    },
  );
  const needId = createNeed.id;
  const { myJobseekerProfile } = await jobseeker.data<{ myJobseekerProfile: { id: string } | null }>('{ myJobseekerProfile { id } }');
  if (!myJobseekerProfile) throw new Error('The demo jobseeker has no profile');
  const profileId = myJobseekerProfile.id;
  await eventually(
    async () => {
      const { candidateList } = await coordinator.data<{ candidateList: { edges: { node: { profileId: string } }[] } }>(CANDIDATES, { needId });
      return candidateList.edges.some((edge) => edge.node.profileId === profileId);
    },
    120_000,
    'the jobseeker on the new need’s candidate list',
  );
  return { needId, title, profileId, jobseeker };
}

/** A dialog over the page: a screenshot and axe on the dialog (the page behind it is dimmed on purpose). */
async function visitedDialog(page: Page, name: string): Promise<void> {
  await page.getByRole('dialog').waitFor();
  await screenshot(page, name);
  const results = await new AxeBuilder({ page }).include('[role="dialog"]').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help}`);
  if (serious.length > 0) throw new Error(`Accessibility violations in the dialog on ${name}:\n${serious.join('\n')}`);
}

describe('a coordinator runs the candidate list of a need of their area and forwards it to a provider', () => {
  let browser: Browser;
  let prepared: Prepared;
  beforeAll(async () => {
    browser = await launchBrowser();
    prepared = await prepare();
  }, 240_000);
  afterAll(() => browser?.close());

  it('goes from a suggestion to a share request, the jobseeker accepts, and the employer sees the presented candidate', async () => {
    const { context, page, offOrigin } = await openSession(browser, 'fi');
    await signIn(page, COORDINATOR, '/coordinator/needs');

    // The 6T board of the area: one column per stage, the new need in the first.
    const board = page.getByTestId('area-needs-board');
    await board.waitFor();
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Alueen tarpeet');
    const headings = (await board.getByRole('heading', { level: 2 }).allTextContents()).map((h) => h.replace(/\s*\(.*\)$/, ''));
    expect(headings).toEqual(['Tunnistettu', 'Tarkennettu', 'Tarinoitu', 'Tuotteistettu', 'Tarjottu', 'Työllistetty', 'Suljettu']);
    await page.getByTestId('board-column-IDENTIFIED').getByRole('link', { name: prepared.title }).waitFor({ timeout: 30_000 });
    await visited(page, 'coordinator-area-needs-fi');

    // Filters: free text narrows the board to this spec's need.
    await page.getByRole('searchbox', { name: 'Hae tarpeista' }).fill(prepared.title);
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.searchParams.get('q') === prepared.title);
    await page.getByTestId('area-needs-count').filter({ hasText: '1 tarve.' }).waitFor();
    await page.getByTestId('board-column-IDENTIFIED').getByRole('link', { name: prepared.title }).click();

    // The need as the coordinator sees it.
    await page.getByRole('heading', { level: 1, name: prepared.title }).waitFor();
    await expect(page.getByTestId('area-need-stage').textContent()).resolves.toBe('Vaihe: Tunnistettu');
    await page.getByTestId('area-need-facts').filter({ hasText: 'Lahden Konepaja' }).waitFor();
    await expect(page.getByTestId('area-need-facts').textContent()).resolves.toMatch(/Lahti.*20–30 h viikossa/);
    await page.getByText('Tarvetta ei ole vielä välitetty kenellekään.').waitFor();
    await visited(page, 'coordinator-area-need-fi');

    // The candidate list: ranked rows, each with a pseudonym and the reasons in words.
    await page.getByTestId('open-candidates').click();
    await page.getByRole('heading', { level: 1, name: `Ehdokaslista: ${prepared.title}` }).waitFor();
    await expect(page.getByTestId('audit-note').textContent()).resolves.toContain('Jokainen ehdokaslistan katselu kirjataan lokiin.');
    const row = page.locator(`[data-testid="candidate-row"][data-profile-id="${prepared.profileId}"]`);
    await row.waitFor();
    const heading = (await row.getByRole('heading', { level: 3 }).textContent()) ?? '';
    const label = /Ehdokas \S+/.exec(heading)?.[0] ?? '';
    expect(label).toMatch(/^Ehdokas \S+$/);
    expect(await row.textContent()).not.toContain('Salonen');
    const explained = (await row.getByTestId('match-explanation').textContent()) ?? '';
    expect(explained).toMatch(/Ammatti \((sopii|tieto)\)/);
    expect(explained).toMatch(/Osaaminen \((sopii|puute)\)/);
    expect(explained).toMatch(/Räätälöity tehtävä \((sopii|tieto)\)Sopii/);
    expect(explained).toMatch(/Sijainti \((sopii|tieto)\)/);
    expect(explained).toMatch(/Työaika \((sopii|tieto)\)/);
    await expect(row.getByTestId('share-state').textContent()).resolves.toBe('Jakopyyntöä ei ole lähetetty.');
    await visited(page, 'coordinator-candidates-fi');

    // The coordinator's own status, chosen from the list; the returned row replaces the old one.
    await row.getByRole('button', { name: /Oma tilasi ehdokkaalle/ }).click();
    await page.getByRole('option', { name: 'Sopiva' }).click();
    await page.getByTestId('candidates-saved').filter({ hasText: `${label}: tilaksi tallennettiin Sopiva.` }).waitFor();
    await row.getByTestId('row-status').filter({ hasText: 'Sopiva' }).waitFor();

    // A share request: until when, a message, and what sharing reveals.
    await row.getByTestId('row-request-share').click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('heading', { name: `Jakopyyntö: ${label}` }).waitFor();
    await expect(dialog.getByTestId('share-what').textContent()).resolves.toMatch(/etunimen.*sukunimen.*sähköpostiosoitteen.*puhelinnumeron/);
    // A date that is not one is refused next to the field, and nothing is sent.
    const deadline = dialog.getByLabel(/Vastausaika päättyy/);
    const defaultDeadline = await deadline.inputValue();
    await deadline.fill('31.2.2020');
    await dialog.getByRole('button', { name: 'Lähetä jakopyyntö' }).click();
    await dialog.getByText('Anna tuleva päivämäärä muodossa p.k.vvvv.').waitFor();
    await deadline.fill(defaultDeadline);
    await dialog.getByLabel(/Viesti työnhakijalle/).fill('Iltavuoron keräilijän paikka Lahden Konepajalla, 20–30 h viikossa.');
    await visitedDialog(page, 'coordinator-share-dialog-fi');
    await dialog.getByRole('button', { name: 'Lähetä jakopyyntö' }).click();
    await page.getByTestId('candidates-saved').filter({ hasText: `${label}: jakopyyntö lähetettiin.` }).waitFor();
    await row.getByTestId('share-state').filter({ hasText: /^Jakopyyntö odottaa vastausta \d{1,2}\.\d{1,2}\.\d{4} asti\.$/ }).waitFor();
    await row.getByTestId('row-cancel-share').waitFor();

    // The jobseeker accepts through the API (the jobseeker's own pages come later).
    const { myShareRequests } = await prepared.jobseeker.data<{ myShareRequests: { id: string; needTitle: string; status: string; wouldShare: string[]; message: string | null }[] }>(
      '{ myShareRequests { id needTitle status wouldShare message } }',
    );
    const asked = myShareRequests.find((r) => r.needTitle === prepared.title && r.status === 'REQUESTED');
    if (!asked) throw new Error('The share request did not reach the jobseeker');
    expect(asked.message).toContain('Iltavuoron keräilijän paikka');
    await prepared.jobseeker.data('mutation ($input: AnswerShareRequestInput!) { answerShareRequest(input: $input) { id status } }', { input: { id: asked.id, accept: true } });

    await page.reload();
    await row.waitFor();
    await row.getByTestId('share-state').filter({ hasText: /^Työnhakija suostui jakamaan tietonsa/ }).waitFor();

    // Present to the employer, confirmed first.
    await row.getByTestId('row-present').click();
    await dialog.getByRole('heading', { name: `Esitelläänkö ${label} työnantajalle?` }).waitFor();
    await expect(dialog.textContent()).resolves.toContain('nimen ja yhteystiedot, jotka työnhakija suostui jakamaan');
    await visitedDialog(page, 'coordinator-present-dialog-fi');
    await dialog.getByRole('button', { name: 'Esittele', exact: true }).click();
    await page.getByTestId('candidates-saved').filter({ hasText: `${label} esiteltiin työnantajalle.` }).waitFor();
    await row.getByTestId('row-presented').waitFor();
    await expect(row.getByTestId('row-present').count()).resolves.toBe(0);
    // The list's history, newest first, from the API: status set, asked, accepted, presented, in
    // words, by role and organisation; the coordinator's own steps as "you", never a staff name.
    const history = page.getByTestId('list-history');
    await history.getByRole('heading', { level: 2, name: 'Listan historia' }).waitFor();
    const steps = history.getByTestId('list-history-event').filter({ hasText: `${label}:` });
    await steps.filter({ hasText: 'esiteltiin työnantajalle' }).waitFor();
    const told = await steps.allTextContents();
    expect(told).toHaveLength(4);
    expect(told[0]).toContain(`${label}: esiteltiin työnantajalle. Tekijä: sinä (Lahden työllisyyspalvelut).`);
    expect(told[1]).toContain(`${label}: työnhakija suostui jakamaan tietonsa. Tekijä: työnhakija.`);
    expect(told[2]).toMatch(new RegExp(`${label}: jakopyyntö lähetettiin, vastausaika \\d{1,2}\\.\\d{1,2}\\.\\d{4} asti\\. Tekijä: sinä \\(Lahden työllisyyspalvelut\\)\\.`));
    expect(told[3]).toContain(`${label}: tilaksi asetettiin Sopiva. Tekijä: sinä (Lahden työllisyyspalvelut).`);
    expect(await history.textContent()).not.toMatch(/Salonen|@ytmt|Kaisa/);
    await history.scrollIntoViewIfNeeded();
    await visited(page, 'coordinator-candidates-presented-fi');
    expect(offOrigin).toEqual([]);
    await context.close();

    // The employer sees the presented candidate, with the shared name, on part 1's need page.
    const employer = await openSession(browser, 'fi');
    await signIn(employer.page, EMPLOYER, `/needs/${prepared.needId}`);
    const card = employer.page.getByTestId('candidate').first();
    await card.waitFor();
    await expect(card.getByTestId('identity').textContent()).resolves.toContain('Sami Salonen');
    await visited(employer.page, 'employer-sees-presented-candidate-fi');
    expect(employer.offOrigin).toEqual([]);
    await employer.context.close();
  });

  it('forwards the need to a provider and sees the forward', async () => {
    const { context, page, offOrigin } = await openSession(browser, 'fi');
    await signIn(page, COORDINATOR, `/coordinator/needs/${prepared.needId}`);
    await page.getByRole('heading', { level: 1, name: prepared.title }).waitFor();
    const form = page.locator('form.area-need-forward');
    // Without a provider the form says so next to the field.
    await form.getByRole('button', { name: 'Välitä tarve' }).click();
    await form.getByText('Valitse palveluntarjoaja.').waitFor();
    await form.getByRole('button', { name: /Palveluntarjoaja/ }).click();
    const option = page.getByRole('option').first();
    const provider = ((await option.textContent()) ?? '').trim();
    expect(provider).not.toBe('');
    await option.click();
    await form.getByLabel(/Viesti palveluntarjoajalle/).fill('Yritys tarvitsee keräilijän; voisiko työkokeilu sopia aluksi?');
    await visited(page, 'coordinator-forward-form-fi');
    await form.getByRole('button', { name: 'Välitä tarve' }).click();
    await page.getByTestId('forward-saved').filter({ hasText: `Tarve välitettiin: ${provider}.` }).waitFor();
    const forwards = page.getByTestId('area-need-forwards');
    await forwards.filter({ hasText: provider }).waitFor();
    await expect(forwards.textContent()).resolves.toContain('voisiko työkokeilu sopia aluksi?');
    await visited(page, 'coordinator-need-forwarded-fi');
    expect(offOrigin).toEqual([]);
    await context.close();
  });

  it('reads the board, the need and the candidate list in Swedish', async () => {
    const { context, page, offOrigin } = await openSession(browser, 'sv');
    await signIn(page, COORDINATOR, '/coordinator/needs');
    const board = page.getByTestId('area-needs-board');
    await board.waitFor();
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Områdets behov');
    await expect(board.getByRole('heading', { level: 2 }).first().textContent()).resolves.toMatch(/^Identifierat/);
    await visited(page, 'coordinator-area-needs-sv');

    // By keyboard: the kind filter.
    await page.getByRole('button', { name: /Typ av behov/ }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('option', { name: 'Rekrytering' }).click();
    await page.waitForURL((url) => url.searchParams.get('kind') === 'RECRUITMENT');

    await page.goto(`/coordinator/needs/${prepared.needId}`);
    await page.getByRole('heading', { level: 1, name: prepared.title }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Förmedlingar till tjänsteleverantörer' }).waitFor();
    await visited(page, 'coordinator-area-need-sv');

    await page.getByRole('link', { name: 'Öppna kandidatlistan' }).click();
    await page.getByRole('heading', { level: 1, name: `Kandidatlista: ${prepared.title}` }).waitFor();
    const row = page.locator(`[data-testid="candidate-row"][data-profile-id="${prepared.profileId}"]`);
    await row.waitFor();
    await expect(row.getByTestId('match-explanation').textContent()).resolves.toMatch(/Kompetens \((passar|brist)\)/);
    await expect(page.getByTestId('audit-note').textContent()).resolves.toContain('registreras i loggen');
    // The list's history in Swedish.
    const history = page.getByTestId('list-history');
    await history.getByRole('heading', { level: 2, name: 'Listans historik' }).waitFor();
    await history.getByTestId('list-history-event').filter({ hasText: /Kandidat \S+: presenterades för arbetsgivaren\. Utfört av: du \(Lahden työllisyyspalvelut\)\./ }).waitFor();
    await history.getByTestId('list-history-event').filter({ hasText: /Kandidat \S+: statusen sattes till Lämplig\./ }).first().waitFor();
    await visited(page, 'coordinator-candidates-sv');
    expect(offOrigin).toEqual([]);
    await context.close();
  });
});
