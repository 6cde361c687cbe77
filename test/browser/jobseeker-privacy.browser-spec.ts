import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { GraphQLClient } from '../kit/graphql-client';
import { visited } from './kit/browser';
import { closeSession, DEMO, journey, type NeedWithCandidate, needWithCandidate, signedIn, visitedDialog } from './kit/journeys';
import { stack } from './kit/stack';

// Sami lives in Lahti and picks orders for a living (demo-jobseekers.ts); this spec asks him to
// share his identity for a need of its own, so other journeys' requests are untouched.
const SAMI = DEMO.sami;
// Leena is the demo jobseeker no other browser journey signs in as: she deletes her profile.
const LEENA = 'tyonhakija.leena@ytmt.example';

const PRESENTED = 'query ($needId: ID!) { presentedCandidates(needId: $needId) { candidateId identity { firstName lastName } } }';

/**
 * The spec's own need (the demo's order-picker need in the morning under a unique title); once the
 * engine has put Sami on its list, the Lahti coordinator asks him to share.
 */
async function prepare(): Promise<NeedWithCandidate> {
  const prepared = await needWithCandidate({
    title: `Keräilijä aamuvuoroon ${Date.now()}`,
    description: 'Tilausten keräily ja pakkaaminen aamuvuorossa, 20–25 tuntia viikossa.',
    hoursMax: 25,
    measuresOpenTo: ['WORK_TRIAL'],
    adjustmentsOffered: ['WORKING_TIME'],
  });
  await prepared.coordinator.data('mutation ($input: RequestShareInput!) { requestShare(input: $input) { profileId } }', {
    input: {
      needId: prepared.needId,
      profileId: prepared.profileId,
      deadline: new Date(Date.now() + 7 * 24 * 3600_000).toISOString(),
      message: 'Aamuvuoron keräilijän paikka Lahdessa, 20–25 h viikossa.',
    },
  });
  return prepared;
}

/** Downloads the person's data from the page and returns the file's name and parsed content. */
async function downloadData(page: Page): Promise<{ name: string; data: Record<string, unknown> }> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('my-data-download').click()]);
  const path = await download.path();
  if (!path) throw new Error('The download has no file');
  return { name: download.suggestedFilename(), data: JSON.parse(await readFile(path, 'utf8')) as Record<string, unknown> };
}

