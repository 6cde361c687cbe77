import type { Page } from 'playwright-core';
import { visited } from './kit/browser';
import { client, closeSession, DEMO, employerCompanyId, eventually, journey, signedIn, visitedDialog } from './kit/journeys';

const EMPLOYER = DEMO.helsinkiEmployer;
const COORDINATOR = DEMO.helsinkiCoordinator;
const PROVIDER = DEMO.companyProvider;

// ESCO v1.1.1 concepts the demo's outdoor-assistant need uses (libs/demo/src/demo-needs.ts).
const COMPANION = 'http://data.europa.eu/esco/occupation/d5954a2b-a525-45b7-b6d9-b62efafc6c78';
const KEEP_COMPANY = 'http://data.europa.eu/esco/skill/ff939984-b1a6-4d57-88bd-e453262433c4';
const ACCOMPANY_PEOPLE = 'http://data.europa.eu/esco/skill/ab89ad86-1098-44bb-9465-05af5624557c';
const LISTEN_ACTIVELY = 'http://data.europa.eu/esco/skill/a17286c5-238d-4f0b-bc24-29e9121345de';

const CREATE_NEED = 'mutation ($companyId: ID!, $input: NeedInput!) { createNeed(companyId: $companyId, input: $input) { id title } }';

/** The company's own needs, made for this spec through the API, so that no other spec's demo data changes. */
interface Prepared {
  trainingNeed: { id: string; title: string };
  recruitmentNeed: { id: string; title: string };
  acceptedService: string;
  declinedService: string | null;
}

/**
 * Through the API, as the people who do it: the coordinator writes two needs on the company's
 * behalf, the provider proposes services to the training need, and once the engine has suggested
 * candidates for the recruitment need the coordinator presents one of them.
 */
async function prepare(): Promise<Prepared> {
  const employer = await client(EMPLOYER);
  const coordinator = await client(COORDINATOR);
  const provider = await client(PROVIDER);
  const companyId = await employerCompanyId(employer);

  const training = await coordinator.data<{ createNeed: { id: string; title: string } }>(CREATE_NEED, {
    companyId,
    input: {
      title: 'Asiakaspalvelun täydennyskoulutus hoiva-avustajille',
      description: 'Neljä hoiva-avustajaa tarvitsee lyhyen koulutuksen asukkaiden ja omaisten kohtaamiseen.',
      kinds: ['COMPETENCE_DEVELOPMENT'],
      municipalityCode: '091',
      positions: 4,
      hoursMin: 4,
      hoursMax: 8,
      visibility: 'COORDINATORS_AND_PROVIDERS',
    },
  });
  const { myServices } = await provider.data<{ myServices: { id: string; name: { fi: string } }[] }>(
    '{ myServices(status: PUBLISHED) { id name { fi } } }',
  );
  if (myServices.length === 0) throw new Error('The demo provider has no published service');
  const propose = (serviceId: string, message: string) =>
    provider.data(
      'mutation ($input: ProposeServicesInput!) { proposeServices(input: $input) { id } }',
      { input: { needId: training.createNeed.id, serviceIds: [serviceId], message, price: { amount: 480, currency: 'EUR', unit: 'kokonaishinta' } } },
    );
  // The provider sees the need once it is in the need index: try until then.
  await eventually(() => propose(myServices[0].id, 'Järjestämme kahden iltapäivän koulutuksen työpaikallanne.').then(() => true), 30_000, 'proposal');
  if (myServices[1]) await propose(myServices[1].id, 'Voimme myös kartoittaa osaamistarpeet haastattelemalla esihenkilöitä.');

  const recruitment = await coordinator.data<{ createNeed: { id: string; title: string } }>(CREATE_NEED, {
    companyId,
    input: {
      title: 'Iltapäivän ulkoiluavustaja',
      description: 'Asukkaiden ulkoilutus ja seurustelu iltapäivisin; tehtävä räätälöidään tekijän vahvuuksien mukaan.',
      kinds: ['RECRUITMENT'],
      municipalityCode: '091',
      positions: 1,
      hoursMin: 10,
      hoursMax: 20,
      occupationUri: COMPANION,
      skills: [
        { uri: KEEP_COMPANY, required: true },
        { uri: ACCOMPANY_PEOPLE, required: true },
        { uri: LISTEN_ACTIVELY, required: false },
      ],
      tasks: [
        { title: 'Asukkaiden ulkoilutus', kind: 'CORE', physicalStrain: 1, standingWalking: 2, lifting: 0, cognitiveLoad: 1, customerInteraction: 2, timePressure: 0 },
        { title: 'Seurustelu ja virikehetket', kind: 'CORE', physicalStrain: 0, standingWalking: 1, lifting: 0, cognitiveLoad: 1, customerInteraction: 2, timePressure: 0 },
        { title: 'Pyörätuolin nostot', kind: 'SEPARABLE', physicalStrain: 3, standingWalking: 1, lifting: 3, cognitiveLoad: 1, customerInteraction: 1, timePressure: 1 },
      ],
      measuresOpenTo: ['PAY_SUBSIDY'],
      adjustmentsOffered: ['WORKING_TIME', 'WORK_TASKS'],
      openToPrecisionCapable: true,
      visibility: 'COORDINATORS_ONLY',
    },
  });
  const needId = recruitment.createNeed.id;
  const entries = await eventually(
    async () => {
      const { candidateList } = await coordinator.data<{ candidateList: { edges: { node: { profileId: string; score: number } }[] } }>(
        'query ($needId: ID!) { candidateList(needId: $needId, first: 100) { edges { node { profileId score } } } }',
        { needId },
      );
      const listed = candidateList.edges.map((e) => e.node);
      return listed.length > 0 ? listed : undefined;
    },
    90_000,
    'suggestions for the recruitment need',
  );
  // The best suggestion whose owner lets employers see an anonymised card.
  let presented = false;
  for (const entry of [...entries].sort((a, b) => b.score - a.score)) {
    const result = await coordinator.request('mutation ($input: CandidateRefInput!) { presentCandidate(input: $input) { profileId } }', {
      input: { needId, profileId: entry.profileId },
    });
    if (!result.errors?.length) {
      presented = true;
      break;
    }
  }
  if (!presented) throw new Error('No suggested candidate could be presented');
  return {
    trainingNeed: training.createNeed,
    recruitmentNeed: recruitment.createNeed,
    acceptedService: myServices[0].name.fi,
    declinedService: myServices[1]?.name.fi ?? null,
  };
}

