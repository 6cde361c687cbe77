import type { Page } from 'playwright-core';
import type { GraphQLClient } from '../kit/graphql-client';
import { visited } from './kit/browser';
import { client, closeSession, DEMO, journey, type NeedWithCandidate, needWithCandidate, signedIn, visitedDialog } from './kit/journeys';

// Aino (demo-jobseekers.ts: a building cleaner in Helsinki, outside the Lahti coordinator's area)
// checks who has seen her data. The spec's own cleaning need in Helsinki by a Lahti company: the
// Lahti coordinator finds her on its list (under a stand-in id), asks her to share, she accepts in
// the browser, the coordinator presents her and the employer opens her card. Her page then names
// the employer's organisation, its role and the need — never a staff member.
const AINO = DEMO.aino;

const BUILDING_CLEANER = 'http://data.europa.eu/esco/occupation/303a1e34-cb16-4054-b323-81e5eec17397';
const CLEAN_FLOORS = 'http://data.europa.eu/esco/skill/a2cd3b30-2d6c-473e-a5d4-4e7cb576babe';
const FLOOR_EQUIPMENT = 'http://data.europa.eu/esco/skill/2ed98048-bf2f-47e5-a0de-fd23d6abe2f6';
const CLEAN_SURFACES = 'http://data.europa.eu/esco/skill/6ff01827-907d-43d8-b6e4-7162c1cf0aca';

const PRESENTED = 'query ($needId: ID!) { presentedCandidates(needId: $needId) { candidateId identity { lastName } } }';
/** The employer's card reads after the share: more than one page of the list (20 rows). */
const CARD_READS = 21;

interface Prepared extends NeedWithCandidate {
  aino: GraphQLClient;
  /** Display names of the staff who acted: none may appear on her page. */
  staffNames: string[];
}

async function prepare(): Promise<Prepared> {
  const aino = await client(AINO);
  // Another journey withdraws and restores her consents: start from the demo's state.
  for (const scope of ['MATCHING', 'ANONYMOUS_VISIBILITY']) await aino.data('mutation ($input: GrantConsentInput!) { grantConsent(input: $input) { id } }', { input: { scope } });
  const prepared = await needWithCandidate(
    {
      title: `Laitossiivooja iltavuoroon ${Date.now()}`,
      description: 'Toimitilojen ja lattioiden siivous iltavuorossa Helsingissä, 25–30 tuntia viikossa.',
      municipalityCode: '091',
      hoursMin: 25,
      hoursMax: 30,
      occupationUri: BUILDING_CLEANER,
      skills: [
        { uri: CLEAN_FLOORS, required: true },
        { uri: FLOOR_EQUIPMENT, required: true },
        { uri: CLEAN_SURFACES, required: true },
      ],
      tasks: [],
      openToPrecisionCapable: false,
    },
    { jobseeker: AINO },
  );
  await prepared.coordinator.data('mutation ($input: RequestShareInput!) { requestShare(input: $input) { profileId } }', {
    input: { needId: prepared.needId, profileId: prepared.listProfileId, deadline: new Date(Date.now() + 7 * 24 * 3600_000).toISOString() },
  });
  const staffNames: string[] = [];
  for (const staff of [prepared.coordinator, prepared.employer]) staffNames.push((await staff.data<{ me: { displayName: string } }>('{ me { displayName } }')).me.displayName);
  return { ...prepared, aino, staffNames };
}

/** Presses Tab (only Tab) until the focused element passes the test. */
async function tabUntil(page: Page, wanted: () => Promise<boolean>, what: string, limit = 150): Promise<void> {
  for (let presses = 0; presses < limit; presses++) {
    await page.keyboard.press('Tab');
    if (await wanted()) return;
  }
  throw new Error(`Tab never reached ${what}`);
}

