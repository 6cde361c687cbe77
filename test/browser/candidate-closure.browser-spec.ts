import type { Page } from 'playwright-core';
import type { GraphQLClient } from '../kit/graphql-client';
import { needReference } from '../../libs/matching/src/candidate-pseudonyms';
import { visited } from './kit/browser';
import { client, closeSession, DEMO, eventually, journey, LAHTI, needWithCandidate, ORDER_PICKER, ORDER_PICKING_SKILLS, signedIn, visitedDialog, type NeedWithCandidate } from './kit/journeys';

// Every candidacy ends in a state the jobseeker sees. The spec's own Lahti order-picker need gets
// two candidates who accept share requests: Mikko (a Lahti welder whose MATCHING the demo
// withdrew) and Jari (lives in Helsinki). So that both rank on the list, the spec has each wish
// for order-picking work with its skills, adds Lahti to Jari's municipalities and grants Mikko's
// MATCHING; at the end both profiles and Mikko's consent are as the demo made them. The employer
// hires Mikko with a reason, which fills the need; Jari's candidacy then ends as "need filled".

const COORDINATOR = DEMO.lahtiCoordinator;
const EMPLOYER = DEMO.lahtiEmployer;
const JARI = 'tyonhakija@ytmt.example';
const MIKKO = 'tyonhakija.mikko@ytmt.example';
const HIRE_REASON = 'Aloitus maanantaina 11.1. aamuvuorossa.';

const PROFILE = `{ myJobseekerProfile { id homeMunicipalityCode homeLatitude homeLongitude commuteRadiusKm acceptableMunicipalityCodes remoteOk
  hoursMin hoursMax drivingLicences educationLevel languages { language level } occupations { uri } wishedOccupations { uri } skills { uri }
  workAbility { physicalStrain standingWalking lifting cognitiveLoad customerInteraction timePressure adjustmentsNeeded } } }`;

interface Profile {
  id: string;
  homeMunicipalityCode: string | null;
  homeLatitude: number | null;
  homeLongitude: number | null;
  commuteRadiusKm: number | null;
  acceptableMunicipalityCodes: string[];
  remoteOk: boolean;
  hoursMin: number | null;
  hoursMax: number | null;
  drivingLicences: string[];
  educationLevel: string | null;
  languages: { language: string; level: string }[];
  occupations: { uri: string }[];
  wishedOccupations: { uri: string }[];
  skills: { uri: string }[];
  workAbility: Record<string, unknown> | null;
}

const unique = (values: string[]) => [...new Set(values)];

/**
 * The profile without what this spec adds (neither demo profile has them), so a run that stopped
 * before its restore is put right by the next.
 */
function withoutSpecAdditions(profile: Profile): Profile {
  return {
    ...profile,
    acceptableMunicipalityCodes: profile.homeMunicipalityCode === LAHTI ? profile.acceptableMunicipalityCodes : profile.acceptableMunicipalityCodes.filter((code) => code !== LAHTI),
    wishedOccupations: profile.wishedOccupations.filter((o) => o.uri !== ORDER_PICKER),
    skills: profile.skills.filter((skill) => !ORDER_PICKING_SKILLS.includes(skill.uri)),
  };
}

/** The profile as the save mutation takes it; `forNeed` adds Lahti, the order-picker wish and its skills. */
function profileInput(profile: Profile, forNeed: boolean): Record<string, unknown> {
  const { occupations, wishedOccupations, skills, ...rest } = profile;
  return {
    ...rest,
    id: undefined,
    acceptableMunicipalityCodes: forNeed && profile.homeMunicipalityCode !== LAHTI ? unique([...profile.acceptableMunicipalityCodes, LAHTI]) : profile.acceptableMunicipalityCodes,
    occupations: occupations.map((o) => o.uri),
    wishedOccupations: unique([...wishedOccupations.map((o) => o.uri), ...(forNeed ? [ORDER_PICKER] : [])]),
    skills: unique([...skills.map((s) => s.uri), ...(forNeed ? ORDER_PICKING_SKILLS : [])]),
  };
}

async function saveProfile(jobseeker: GraphQLClient, input: Record<string, unknown>): Promise<void> {
  await jobseeker.data('mutation ($input: JobseekerProfileInput!) { saveMyJobseekerProfile(input: $input) { id } }', { input });
}