async function openNeed(page: Page, title: string): Promise<void> {
  await page.getByRole('link', { name: title, exact: true }).first().click();
  await page.getByRole('heading', { level: 1, name: title }).waitFor();
}

describe('an employer follows their needs on the 6T path and answers what comes to them', () => {
  const run = journey(prepare, 180_000);

  it('sees the needs as a list and as a 6T board, accepts a proposal and hires a presented candidate', async () => {
    const { context, page, offOrigin } = await signedIn(run.browser, 'fi', EMPLOYER, '/needs');

    // The list: the company's needs with their kind, stage and date.
    const table = page.getByTestId('needs-table');
    await table.waitFor();
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Tarpeet');
    const trainingRow = table.getByRole('row').filter({ hasText: run.prepared.trainingNeed.title });
    await expect(trainingRow.textContent()).resolves.toMatch(/Osaamisen kehittäminen.*Tunnistettu.*\d{1,2}\.\d{1,2}\.\d{4}.*Ei/);
    await expect(table.getByRole('row').filter({ hasText: run.prepared.recruitmentNeed.title }).textContent()).resolves.toMatch(/Rekrytointi.*Tarjottu.*Kyllä/);
    await expect(table.getByRole('row').filter({ hasText: 'Ulkoiluavustaja täsmätyökykyiselle' }).count()).resolves.toBe(1);
    await expect(page.getByRole('link', { name: 'Uusi tarve' }).getAttribute('href')).resolves.toBe('/needs/new');
    await visited(page, 'employer-needs-list-fi');

    // The board: one column per stage, in 6T order, each with its heading and cards.
    await page.getByRole('button', { name: 'Taulu 6T-vaiheittain' }).click();
    await page.waitForURL((url) => url.searchParams.get('view') === 'board');
    const board = page.getByTestId('needs-board');
    await board.waitFor();
    const headings = (await board.getByRole('heading', { level: 2 }).allTextContents()).map((h) => h.replace(/\s*\(.*\)$/, ''));
    expect(headings).toEqual(['Tunnistettu', 'Tarkennettu', 'Tarinoitu', 'Tuotteistettu', 'Tarjottu', 'Työllistetty', 'Suljettu']);
    await expect(page.getByTestId('board-column-IDENTIFIED').getByRole('link', { name: run.prepared.trainingNeed.title }).count()).resolves.toBe(1);
    await expect(page.getByTestId('board-column-OFFERED').getByRole('link', { name: run.prepared.recruitmentNeed.title }).count()).resolves.toBe(1);
    await visited(page, 'employer-needs-board-fi');
    // The choice is in the address: a reload keeps the board.
    await page.reload();
    await page.getByTestId('needs-board').waitFor();
    await expect(page.getByRole('button', { name: 'Taulu 6T-vaiheittain' }).getAttribute('aria-pressed')).resolves.toBe('true');

    // The training need: the provider's open proposal, accepted.
    await openNeed(page, run.prepared.trainingNeed.title);
    await page.getByTestId('proposal').first().waitFor();
    await expect(page.getByTestId('need-stage').textContent()).resolves.toBe('Vaihe: Tunnistettu');
    const accepted = page.getByTestId('proposal').filter({ hasText: run.prepared.acceptedService });
    await expect(accepted.getByTestId('proposal-status').textContent()).resolves.toBe('Odottaa vastaustasi');
    await expect(accepted.textContent()).resolves.toContain('Järjestämme kahden iltapäivän koulutuksen työpaikallanne.');
    // A charged service carries the proposed price, a free one says so.
    await expect(accepted.textContent()).resolves.toMatch(/480,00\s€ kokonaishinta|Maksuton/);
    await visited(page, 'employer-need-proposals-fi');
    await accepted.getByRole('button', { name: /^Hyväksy tarjous/ }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('heading', { name: 'Hyväksytäänkö tarjous?' }).waitFor();
    await dialog.getByLabel(/Perustelu/).fill('Sopii kevään aikatauluun.');
    await visitedDialog(page, 'employer-need-accept-dialog-fi');
    await dialog.getByRole('button', { name: 'Hyväksy tarjous' }).click();
    await page.getByTestId('proposal-done').filter({ hasText: 'Tarjous on hyväksytty.' }).waitFor();
    await accepted.getByTestId('proposal-status').filter({ hasText: 'Hyväksytty' }).waitFor();
    await expect(accepted.getByTestId('proposal-outcome').textContent()).resolves.toMatch(/Hyväksyit tarjouksen \d{1,2}\.\d{1,2}\.\d{4}\..*Sopii kevään aikatauluun\./);
    // Accepting packages the need: the 6T indicator shows it and the skipped steps.
    await page.getByTestId('need-stage').filter({ hasText: 'Vaihe: Tuotteistettu' }).waitFor();
    await expect(page.getByTestId('stage-progress').locator('[aria-current="step"]').textContent()).resolves.toMatch(/^4Tuotteistettu/);
    await expect(page.getByTestId('stage-progress').textContent()).resolves.toContain('ohitettu');

    if (run.prepared.declinedService) {
      // A decline needs a reason; without one the dialog says so and nothing is sent.
      const declined = page.getByTestId('proposal').filter({ hasText: run.prepared.declinedService });
      await declined.getByRole('button', { name: /^Hylkää tarjous/ }).click();
      await dialog.getByRole('heading', { name: 'Hylätäänkö tarjous?' }).waitFor();
      await dialog.getByRole('button', { name: 'Hylkää tarjous' }).click();
      await dialog.getByText('Kirjoita perustelu hylkäykselle.').waitFor();
      await dialog.getByLabel(/Perustelu/).fill('Kartoitus on jo tehty itse.');
      await dialog.getByRole('button', { name: 'Hylkää tarjous' }).click();
      await declined.getByTestId('proposal-status').filter({ hasText: 'Hylätty' }).waitFor();
      await expect(declined.getByTestId('proposal-outcome').textContent()).resolves.toContain('Kartoitus on jo tehty itse.');
    }
    await visited(page, 'employer-need-proposal-answered-fi');

    // The recruitment need: an anonymised card that explains the match in words.
    await page.getByRole('link', { name: 'Kaikki tarpeet' }).click();
    await page.getByTestId('needs-table').waitFor();
    await openNeed(page, run.prepared.recruitmentNeed.title);
    const card = page.getByTestId('candidate').first();
    await card.waitFor();
    await expect(card.getByRole('heading', { level: 3 }).textContent()).resolves.toBe('Ehdokas 1');
    const explanation = card.getByTestId('match-explanation');
    const explained = await explanation.textContent();
    expect(explained).toMatch(/Osaaminen \((sopii|huomioitavaa)\)(Hallitsee tarpeen osaamisesta|Profiilissa ei ole tarpeen osaamisia)/);
    expect(explained).toMatch(/Tehtävän räätälöinti \(sopii\)Sopii (räätälöityyn tehtävään: erotettava tehtävä ”Pyörätuolin nostot” jätetään pois|koko tehtävään)/);
    expect(explained).toContain('Työ tehdään paikan päällä: Helsinki.');
    expect(explained).toMatch(/Työaika \((sopii|huomioitavaa|tieto)\)(Toivoo|Ehdokas)/);
    expect(explained).toMatch(/Ajokortti \(tieto\)Tehtävä ei edellytä ajokorttia/);
    await expect(card.getByTestId('identity-hidden').textContent()).resolves.toBe(
      'Nimi ja yhteystiedot näytetään, kun hakija on suostunut jakamaan ne tämän tarpeen osalta.',
    );
    await expect(card.getByTestId('candidate-status').textContent()).resolves.toBe('Uusi');
    await expect(page.getByTestId('need-tasks').textContent()).resolves.toMatch(/Pyörätuolin nostot.*Erotettava tehtävä.*suuri \(3\/3\)/);
    await visited(page, 'employer-need-candidate-fi');

    // The employer's own status: interesting first, then hired, which fills the need.
    await card.getByRole('button', { name: /Tilanne: Ehdokas 1/ }).click();
    await page.getByRole('option', { name: 'Kiinnostava' }).click();
    await page.getByTestId('candidate-saved').filter({ hasText: 'Ehdokas 1: tilanne on nyt Kiinnostava.' }).waitFor();
    await card.getByTestId('candidate-status').filter({ hasText: 'Kiinnostava' }).waitFor();
    await card.getByRole('button', { name: /Tilanne: Ehdokas 1/ }).click();
    await page.getByRole('option', { name: 'Palkattu' }).click();
    await dialog.getByRole('heading', { name: 'Palkataanko Ehdokas 1?' }).waitFor();
    await expect(dialog.textContent()).resolves.toContain('tarve siirtyy vaiheeseen Työllistetty');
    await visitedDialog(page, 'employer-need-hire-dialog-fi');
    await dialog.getByRole('button', { name: 'Palkkaa' }).click();
    await page.getByTestId('candidate-saved').filter({ hasText: 'Ehdokas 1: tilanne on nyt Palkattu.' }).waitFor();
    await page.getByTestId('need-stage').filter({ hasText: 'Vaihe: Työllistetty' }).waitFor();
    await page.getByText('Tarve on täytetty, eikä se enää etene.').waitFor();
    await expect(page.getByTestId('move-next').count()).resolves.toBe(0);
    await visited(page, 'employer-need-filled-fi');

    // Back on the board the need stands in the filled column.
    await page.getByRole('link', { name: 'Kaikki tarpeet' }).click();
    await page.getByRole('button', { name: 'Taulu 6T-vaiheittain' }).click();
    await page.getByTestId('board-column-FILLED').getByRole('link', { name: run.prepared.recruitmentNeed.title }).waitFor();

    await closeSession({ context, offOrigin });
  });

  it('reads a need and its 6T board in Swedish', async () => {
    const { context, page, offOrigin } = await signedIn(run.browser, 'sv', EMPLOYER, '/needs?view=board');
    const board = page.getByTestId('needs-board');
    await board.waitFor();
    await expect(board.getByRole('heading', { level: 2 }).first().textContent()).resolves.toMatch(/^Identifierat/);
    await expect(page.getByRole('button', { name: 'Tavla enligt 6T-skede' }).getAttribute('aria-pressed')).resolves.toBe('true');
    await visited(page, 'employer-needs-board-sv');
    // By keyboard alone back to the list: the view leaves the address.
    await page.getByRole('button', { name: 'Lista' }).focus();
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => !url.searchParams.has('view'));
    await page.getByTestId('needs-table').waitFor();

    // The training need of this spec, read only: the stage, the facts and the answered proposal.
    await openNeed(page, run.prepared.trainingNeed.title);
    await page.getByRole('heading', { level: 2, name: 'Framsteg på 6T-stigen' }).waitFor();
    await page.getByTestId('proposal').first().waitFor();
    await expect(page.getByTestId('need-facts').textContent()).resolves.toContain('Kompetensutveckling');
    await expect(page.getByTestId('fact-place').textContent()).resolves.toContain('Helsingfors');
    await expect(page.getByTestId('fact-visibility').textContent()).resolves.toContain('Företagskoordinatorer och tjänsteleverantörer');
    await page.getByRole('heading', { level: 2, name: 'Tjänsteleverantörernas erbjudanden' }).waitFor();
    await expect(page.getByTestId('proposal-status').first().textContent()).resolves.toMatch(/^(Väntar på ditt svar|Godkänt|Avböjt)$/);
    await visited(page, 'employer-need-sv');

    // The demo's offered need: the carved role and its demands in Swedish words.
    await page.getByRole('link', { name: 'Alla behov' }).click();
    await page.getByTestId('needs-table').waitFor();
    await openNeed(page, 'Ulkoiluavustaja täsmätyökykyiselle');
    await expect(page.getByTestId('need-tasks').textContent()).resolves.toMatch(/Pyörätuolin nostot.*Avskiljbar uppgift.*stor \(3\/3\)/);
    await expect(page.getByTestId('need-inclusion').textContent()).resolves.toMatch(/Flexibel arbetstid.*Lönesubvention/);
    await page.getByTestId('candidate').first().waitFor();
    await expect(page.getByTestId('candidate').first().getByRole('heading', { level: 3 }).textContent()).resolves.toBe('Kandidat 1');
    await expect(page.getByTestId('match-explanation').first().textContent()).resolves.toContain('Arbetet utförs på plats: Helsingfors.');
    await visited(page, 'employer-need-candidates-sv');

    await closeSession({ context, offOrigin });
  });
});