describe('a jobseeker sees which organisation and role saw her data, and for which need', () => {
  const run = journey(prepare, 240_000);

  it('accepts a share request; after the employer opens her card, her page names the company, its role and the need, never a person', async () => {
    const { context, page, offOrigin } = await signedIn(run.browser, 'fi', AINO, '/jobseeker/share-requests');
    await page.getByRole('heading', { level: 1, name: 'Yhteydenotot' }).waitFor();
    const card = page.getByTestId('share-requests-open').getByTestId('share-request').filter({ hasText: run.prepared.title });
    await card.getByRole('button', { name: 'Hyväksy' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('heading', { name: `Hyväksytkö jakopyynnön: ${run.prepared.title}?` }).waitFor();
    await visitedDialog(page, 'jobseeker-data-views-accept-dialog-fi');
    await dialog.getByRole('button', { name: 'Hyväksy ja jaa tiedot' }).click();
    await page.getByTestId('share-requests-status').filter({ hasText: 'Hyväksyit jakopyynnön.' }).waitFor();

    // The coordinator presents her; the employer opens her card, now with her name.
    await run.prepared.coordinator.data('mutation ($input: CandidateRefInput!) { presentCandidate(input: $input) { profileId } }', {
      input: { needId: run.prepared.needId, profileId: run.prepared.listProfileId },
    });
    for (let read = 0; read < CARD_READS; read++) {
      const { presentedCandidates } = await run.prepared.employer.data<{ presentedCandidates: { identity: { lastName: string } | null }[] }>(PRESENTED, { needId: run.prepared.needId });
      expect(presentedCandidates.map((c) => c.identity?.lastName)).toEqual(['Aaltonen']);
    }

    await page.goto('/jobseeker/views');
    await page.getByRole('heading', { level: 1, name: 'Kuka näki tietoni' }).waitFor();
    await page.getByRole('link', { name: 'Suostumukseni' }).waitFor();
    const rows = page.getByTestId('data-view');
    await rows.first().waitFor();
    const employerView = rows.filter({ hasText: run.prepared.title }).and(page.locator('[data-kind="IDENTIFIED_CANDIDATE_CARD"]')).first();
    await expect(employerView.getByTestId('data-view-organization').textContent()).resolves.toBe('Lahden Konepaja Oy');
    await expect(employerView.getByTestId('data-view-role').textContent()).resolves.toBe('työnantajan edustaja');
    await expect(employerView.getByTestId('data-view-what').textContent()).resolves.toBe('Ehdokaskorttisi nimen ja yhteystietojen kanssa');
    await expect(employerView.getByTestId('data-view-need').textContent()).resolves.toBe(run.prepared.title);
    const text = (await page.locator('main').textContent()) ?? '';
    for (const name of run.prepared.staffNames) expect(text).not.toContain(name);
    expect(text).not.toMatch(/@ytmt|Kaisa|Timo/);
    await visited(page, 'jobseeker-data-views-fi');

    // Keyboard only: Tab to "Näytä lisää", Enter; the next page's first row takes focus.
    const shown = await rows.count();
    expect(shown).toBe(20);
    await page.locator('h1').focus();
    await tabUntil(page, () => page.getByTestId('data-views-more').evaluate((button) => button === document.activeElement), '"Näytä lisää"');
    await page.keyboard.press('Enter');
    await page.waitForFunction((count) => document.querySelectorAll('[data-testid="data-view"]').length > count, shown);
    await page.waitForFunction(() => document.activeElement?.getAttribute('data-testid') === 'data-view');
    // The coordinator's view of the list (older than the card reads) is on a later page, by role and organisation.
    const more = page.getByTestId('data-views-more');
    while (await more.isVisible()) {
      await more.focus();
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => document.activeElement?.getAttribute('data-testid') === 'data-view');
    }
    const listView = rows.filter({ hasText: run.prepared.title }).and(page.locator('[data-kind="CANDIDATE_LIST"]')).first();
    await expect(listView.getByTestId('data-view-role').textContent()).resolves.toBe('yrityskoordinaattori');
    await expect(listView.getByTestId('data-view-organization').textContent()).resolves.toMatch(/Lah/);
    await visited(page, 'jobseeker-data-views-all-fi');
    await closeSession({ context, offOrigin });
  });

  it('reads the same page in Swedish', async () => {
    const { context, page, offOrigin } = await signedIn(run.browser, 'sv', AINO, '/jobseeker/views');
    await page.getByRole('heading', { level: 1, name: 'Vem såg mina uppgifter' }).waitFor();
    const employerView = page.getByTestId('data-view').filter({ hasText: run.prepared.title }).and(page.locator('[data-kind="IDENTIFIED_CANDIDATE_CARD"]')).first();
    await expect(employerView.getByTestId('data-view-role').textContent()).resolves.toBe('arbetsgivarens representant');
    await expect(employerView.getByTestId('data-view-what').textContent()).resolves.toBe('Ditt kandidatkort med namn och kontaktuppgifter');
    await visited(page, 'jobseeker-data-views-sv');
    await closeSession({ context, offOrigin });
  });
});
