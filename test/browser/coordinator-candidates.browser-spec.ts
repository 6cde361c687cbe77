import { visited } from './kit/browser';
import { closeSession, DEMO, journey, type NeedWithCandidate, needWithCandidate, ORDER_PICKING_TASKS, signedIn, visitedDialog } from './kit/journeys';

const COORDINATOR = DEMO.lahtiCoordinator;
const EMPLOYER = DEMO.lahtiEmployer;

/**
 * The spec's own need (the demo's order-picker need in the evening, with a forklift task that can
 * be left to others), so that no other spec's lists change; Sami, who lets employers see an
 * anonymised card, is on its candidate list before the journey starts.
 */
function prepare(): Promise<NeedWithCandidate> {
  return needWithCandidate({
    title: `Keräilijä iltavuoroon ${Date.now()}`,
    description: 'Tilausten keräily ja pakkaaminen iltavuorossa, 20–30 tuntia viikossa. Trukkityöt voidaan jättää muille.',
    hoursMax: 30,
    tasks: [
      ...ORDER_PICKING_TASKS,
      { title: 'Lavojen siirto trukilla', kind: 'SEPARABLE', physicalStrain: 2, standingWalking: 1, lifting: 3, cognitiveLoad: 2, customerInteraction: 0, timePressure: 2 },
    ],
    measuresOpenTo: ['PAY_SUBSIDY', 'WORK_TRIAL'],
    adjustmentsOffered: ['WORKING_TIME', 'WORK_TASKS'],
  });
}

describe('a coordinator runs the candidate list of a need of their area and forwards it to a provider', () => {
  const run = journey(prepare, 240_000);

  it('goes from a suggestion to a share request, the jobseeker accepts, and the employer sees the presented candidate', async () => {
    const { context, page, offOrigin } = await signedIn(run.browser, 'fi', COORDINATOR, '/coordinator/needs');

    // The 6T board of the area: one column per stage, the new need in the first.
    const board = page.getByTestId('area-needs-board');
    await board.waitFor();
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Alueen tarpeet');
    const headings = (await board.getByRole('heading', { level: 2 }).allTextContents()).map((h) => h.replace(/\s*\(.*\)$/, ''));
    expect(headings).toEqual(['Tunnistettu', 'Tarkennettu', 'Tarinoitu', 'Tuotteistettu', 'Tarjottu', 'Työllistetty', 'Suljettu']);
    await page.getByTestId('board-column-IDENTIFIED').getByRole('link', { name: run.prepared.title }).waitFor({ timeout: 30_000 });
    await visited(page, 'coordinator-area-needs-fi');

    // Filters: free text narrows the board to this spec's need.
    await page.getByRole('searchbox', { name: 'Hae tarpeista' }).fill(run.prepared.title);
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.searchParams.get('q') === run.prepared.title);
    await page.getByTestId('area-needs-count').filter({ hasText: '1 tarve.' }).waitFor();
    await page.getByTestId('board-column-IDENTIFIED').getByRole('link', { name: run.prepared.title }).click();

    // The need as the coordinator sees it.
    await page.getByRole('heading', { level: 1, name: run.prepared.title }).waitFor();
    await expect(page.getByTestId('area-need-stage').textContent()).resolves.toBe('Vaihe: Tunnistettu');
    await page.getByTestId('area-need-facts').filter({ hasText: 'Lahden Konepaja' }).waitFor();
    await expect(page.getByTestId('area-need-facts').textContent()).resolves.toMatch(/Lahti.*20–30 h viikossa/);
    await page.getByText('Tarvetta ei ole vielä välitetty kenellekään.').waitFor();
    await visited(page, 'coordinator-area-need-fi');

    // The candidate list: ranked rows, each with a pseudonym and the reasons in words.
    await page.getByTestId('open-candidates').click();
    await page.getByRole('heading', { level: 1, name: `Ehdokaslista: ${run.prepared.title}` }).waitFor();
    await expect(page.getByTestId('audit-note').textContent()).resolves.toContain('Jokainen ehdokaslistan katselu kirjataan lokiin.');
    const row = page.locator(`[data-testid="candidate-row"][data-profile-id="${run.prepared.profileId}"]`);
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
    const { myShareRequests } = await run.prepared.jobseeker.data<{ myShareRequests: { id: string; needTitle: string; status: string; wouldShare: string[]; message: string | null }[] }>(
      '{ myShareRequests { id needTitle status wouldShare message } }',
    );
    const asked = myShareRequests.find((r) => r.needTitle === run.prepared.title && r.status === 'REQUESTED');
    if (!asked) throw new Error('The share request did not reach the jobseeker');
    expect(asked.message).toContain('Iltavuoron keräilijän paikka');
    await run.prepared.jobseeker.data('mutation ($input: AnswerShareRequestInput!) { answerShareRequest(input: $input) { id status } }', { input: { id: asked.id, accept: true } });

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
    await closeSession({ context, offOrigin });

    // The employer sees the presented candidate, with the shared name, on part 1's need page.
    const employer = await signedIn(run.browser, 'fi', EMPLOYER, `/needs/${run.prepared.needId}`);
    const card = employer.page.getByTestId('candidate').first();
    await card.waitFor();
    await expect(card.getByTestId('identity').textContent()).resolves.toContain('Sami Salonen');
    await visited(employer.page, 'employer-sees-presented-candidate-fi');
    expect(employer.offOrigin).toEqual([]);
    await employer.context.close();
  });

  it('forwards the need to a provider and sees the forward', async () => {
    const { context, page, offOrigin } = await signedIn(run.browser, 'fi', COORDINATOR, `/coordinator/needs/${run.prepared.needId}`);
    await page.getByRole('heading', { level: 1, name: run.prepared.title }).waitFor();
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
    await closeSession({ context, offOrigin });
  });

  it('reads the board, the need and the candidate list in Swedish', async () => {
    const { context, page, offOrigin } = await signedIn(run.browser, 'sv', COORDINATOR, '/coordinator/needs');
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

    await page.goto(`/coordinator/needs/${run.prepared.needId}`);
    await page.getByRole('heading', { level: 1, name: run.prepared.title }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Förmedlingar till tjänsteleverantörer' }).waitFor();
    await visited(page, 'coordinator-area-need-sv');

    await page.getByRole('link', { name: 'Öppna kandidatlistan' }).click();
    await page.getByRole('heading', { level: 1, name: `Kandidatlista: ${run.prepared.title}` }).waitFor();
    const row = page.locator(`[data-testid="candidate-row"][data-profile-id="${run.prepared.profileId}"]`);
    await row.waitFor();
    await expect(row.getByTestId('match-explanation').textContent()).resolves.toMatch(/Kompetens \((passar|brist)\)/);
    await expect(page.getByTestId('audit-note').textContent()).resolves.toContain('registreras i loggen');
    // The list's history in Swedish.
    const history = page.getByTestId('list-history');
    await history.getByRole('heading', { level: 2, name: 'Listans historik' }).waitFor();
    await history.getByTestId('list-history-event').filter({ hasText: /Kandidat \S+: presenterades för arbetsgivaren\. Utfört av: du \(Lahden työllisyyspalvelut\)\./ }).waitFor();
    await history.getByTestId('list-history-event').filter({ hasText: /Kandidat \S+: statusen sattes till Lämplig\./ }).first().waitFor();
    await visited(page, 'coordinator-candidates-sv');
    await closeSession({ context, offOrigin });
  });
});
