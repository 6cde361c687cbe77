import type { Page } from 'playwright-core';
import type { GraphQLClient } from '../kit/graphql-client';
import { visited } from './kit/browser';
import { byId, client, closeSession, DEMO, journey, settled, signedIn, tabUntil, visitedDialog } from './kit/journeys';

// Aino (demo-jobseekers.ts: a building cleaner living in Helsinki, MATCHING and ANONYMOUS_VISIBILITY
// granted) keeps her own profile and decides her consents. Another journey uses her share
// requests: this one touches only her profile and consents, puts the profile back as it was and
// leaves MATCHING granted.
const AINO = 'tyonhakija.aino@ytmt.example';

const PROFILE_FIELDS = `id skills { uri } occupations { uri } wishedOccupations { uri } homeMunicipalityCode homeLatitude homeLongitude
  commuteRadiusKm acceptableMunicipalityCodes remoteOk hoursMin hoursMax languages { language level } drivingLicences educationLevel
  workAbility { lifting standingWalking physicalStrain cognitiveLoad customerInteraction timePressure adjustmentsNeeded }`;

interface ProfileSnapshot {
  id: string;
  skills: { uri: string }[];
  occupations: { uri: string }[];
  wishedOccupations: { uri: string }[];
  workAbility: Record<string, unknown> | null;
  [key: string]: unknown;
}

/** The profile as the API's input: what it was before the journey, to put back afterwards. */
function asInput({ id: _id, skills, occupations, wishedOccupations, workAbility, ...rest }: ProfileSnapshot): Record<string, unknown> {
  return {
    ...rest,
    skills: skills.map((s) => s.uri),
    occupations: occupations.map((o) => o.uri),
    wishedOccupations: wishedOccupations.map((o) => o.uri),
    workAbility,
  };
}

interface Prepared {
  aino: GraphQLClient;
  before: ProfileSnapshot;
}

async function prepare(): Promise<Prepared> {
  const aino = await client(AINO);
  const { myJobseekerProfile } = await aino.data<{ myJobseekerProfile: ProfileSnapshot & { consents: { scope: string; active: boolean }[] } }>(
    `{ myJobseekerProfile { ${PROFILE_FIELDS} consents { scope active } } }`,
  );
  // A previous run may have stopped with the consent withdrawn: the journey starts from the demo's state.
  const { consents, ...before } = myJobseekerProfile;
  if (!consents.some((c) => c.scope === 'ANONYMOUS_VISIBILITY' && c.active)) {
    await aino.data('mutation { grantConsent(input: { scope: ANONYMOUS_VISIBILITY }) { id } }');
  }
  return { aino, before };
}

interface Focused {
  id: string;
  tag: string;
  name: string;
}

async function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element) return { id: '', tag: '', name: '' };
    return { id: element.id, tag: element.tagName.toLowerCase(), name: (element.getAttribute('aria-label') ?? element.textContent ?? '').trim() };
  });
}

/** Presses Tab (only Tab) until the focused element is the one wanted. */
const tabTo = (page: Page, wanted: (focus: Focused) => boolean, what: string, limit = 120): Promise<Focused> => tabUntil(page, focused, wanted, what, limit);

/** Her consents as a coordinator reads them. */
async function coordinatorSees(coordinator: GraphQLClient, profileId: string): Promise<Record<string, boolean>> {
  const { jobseekerProfile } = await coordinator.data<{ jobseekerProfile: { consents: { scope: string; active: boolean }[] } }>(
    'query ($id: ID!) { jobseekerProfile(id: $id) { consents { scope active } } }',
    { id: profileId },
  );
  return Object.fromEntries(jobseekerProfile.consents.map((c) => [c.scope, c.active]));
}

