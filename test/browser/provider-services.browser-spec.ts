import type { Page } from 'playwright-core';
import { devToken, graphql } from './kit/api';
import { accessibilityViolations, openSession, screenshot, signIn, visited } from './kit/browser';
import { approveInModeration, DEMO, journey, settled, signedIn, visitedDialog } from './kit/journeys';

// Paula acts for Päijät-Hämeen Työvalmennussäätiö sr (home Lahti); Lahti's coordinator moderates
// services that cover Lahti (demo-data.ts).
const PROVIDER = DEMO.foundationProvider;
const COORDINATOR = DEMO.lahtiCoordinator;

/** A word no other row has, letters only so that every search engine keeps it whole. */
const WORD = `puuverstas${Date.now()
  .toString()
  .split('')
  .map((digit) => 'abcdefghij'[Number(digit)])
  .join('')}`;
const NAME_FI = `Työkokeilu ${WORD}`;
const NAME_SV = `Arbetsprövning ${WORD}`;

async function fill(page: Page, id: string, value: string): Promise<void> {
  await page.locator(`[id="${id}"]`).fill(value);
}

async function statusText(page: Page): Promise<string> {
  return (await page.getByTestId('service-status').textContent()) ?? '';
}

/** The coordinator opens the service from the moderation queue, in their own browser session. */
async function openFromQueue(page: Page): Promise<void> {
  await page.goto('/coordinator/moderation');
  await page.getByRole('heading', { level: 1, name: 'Tarkastettavat palvelut' }).waitFor();
  const services = page.getByTestId('moderation-services');
  await services.getByRole('row').filter({ hasText: NAME_FI }).filter({ hasText: 'Päijät-Hämeen Työvalmennussäätiö sr' }).waitFor();
  await services.getByRole('link', { name: NAME_FI }).click();
  await page.getByRole('heading', { level: 1, name: `Tarkastettava palvelu: ${NAME_FI}` }).waitFor();
  await page.getByTestId('moderation-item-status').filter({ hasText: 'Odottaa tarkastusta' }).waitFor();
}