describe('a jobseeker decides what is shared about them, takes a copy of their data and deletes their profile', () => {
  const run = journey(prepare, 240_000);

  it('accepts a share request, the employer sees the name, then revokes it and the name is gone', async () => {
    const { context, page, offOrigin } = await signedIn(run.browser, 'fi', SAMI, '/jobseeker/share-requests');
    await page.getByRole('heading', { level: 1, name: 'Yhteydenotot' }).waitFor();

    // Who asks, for which need, what would be shared, until when.
    const card = page.getByTestId('share-requests-open').getByTestId('share-request').filter({ hasText: run.prepared.title });
    await card.waitFor();
    await expect(card.getByTestId('share-request-company').textContent()).resolves.toBe('Lahden Konepaja Oy');
    await expect(card.getByTestId('share-request-would-share').textContent()).resolves.toBe('etunimi, sukunimi, sähköpostiosoite ja puhelinnumero');
    await expect(card.getByTestId('share-request-status').textContent()).resolves.toMatch(/Odottaa vastaustaVastaa viimeistään \d{1,2}\.\d{1,2}\.\d{4}/);
    await card.getByText('Aamuvuoron keräilijän paikka Lahdessa').waitFor();
    await card.getByText('Lahti', { exact: true }).waitFor();
    // No staff member is named: the request comes from the company.
    expect(await card.textContent()).not.toMatch(/koordinaattori|Timo/i);
    await visited(page, 'jobseeker-share-requests-fi');

    // Accept with the keyboard: the button, then the dialog's confirm.
    await card.getByRole('button', { name: 'Hyväksy' }).focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('heading', { name: `Hyväksytkö jakopyynnön: ${run.prepared.title}?` }).waitFor();
    await expect(dialog.getByTestId('accept-explained').textContent()).resolves.toContain(
      `Lahden Konepaja Oy näkee tarpeen ”${run.prepared.title}” kohdalla nämä tietosi: etunimi, sukunimi, sähköpostiosoite ja puhelinnumero.`,
    );
    await visitedDialog(page, 'jobseeker-accept-dialog-fi');
    await dialog.getByRole('button', { name: 'Hyväksy ja jaa tiedot' }).focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('share-requests-status').filter({ hasText: 'Hyväksyit jakopyynnön.' }).waitFor();
    const accepted = page.getByTestId('share-requests-open').getByTestId('share-request').filter({ hasText: run.prepared.title });
    await expect(accepted.getAttribute('data-status')).resolves.toBe('ACCEPTED');
    await accepted.getByTestId('share-request-status').filter({ hasText: /Hyväksytty.*Hyväksyit pyynnön/ }).waitFor();

    // The coordinator presents him; the employer sees his name.
    await run.prepared.coordinator.data('mutation ($input: CandidateRefInput!) { presentCandidate(input: $input) { profileId } }', {
      input: { needId: run.prepared.needId, profileId: run.prepared.profileId },
    });
    const before = await run.prepared.employer.data<{ presentedCandidates: { identity: { firstName: string; lastName: string } | null }[] }>(PRESENTED, { needId: run.prepared.needId });
    expect(before.presentedCandidates.map((c) => c.identity?.lastName)).toEqual(['Salonen']);

    // Revoke: the dialog says what revoking does and does not undo.
    await accepted.getByRole('button', { name: 'Peru jakaminen' }).click();
    await dialog.getByRole('heading', { name: `Peru jakaminen: ${run.prepared.title}?` }).waitFor();
    const explained = (await dialog.getByTestId('revoke-explained').textContent()) ?? '';
    expect(explained).toContain(`Lahden Konepaja Oy ei enää näe tarpeen ”${run.prepared.title}” kohdalla nimeäsi eikä yhteystietojasi`);
    expect(explained).toContain('Peruminen ei poista sitä, että työnantaja on jo nähnyt tietosi: lokiin jää merkintä katseluista.');
    await visitedDialog(page, 'jobseeker-revoke-dialog-fi');
    await dialog.getByRole('button', { name: 'Peru jakaminen' }).click();
    await page.getByTestId('share-requests-status').filter({ hasText: 'Peruit jakamisen.' }).waitFor();
    await page.getByTestId('share-request').filter({ hasText: run.prepared.title }).and(page.locator('[data-status="REVOKED"]')).waitFor();
    await visited(page, 'jobseeker-share-request-revoked-fi');

    // At once, the employer no longer sees the identity (an anonymised card may stay).
    const after = await run.prepared.employer.data<{ presentedCandidates: { identity: unknown }[] }>(PRESENTED, { needId: run.prepared.needId });
    expect(after.presentedCandidates.every((c) => c.identity === null)).toBe(true);
    await closeSession({ context, offOrigin });
  });

  it('downloads everything the platform holds about him as JSON, with the profile and the share request', async () => {
    const { context, page, offOrigin } = await signedIn(run.browser, 'fi', SAMI, '/jobseeker/data');
    await page.getByRole('heading', { level: 1, name: 'Omat tiedot' }).waitFor();
    await expect(page.getByTestId('erase-keeps').textContent()).resolves.toContain('Ehdokaslistojen historia jää');
    await visited(page, 'jobseeker-my-data-fi');

    const { name, data } = await downloadData(page);
    expect(name).toMatch(/^ytmt-omat-tiedot-\d{4}-\d{2}-\d{2}\.json$/);
    expect((data['profile'] as { id: string }).id).toBe(run.prepared.profileId);
    expect((data['identity'] as { lastName: string }).lastName).toBe('Salonen');
    const requests = data['shareRequests'] as { needTitle: string; status: string; companyName: string }[];
    expect(requests.find((r) => r.needTitle === run.prepared.title)).toMatchObject({ status: 'REVOKED', companyName: 'Lahden Konepaja Oy' });
    await page.getByTestId('my-data-download-status').filter({ hasText: `Tiedosto ${name} ladattiin.` }).waitFor();
    await closeSession({ context, offOrigin });
  });

  it('reads the share requests and the data page in Swedish', async () => {
    const { context, page, offOrigin } = await signedIn(run.browser, 'sv', SAMI, '/jobseeker/share-requests');
    await page.getByRole('heading', { level: 1, name: 'Kontakter' }).waitFor();
    const revoked = page.getByTestId('share-request').filter({ hasText: run.prepared.title });
    await revoked.getByTestId('share-request-status').filter({ hasText: 'Du återkallade delningen.' }).waitFor();
    await expect(revoked.getByTestId('share-request-would-share').textContent()).resolves.toBe('förnamn, efternamn, e-postadress och telefonnummer');
    await visited(page, 'jobseeker-share-requests-sv');

    await page.goto('/jobseeker/data');
    await page.getByRole('heading', { level: 1, name: 'Mina uppgifter' }).waitFor();
    await visited(page, 'jobseeker-my-data-sv');
    const { name } = await downloadData(page);
    expect(name).toMatch(/^ytmt-mina-uppgifter-\d{4}-\d{2}-\d{2}\.json$/);
    // The erasure dialog, opened and left without erasing.
    await page.getByRole('button', { name: 'Radera profilen…' }).click();
    await page.getByRole('dialog').getByRole('heading', { name: 'Radera din profil permanent?' }).waitFor();
    await visitedDialog(page, 'jobseeker-erase-dialog-sv');
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached' });

    // The public result page, opened without a result.
    await page.goto('/jobseeker/data/erased');
    await page.getByRole('heading', { level: 1, name: 'Profilen raderad' }).waitFor();
    await visited(page, 'jobseeker-profile-erased-empty-sv');
    await closeSession({ context, offOrigin });
  });

  it('a jobseeker deletes their profile after confirming, and the page says what was removed and what was kept', async () => {
    const { context, page, offOrigin } = await signedIn(run.browser, 'fi', LEENA, '/jobseeker/data');
    await page.getByRole('heading', { level: 1, name: 'Omat tiedot' }).waitFor();
    await page.getByRole('button', { name: 'Poista profiili…' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('heading', { name: 'Poistetaanko profiilisi pysyvästi?' }).waitFor();
    // Without the confirmation nothing is erased, and the checkbox says why.
    await dialog.getByRole('button', { name: 'Poista profiili pysyvästi' }).click();
    await dialog.getByText('Vahvista ensin, että ymmärrät poiston olevan pysyvä.').waitFor();
    await visitedDialog(page, 'jobseeker-erase-dialog-fi');
    await dialog.getByText('Ymmärrän, että poistoa ei voi perua').click();
    await dialog.getByRole('button', { name: 'Poista profiili pysyvästi' }).click();

    await page.waitForURL((url) => url.pathname === '/jobseeker/data/erased');
    await page.getByRole('heading', { level: 1, name: 'Profiili poistettu' }).waitFor();
    const details = (await page.getByTestId('erasure-details').textContent()) ?? '';
    expect(details).toContain('Nimesi, yhteystietosi, profiilisi, työkykytietosi, suostumuksesi, osuvuudet ja ilmoituksesi poistettiin.');
    expect(details).toMatch(/\d+ ehdokaslistamerkin/);
    expect(details).toContain('Käyttäjätilisi poistettiin');
    await visited(page, 'jobseeker-profile-erased-fi');
    // Signed out: the header offers sign-in again, and the demo account is gone.
    await page.getByRole('link', { name: 'Kirjaudu sisään' }).first().waitFor();
    const gone = await new GraphQLClient(`${stack().baseUrl}/graphql`).request('mutation ($email: String!) { devLogin(email: $email) { token } }', { email: LEENA });
    expect(gone.errors?.length).toBeGreaterThan(0);
    await closeSession({ context, offOrigin });
  });
});