describe('a jobseeker keeps her own profile and decides her consents', () => {
  const run = journey(prepare, 120_000);

  afterAll(async () => {
    // Her profile as the demo made it, so other journeys find her as before; MATCHING stays granted.
    if (run.prepared) {
      await run.prepared.aino.data('mutation ($input: JobseekerProfileInput!) { saveMyJobseekerProfile(input: $input) { id } }', { input: asInput(run.prepared.before) });
      const { myJobseekerProfile } = await run.prepared.aino.data<{ myJobseekerProfile: { consents: { scope: string; active: boolean }[] } }>('{ myJobseekerProfile { consents { scope active } } }');
      if (!myJobseekerProfile.consents.some((c) => c.scope === 'MATCHING' && c.active)) {
        await run.prepared.aino.data('mutation { grantConsent(input: { scope: MATCHING }) { id } }');
      }
    }
  });

  it('describes her work, adds a suggested skill, sets hours, a language and two work-ability dimensions with the keyboard only, and finds them kept', async () => {
    const { context, page, offOrigin } = await signedIn(run.browser, 'fi', AINO, '/jobseeker/profile');
    await page.getByRole('heading', { level: 1, name: 'Oma profiili' }).waitFor();
    await page.getByTestId('profile-pseudonym').waitFor();
    await page.getByTestId('who-sees-workAbility').getByText('Työnantaja ei koskaan näe työkykysi tasoja.', { exact: false }).waitFor();
    await visited(page, 'jobseeker-profile-fi');

    // Keyboard only from the top of the form: the description, a suggestion, hours, a language, work ability, save.
    await page.getByTestId('profile-pseudonym').click();
    await tabTo(page, byId('profile-description'), 'the description');
    await page.keyboard.type('Siivosin sairaalan osastoja, pesin ikkunoita ja lattioita koneella.');
    const suggestion = page.getByRole('list', { name: 'Ehdotetut taidot' }).getByRole('button', { name: /^Lisää taito: / }).first();
    await suggestion.waitFor({ timeout: 15_000 });
    const label = ((await suggestion.getAttribute('aria-label')) ?? '').replace(/^Lisää taito: /, '');
    await tabTo(page, (focus) => focus.name === `Lisää taito: ${label}`, `the suggestion ${label}`);
    await page.keyboard.press('Enter');
    await page.getByTestId('profile-chosen-skills').getByText(label, { exact: true }).waitFor();

    await tabTo(page, byId('profile-hours-min'), 'the least hours');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('20');
    await tabTo(page, byId('profile-hours-max'), 'the most hours');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('28');
    await tabTo(page, byId('profile-add-language'), 'Lisää kieli');
    await page.keyboard.press('Enter');
    // Her Finnish and English are there; the new row is the next free language, Swedish, and takes focus.
    await page.waitForFunction(() => document.activeElement?.id === 'profile-language-2_button');
    await expect(page.locator('#profile-language-2').textContent()).resolves.toContain('ruotsi');

    await tabTo(page, byId('profile-work-ability-on'), 'the work-ability checkbox');
    await page.keyboard.press('Space');
    await page.getByTestId('profile-work-ability').waitFor();
    // Into each radio group on its chosen level (3 by default); the arrow moves the choice.
    await tabTo(page, byId('profile-dimension-lifting-3'), 'lifting');
    await page.keyboard.press('ArrowUp');
    await tabTo(page, byId('profile-dimension-timePressure-3'), 'time pressure');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    await tabTo(page, (focus) => focus.tag === 'button' && focus.name === 'Tallenna profiili', 'the save button');
    await page.keyboard.press('Enter');
    await page.getByTestId('profile-saved').filter({ hasText: 'Profiilisi on tallennettu' }).waitFor();
    await page.waitForFunction(() => document.activeElement?.getAttribute('data-testid') === 'profile-saved');
    await visited(page, 'jobseeker-profile-saved-fi');

    await page.reload();
    await page.getByTestId('profile-pseudonym').waitFor();
    await page.getByTestId('profile-chosen-skills').getByText(label, { exact: true }).waitFor();
    await expect(page.locator('#profile-hours-min').inputValue()).resolves.toBe('20');
    await expect(page.locator('#profile-hours-max').inputValue()).resolves.toBe('28');
    await expect(page.locator('#profile-language-2').textContent()).resolves.toContain('ruotsi');
    await expect(page.locator('#profile-work-ability-on').isChecked()).resolves.toBe(true);
    await expect(page.locator('#profile-dimension-lifting-2').isChecked()).resolves.toBe(true);
    await expect(page.locator('#profile-dimension-timePressure-1').isChecked()).resolves.toBe(true);
    await expect(page.locator('#profile-dimension-customerInteraction-3').isChecked()).resolves.toBe(true);

    const { myJobseekerProfile } = await run.prepared.aino.data<{ myJobseekerProfile: { hoursMin: number; workAbility: { lifting: number; timePressure: number } } }>(
      '{ myJobseekerProfile { hoursMin workAbility { lifting timePressure } } }',
    );
    expect(myJobseekerProfile).toEqual({ hoursMin: 20, workAbility: { lifting: 2, timePressure: 1 } });
    await closeSession({ context, offOrigin });
  });

  it('withdraws anonymous visibility after a confirmation, sees it in the history and grants it again; coordinators see each change', async () => {
    const helsinki = await client(DEMO.helsinkiCoordinator);
    const lahti = await client(DEMO.lahtiCoordinator);
    const profileId = run.prepared.before.id;
    const { context, page, offOrigin } = await signedIn(run.browser, 'fi', AINO, '/jobseeker/consents');
    await page.getByRole('heading', { level: 1, name: 'Suostumukset' }).waitFor();
    const card = page.getByTestId('consent-ANONYMOUS_VISIBILITY');
    await card.getByTestId('consent-state-ANONYMOUS_VISIBILITY').filter({ hasText: 'Voimassa' }).waitFor();
    await visited(page, 'jobseeker-consents-fi');

    await card.getByRole('button', { name: 'Peru suostumus' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('heading', { name: 'Perutko suostumuksen ”Näkyminen nimettömänä työnantajille”?' }).waitFor();
    await dialog.getByText('Työnantajat lakkaavat heti näkemästä ehdokaskorttiasi', { exact: false }).waitFor();
    await visitedDialog(page, 'jobseeker-consent-withdraw-dialog-fi');
    await dialog.getByRole('button', { name: 'Peru suostumus' }).click();
    await page.getByTestId('consents-status').filter({ hasText: 'Peruit suostumuksen: Näkyminen nimettömänä työnantajille.' }).waitFor();
    await card.locator('[data-state="withdrawn"]').waitFor();
    const newest = page.getByTestId('consent-history-row').first();
    await expect(newest.getAttribute('data-scope')).resolves.toBe('ANONYMOUS_VISIBILITY');
    await expect(newest.getAttribute('data-action')).resolves.toBe('WITHDRAWN');
    await expect(newest.textContent()).resolves.toMatch(/Näkyminen nimettömänä työnantajille.*Peruttu.*Sinä/);
    await visited(page, 'jobseeker-consents-withdrawn-fi');

    // The coordinators of her area (Helsinki) see the change at once; MATCHING is untouched.
    await expect(coordinatorSees(helsinki, profileId)).resolves.toMatchObject({ MATCHING: true, ANONYMOUS_VISIBILITY: false });
    // Lahti's coordinator does not serve her and cannot even learn that her profile exists.
    const outside = await lahti.request('query ($id: ID!) { jobseekerProfile(id: $id) { consents { scope } } }', { id: profileId });
    expect(outside.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');

    await card.getByRole('button', { name: 'Anna suostumus' }).click();
    await page.getByTestId('consents-status').filter({ hasText: 'Annoit suostumuksen: Näkyminen nimettömänä työnantajille.' }).waitFor();
    await card.locator('[data-state="active"]').waitFor();
    await expect(page.getByTestId('consent-state-MATCHING').getAttribute('data-state')).resolves.toBe('active');
    const seen = await settled(() => coordinatorSees(helsinki, profileId), (consents) => consents['ANONYMOUS_VISIBILITY'] === true);
    expect(seen).toMatchObject({ MATCHING: true, ANONYMOUS_VISIBILITY: true });
    await closeSession({ context, offOrigin });
  });

  it('reads both pages in Swedish', async () => {
    const { context, page, offOrigin } = await signedIn(run.browser, 'sv', AINO, '/jobseeker/profile');
    await page.getByRole('heading', { level: 1, name: 'Min profil' }).waitFor();
    await page.getByTestId('profile-pseudonym').waitFor();
    await page.getByText('Vem ser detta och när').first().waitFor();
    await visited(page, 'jobseeker-profile-sv');
    await page.goto('/jobseeker/consents');
    await page.getByRole('heading', { level: 1, name: 'Samtycken' }).waitFor();
    await page.getByTestId('consent-history').waitFor();
    await visited(page, 'jobseeker-consents-sv');
    await closeSession({ context, offOrigin });
  });
});