interface Prepared extends NeedWithCandidate {
  jari: { client: GraphQLClient; original: Profile; listProfileId: string };
  mikko: { client: GraphQLClient; original: Profile; listProfileId: string };
}

/** The demo's profiles, read before the spec changes them, for the restore at the end. */
const originals: { client: GraphQLClient; profile: Profile }[] = [];

async function acceptShareRequest(jobseeker: GraphQLClient, title: string): Promise<void> {
  const id = await eventually(
    async () => {
      const { myShareRequests } = await jobseeker.data<{ myShareRequests: { id: string; needTitle: string; status: string }[] }>('{ myShareRequests { id needTitle status } }');
      return myShareRequests.find((r) => r.needTitle === title && r.status === 'REQUESTED')?.id;
    },
    30_000,
    'the share request on the jobseeker’s page',
  );
  await jobseeker.data('mutation ($input: AnswerShareRequestInput!) { answerShareRequest(input: $input) { id } }', { input: { id, accept: true } });
}

async function prepare(): Promise<Prepared> {
  const jari = await client(JARI);
  const mikko = await client(MIKKO);
  const original = withoutSpecAdditions((await jari.data<{ myJobseekerProfile: Profile }>(PROFILE)).myJobseekerProfile);
  const mikkoOriginal = withoutSpecAdditions((await mikko.data<{ myJobseekerProfile: Profile }>(PROFILE)).myJobseekerProfile);
  originals.push({ client: jari, profile: original }, { client: mikko, profile: mikkoOriginal });
  await saveProfile(jari, profileInput(original, true));
  await saveProfile(mikko, profileInput(mikkoOriginal, true));
  await mikko.data('mutation { grantConsent(input: { scope: MATCHING }) { id } }');
  const mikkoProfileId = mikkoOriginal.id;

  const need = await needWithCandidate(
    {
      title: `Keräilijä aamuvuoroon ${Date.now()}`,
      description: 'Tilausten keräily ja pakkaaminen aamuvuorossa Lahdessa.',
    },
    { jobseeker: JARI },
  );
  const mikkoReference = needReference(process.env['PSEUDONYM_SECRET'] ?? 'ytmt-development-pseudonym-secret', need.needId, mikkoProfileId);
  const mikkoListId = await eventually(
    async () => {
      const { candidateList } = await need.coordinator.data<{ candidateList: { edges: { node: { profileId: string } }[] } }>(
        'query ($needId: ID!) { candidateList(needId: $needId, first: 100) { edges { node { profileId } } } }',
        { needId: need.needId },
      );
      return candidateList.edges.find((e) => e.node.profileId === mikkoProfileId || e.node.profileId === mikkoReference)?.node.profileId;
    },
    120_000,
    'Mikko on the need’s candidate list',
  );

  const deadline = new Date(Date.now() + 7 * 24 * 3600 * 1000).toISOString();
  for (const profileId of [need.listProfileId, mikkoListId]) {
    await need.coordinator.data('mutation ($input: RequestShareInput!) { requestShare(input: $input) { profileId } }', {
      input: { needId: need.needId, profileId, deadline, message: 'Aamuvuoron keräilijän paikka Lahdessa.' },
    });
  }
  await acceptShareRequest(jari, need.title);
  await acceptShareRequest(mikko, need.title);
  await need.coordinator.data('mutation ($input: CandidateRefInput!) { presentCandidate(input: $input) { profileId } }', {
    input: { needId: need.needId, profileId: mikkoListId },
  });
  return {
    ...need,
    jari: { client: jari, original, listProfileId: need.listProfileId },
    mikko: { client: mikko, original: mikkoOriginal, listProfileId: mikkoListId },
  };
}

/** The report with every open candidacy (no waiting time), this spec's need's rows in it. */
async function openReport(page: Page, title: string): Promise<void> {
  await page.goto('/coordinator/closure?days=0');
  await page.getByTestId('closure-table').waitFor();
  await page.getByTestId('closure-row').filter({ hasText: title }).first().waitFor();
}