describe('a provider publishes a service through moderation', () => {
  const run = journey();
  let serviceId = '';

  it('creates a service in Finnish and Swedish, is rejected with a reason, fixes it, and a visitor finds it once approved', async () => {
    const { context, page, offOrigin } = await signedIn(run.browser, 'fi', PROVIDER, '/provider/services');
    await page.getByRole('heading', { level: 1, name: 'Omat palvelut' }).waitFor();
    await page.getByTestId('filter-ALL').waitFor();
    await visited(page, 'provider-services-fi');

    await page.getByTestId('new-service').click();
    await page.waitForURL('**/provider/services/new');
    await page.getByRole('heading', { level: 1, name: 'Uusi palvelu' }).waitFor();
    await page.locator('label', { hasText: /^Työkokeilu$/ }).waitFor();
    await visited(page, 'provider-service-new-fi');

    // Saved empty: the server's problems next to the fields and in the summary, in Finnish.
    await page.getByTestId('save-draft').click();
    await page.getByRole('heading', { name: /^Lomakkeessa on \d+ virhe/ }).waitFor();
    await page.getByRole('link', { name: 'Nimi (suomi): Anna nimi suomeksi, 3–200 merkkiä.' }).waitFor();
    await page.getByText('Anna nimi suomeksi, 3–200 merkkiä.', { exact: true }).waitFor();
    await page.getByText('Valitse 1–10 palveluluokkaa.', { exact: true }).waitFor();
    await visited(page, 'provider-service-errors-fi');

    // Texts by keyboard: the name, then Tab to the summary.
    await page.locator('[id="service-nameFi"]').focus();
    await page.keyboard.type(NAME_FI);
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('service-summaryFi');
    await page.keyboard.type('Kuukauden työkokeilu puuverstaalla ohjaajan tuella.');
    await fill(page, 'service-descriptionFi', 'Työkokeilussa tutustut puutöihin ja kokeilet, sopiiko ala sinulle. Ohjaaja tukee koko ajan.');
    // Swedish is optional and marked missing until written.
    await page.getByTestId('missing-sv').waitFor();
    await fill(page, 'service-nameSv', NAME_SV);
    await fill(page, 'service-summarySv', 'En månads arbetsprövning i en snickeriverkstad med handledare.');
    await fill(page, 'service-descriptionSv', 'Under arbetsprövningen bekantar du dig med snickeri och prövar om branschen passar dig.');
    await page.getByTestId('missing-sv').waitFor({ state: 'detached' });
    await page.getByTestId('missing-en').waitFor();

    await page.locator('label', { hasText: /^Työkokeilu$/ }).click();
    await page.locator('label', { hasText: /^Osatyökykyiset$/ }).click();
    // Coverage: Lahti, searched by name.
    await page.locator('[id="service-municipality-picker"]').click();
    await page.keyboard.type('Lahti');
    await page.getByRole('option', { name: 'Lahti', exact: true }).click();
    await page.getByTestId('chosen-municipalities').filter({ hasText: 'Lahti' }).waitFor();
    // A location with accessibility.
    await page.getByRole('button', { name: 'Lisää toimipaikka' }).click();
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('service-locations.0.name');
    await page.keyboard.type('Puuverstas');
    await fill(page, 'service-locations.0.streetAddress', 'Verstaankatu 3');
    await fill(page, 'service-locations.0.postalCode', '15100');
    await page.locator('[id="service-locations.0.municipalityCode"]').click();
    await page.keyboard.type('Lahti');
    await page.getByRole('option', { name: 'Lahti', exact: true }).click();
    await fill(page, 'service-locations.0.accessibilityFi', 'Esteetön sisäänkäynti pihan puolelta.');
    await fill(page, 'service-eligibilityFi', 'Työnhakijat, joille työkokeilu on sovittu työllisyyspalveluissa.');
    await fill(page, 'service-email', 'verstas@tyovalmennus.example');
    // The preview shows the card as search will.
    await page.getByTestId('service-preview').filter({ hasText: NAME_FI }).waitFor();
    await visited(page, 'provider-service-filled-fi');

    await page.getByTestId('save-and-submit').click();
    await page.waitForURL((url) => /^\/provider\/services\/[0-9a-f-]{36}$/.test(url.pathname));
    serviceId = new URL(page.url()).pathname.split('/').pop() ?? '';
    await page.getByTestId('save-outcome').filter({ hasText: 'Palvelu lähetettiin tarkastettavaksi.' }).waitFor();
    await expect(statusText(page)).resolves.toBe('Tarkastettavana');
    await visited(page, 'provider-service-submitted-fi');

    // The coordinator, in a browser of their own, finds it in the moderation queue and rejects it with a reason.
    const coordinator = await openSession(run.browser, 'fi');
    const moderator = coordinator.page;
    await signIn(moderator, COORDINATOR, '/coordinator/moderation');
    await openFromQueue(moderator);
    await moderator.getByTestId('moderation-coverage').filter({ hasText: 'Lahti' }).waitFor();
    await visited(moderator, 'provider-journey-moderation-service-fi');
    const reason = 'Kerro, kuinka pitkä työkokeilu on ja montako paikkaa on.';
    await moderator.getByTestId('moderation-reject').click();
    const dialog = moderator.getByRole('dialog');
    await dialog.getByRole('heading', { name: 'Palautetaanko perustelun kanssa?' }).waitFor();
    await dialog.getByLabel(/^Perustelu palveluntuottajalle/).fill(reason);
    await visitedDialog(moderator, 'provider-journey-moderation-reject-dialog-fi');
    await dialog.getByRole('button', { name: 'Palauta perustelun kanssa' }).click();
    await moderator.getByTestId('moderation-done').filter({ hasText: 'Palvelu on palautettu palveluntuottajalle perustelun kanssa.' }).waitFor();
    await moderator.getByTestId('moderation-item-status').filter({ hasText: 'Palautettu' }).waitFor();
    await visited(moderator, 'provider-journey-moderation-rejected-fi');

    // The provider sees the reason the coordinator typed.
    await page.reload();
    await page.getByTestId('rejection-reason').filter({ hasText: reason }).waitFor();
    await expect(statusText(page)).resolves.toBe('Palautettu');
    await visited(page, 'provider-service-rejected-fi');

    // The list by status: the rejected one with its reason.
    await page.goto('/provider/services?status=REJECTED');
    const row = page.getByTestId('services-table').getByRole('row', { name: new RegExp(WORD) });
    await row.filter({ hasText: reason }).waitFor();
    await expect(page.getByTestId('filter-REJECTED').getAttribute('aria-pressed')).resolves.toBe('true');
    await visited(page, 'provider-services-rejected-fi');

    // Fixes and resubmits.
    await row.getByRole('link').click();
    await page.getByTestId('edit-service').click();
    await page.waitForURL(`**/provider/services/${serviceId}/edit`);
    await page.locator('[id="service-capacity"]').waitFor();
    await fill(page, 'service-capacity', '6');
    await fill(page, 'service-scheduleFi', 'Neljä viikkoa, maanantaista torstaihin klo 8–14.');
    await visited(page, 'provider-service-edit-fi');
    await page.getByTestId('save-and-submit').click();
    await page.getByTestId('save-outcome').filter({ hasText: 'Palvelu lähetettiin tarkastettavaksi.' }).waitFor();
    await expect(statusText(page)).resolves.toBe('Tarkastettavana');

    // The coordinator finds the fixed one back in the queue, sees the new details and approves it.
    await openFromQueue(moderator);
    await moderator.getByText('Neljä viikkoa, maanantaista torstaihin klo 8–14.').waitFor();
    await visited(moderator, 'provider-journey-moderation-resubmitted-fi');
    await approveInModeration(moderator, 'provider-journey-moderation-approve-dialog-fi');
    await visited(moderator, 'provider-journey-moderation-approved-fi');
    // Decided: the queue no longer lists it.
    await moderator.getByRole('link', { name: 'Takaisin tarkastettaviin' }).click();
    await moderator.getByRole('heading', { level: 1, name: 'Tarkastettavat palvelut' }).waitFor();
    await moderator.getByRole('heading', { level: 2, name: /^Uudet palvelut \(\d+\)$/ }).waitFor();
    await moderator.getByRole('link', { name: NAME_FI }).waitFor({ state: 'detached' });
    expect(coordinator.offOrigin).toEqual([]);
    await coordinator.context.close();

    // The provider's page shows it published with its history.
    await page.reload();
    await expect(settled(() => statusText(page), (text) => text === 'Julkaistu')).resolves.toBe('Julkaistu');
    await page.getByTestId('service-history').getByRole('table').waitFor();
    await visited(page, 'provider-service-published-fi');

    // An anonymous visitor finds it in search within seconds (the worker updates the index).
    const visitor = await openSession(run.browser, 'fi');
    const started = Date.now();
    const found = await settled(
      async () => {
        await visitor.page.goto(`/services?q=${WORD}`);
        await visitor.page.locator('ul.services-list[aria-busy="false"]').or(visitor.page.getByTestId('result-count')).first().waitFor();
        return visitor.page.getByTestId('service-card').filter({ hasText: NAME_FI }).count();
      },
      (count) => count > 0,
      20,
    );
    expect(found).toBe(1);
    expect(Date.now() - started).toBeLessThan(20_000);
    await visited(visitor.page, 'provider-service-found-fi');
    await visitor.context.close();

    // Editing a published service is a pending revision: the page says so.
    await page.getByTestId('edit-service').click();
    await page.getByTestId('revision-note').waitFor();
    await fill(page, 'service-nameEn', `Work trial ${WORD}`);
    await page.getByTestId('save-changes').click();
    await page.getByTestId('save-outcome').filter({ hasText: 'Muutokset lähetettiin tarkastettavaksi.' }).waitFor();
    await page.getByTestId('revision-state').filter({ hasText: 'odottaa tarkastusta' }).waitFor();
    await expect(statusText(page)).resolves.toBe('Julkaistu');
    await visited(page, 'provider-service-revision-fi');

    expect(offOrigin).toEqual([]);
    await context.close();
    // A long journey: three sessions, two moderation rounds in the browser and the search index.
  }, 300_000);

  it('the organisation page in Finnish: contact details editable, the rest read-only', async () => {
    // The demo organisation's contact details as they were, put back at the end.
    const token = await devToken(PROVIDER);
    const before = await graphql<{ me: { memberships: { organization: { id: string; email: string | null; phone: string | null; website: string | null } }[] } }>(
      '{ me { memberships { organization { id email phone website } } } }',
      {},
      token,
    );
    const original = before.me.memberships[0].organization;
    const { context, page } = await signedIn(run.browser, 'fi', PROVIDER, '/provider/organization');
    await page.getByRole('heading', { level: 1, name: 'Päijät-Hämeen Työvalmennussäätiö sr' }).waitFor();
    await page.getByTestId('organization-home').filter({ hasText: 'Lahti' }).waitFor();
    await visited(page, 'provider-organization-fi');
    await page.getByTestId('edit-contact').click();
    await fill(page, 'organization-email', 'ei-osoite');
    await page.getByTestId('save-contact').click();
    await page.getByText('Anna sähköpostiosoite muodossa nimi@esimerkki.fi.', { exact: true }).waitFor();
    await visited(page, 'provider-organization-error-fi');
    await fill(page, 'organization-email', 'info@tyovalmennus.example');
    await fill(page, 'organization-phone', '03 555 0100');
    await page.getByTestId('save-contact').click();
    await page.getByTestId('organization-status').filter({ hasText: 'Yhteystiedot tallennettiin.' }).waitFor();
    await page.getByTestId('organization-phone').filter({ hasText: '03 555 0100' }).waitFor();
    await context.close();
    await graphql(
      'mutation($id: ID!, $input: OrganizationContactDetailsInput!) { updateOrganizationContactDetails(id: $id, input: $input) { id } }',
      { id: original.id, input: { email: original.email, phone: original.phone, website: original.website } },
      token,
    );
  });

  it('every page in Swedish', async () => {
    const { context, page } = await signedIn(run.browser, 'sv', PROVIDER, '/provider/services');
    await page.getByRole('heading', { level: 1, name: 'Mina tjänster' }).waitFor();
    await page.getByTestId('filter-ALL').waitFor();
    await visited(page, 'provider-services-sv');

    await page.goto('/provider/services/new');
    await page.getByRole('heading', { level: 1, name: 'Ny tjänst' }).waitFor();
    await page.locator('label', { hasText: /^Arbetsprövning$/ }).waitFor();
    await page.getByTestId('save-draft').click();
    await page.getByText('Ange ett namn på finska, 3–200 tecken.', { exact: true }).waitFor();
    await visited(page, 'provider-service-errors-sv');

    if (serviceId) {
      await page.goto(`/provider/services/${serviceId}`);
      await page.getByRole('heading', { level: 1, name: NAME_SV }).waitFor();
      await expect(statusText(page)).resolves.toBe('Publicerad');
      await page.getByTestId('revision-state').waitFor();
      await visited(page, 'provider-service-sv');
      await page.goto(`/provider/services/${serviceId}/edit`);
      await page.getByTestId('revision-note').waitFor();
      await visited(page, 'provider-service-edit-sv');
    }

    await page.goto('/provider/organization');
    await page.getByRole('heading', { level: 1, name: 'Päijät-Hämeen Työvalmennussäätiö sr' }).waitFor();
    await page.getByTestId('organization-home').filter({ hasText: 'Lahtis' }).waitFor();
    await visited(page, 'provider-organization-sv');

    // The archive dialog (only axe's contrast check is off for the dimmed page behind it).
    if (serviceId) {
      await page.goto(`/provider/services/${serviceId}`);
      await page.getByTestId('archive-service').click();
      await page.getByTestId('archive-dialog').waitFor();
      await screenshot(page, 'provider-service-archive-dialog-sv');
      expect((await accessibilityViolations(page)).filter((violation) => !violation.startsWith('color-contrast'))).toEqual([]);
      await page.getByRole('button', { name: 'Avbryt' }).click();
    }
    await context.close();
  });
});