describe('every candidacy ends in a state the jobseeker sees', () => {
  const run = journey(prepare, 300_000);

  afterAll(async () => {
    // The profiles and Mikko's withdrawn MATCHING as the demo made them, so other journeys find them as before.
    for (const { client: jobseeker, profile } of originals) await saveProfile(jobseeker, profileInput(profile, false));
    const mikko = originals[1];
    if (mikko) await mikko.client.data('mutation { withdrawConsent(scope: MATCHING) { id } }');
  });

  it('lists the open candidacies on the coordinator’s report, in Finnish and Swedish', async () => {
    const { context, page, offOrigin } = await signedIn(run.browser, 'fi', COORDINATOR, '/coordinator/closure');
    await page.getByRole('heading', { level: 1, name: 'Vastausta vailla' }).waitFor();
    await page.getByTestId('closure-table').or(page.getByTestId('closure-empty')).first().waitFor();
    await visited(page, 'coordinator-closure-fi');

    await openReport(page, run.prepared.title);
    const rows = page.getByTestId('closure-row').filter({ hasText: run.prepared.title });
    await expect(rows.count()).resolves.toBe(2);
    const states = (await rows.getByTestId('closure-state').allTextContents()).sort();
    expect(states).toEqual(['Esitelty työnantajalle (työnantajan tilanne: Uusi)', 'Tiedot jaettu, ei esitelty']);
    await expect(rows.first().getByTestId('closure-days').textContent()).resolves.toBe('0 päivää');
    await expect(rows.first().getByRole('link', { name: run.prepared.title }).getAttribute('href')).resolves.toBe(`/coordinator/needs/${run.prepared.needId}/candidates`);
    await visited(page, 'coordinator-closure-open-fi');
    await closeSession({ context, offOrigin });

    const sv = await signedIn(run.browser, 'sv', COORDINATOR, '/coordinator/closure');
    await sv.page.getByRole('heading', { level: 1, name: 'Utan svar' }).waitFor();
    await sv.page.getByTestId('closure-table').or(sv.page.getByTestId('closure-empty')).first().waitFor();
    await visited(sv.page, 'coordinator-closure-sv');
    await openReport(sv.page, run.prepared.title);
    await visited(sv.page, 'coordinator-closure-open-sv');
    await closeSession(sv);
  });

  it('the employer hires one with a reason the jobseeker will see, which fills the need', async () => {
    const { context, page, offOrigin } = await signedIn(run.browser, 'fi', EMPLOYER, `/needs/${run.prepared.needId}`);
    const card = page.getByTestId('candidate').first();
    await card.waitFor();
    await card.getByRole('button', { name: /Tilanne: Ehdokas 1/ }).click();
    await page.getByRole('option', { name: 'Palkattu' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('heading', { name: 'Palkataanko Ehdokas 1?' }).waitFor();
    await dialog.getByText('Hakija näkee perustelun omalla sivullaan', { exact: false }).waitFor();
    await dialog.getByRole('textbox', { name: /Perustelu hakijalle/ }).fill(HIRE_REASON);
    await expect(dialog.getByTestId('closure-reason-counter').textContent()).resolves.toBe(`${HIRE_REASON.length} / 300 merkkiä`);
    await visitedDialog(page, 'employer-hire-reason-dialog-fi');
    await dialog.getByRole('button', { name: 'Palkkaa' }).click();
    await page.getByTestId('candidate-saved').filter({ hasText: 'Ehdokas 1: tilanne on nyt Palkattu.' }).waitFor();
    await page.getByTestId('need-stage').filter({ hasText: 'Vaihe: Työllistetty' }).waitFor();
    const closure = card.getByTestId('candidate-closure');
    await closure.filter({ hasText: /Päättyi \d{1,2}\.\d{1,2}\.\d{4}: palkattu/ }).waitFor();
    await expect(closure.getByTestId('candidate-closure-reason').textContent()).resolves.toBe(`Perustelu hakijalle: ${HIRE_REASON}`);
    await visited(page, 'employer-need-closure-fi');
    await closeSession({ context, offOrigin });

    const sv = await signedIn(run.browser, 'sv', EMPLOYER, `/needs/${run.prepared.needId}`);
    await sv.page.getByTestId('candidate-closure').filter({ hasText: /Avslutades .*: anställd/ }).waitFor();
    await visited(sv.page, 'employer-need-closure-sv');
    await closeSession(sv);
  });

  it('the other jobseeker sees that the need was filled, with the date, and has a notification', async () => {
    const { context, page, offOrigin } = await signedIn(run.browser, 'fi', JARI, '/jobseeker/share-requests');
    await page.getByRole('heading', { level: 1, name: 'Yhteydenotot' }).waitFor();
    const ended = page.getByTestId('share-requests-closed').getByTestId('share-request').filter({ hasText: run.prepared.title });
    await eventually(
      async () => {
        if ((await ended.count()) > 0) return true;
        await page.reload();
        await page.getByRole('heading', { level: 1, name: 'Yhteydenotot' }).waitFor();
        return false;
      },
      30_000,
      'the ended candidacy on Jari’s page',
    );
    await expect(ended.getAttribute('data-outcome')).resolves.toBe('NEED_FILLED');
    await expect(ended.getByTestId('share-request-status').textContent()).resolves.toMatch(/^Paikka täytettyTyönantaja täytti paikan \d{1,2}\.\d{1,2}\.\d{4} toisella hakijalla\.$/);
    await visited(page, 'jobseeker-contacts-ended-fi');

    await page.goto('/notifications');
    await page.getByRole('heading', { level: 1, name: 'Ilmoitukset' }).waitFor();
    const notice = page.getByTestId('notification').filter({ hasText: 'Yhteydenotto päättyi' }).filter({ hasText: run.prepared.title }).first();
    await eventually(
      async () => {
        if ((await notice.count()) > 0) return true;
        await page.reload();
        await page.getByRole('heading', { level: 1, name: 'Ilmoitukset' }).waitFor();
        return false;
      },
      60_000,
      'the CANDIDACY_CLOSED notification',
    );
    await expect(notice.getByRole('link', { name: 'Avaa yhteydenotot' }).getAttribute('href')).resolves.toBe('/jobseeker/share-requests');
    await visited(page, 'jobseeker-notifications-closed-fi');
    await closeSession({ context, offOrigin });

    const sv = await signedIn(run.browser, 'sv', JARI, '/jobseeker/share-requests');
    await sv.page.getByRole('heading', { level: 1, name: 'Kontakter' }).waitFor();
    await sv.page
      .getByTestId('share-requests-closed')
      .getByTestId('share-request')
      .filter({ hasText: run.prepared.title })
      .getByTestId('share-request-status')
      .filter({ hasText: /Platsen tillsattArbetsgivaren tillsatte platsen \d{1,2}\.\d{1,2}\.\d{4} med en annan sökande\./ })
      .waitFor();
    await visited(sv.page, 'jobseeker-contacts-ended-sv');
    await sv.page.goto('/notifications');
    await sv.page.getByTestId('notification').filter({ hasText: 'Kontakten avslutades' }).first().waitFor();
    await visited(sv.page, 'jobseeker-notifications-closed-sv');
    await closeSession(sv);
  });

  it('the hired jobseeker sees the employer’s reason; the coordinator’s list shows how each ended', async () => {
    const { context, page, offOrigin } = await signedIn(run.browser, 'fi', MIKKO, '/jobseeker/share-requests');
    const hired = page.getByTestId('share-requests-closed').getByTestId('share-request').filter({ hasText: run.prepared.title });
    await hired.getByTestId('share-request-status').filter({ hasText: /PalkattuTyönantaja kirjasi sinut palkatuksi/ }).waitFor();
    await expect(hired.getByTestId('share-request-reason').textContent()).resolves.toBe(`Perustelu: ${HIRE_REASON}`);
    await visited(page, 'jobseeker-contacts-hired-fi');
    await closeSession({ context, offOrigin });

    for (const language of ['fi', 'sv'] as const) {
      const session = await signedIn(run.browser, language, COORDINATOR, `/coordinator/needs/${run.prepared.needId}/candidates`);
      const rows = session.page.locator('[data-testid="candidate-row"]');
      await rows.first().waitFor();
      const closed = session.page.getByTestId('candidate-closure');
      await closed.nth(1).waitFor();
      const outcomes = await closed.evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-outcome')));
      expect(outcomes).toEqual(expect.arrayContaining(['HIRED', 'NEED_FILLED']));
      await visited(session.page, `coordinator-candidates-closed-${language}`);
      await closeSession(session);
    }
  });
});
