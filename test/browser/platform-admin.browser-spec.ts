import type { Page } from 'playwright-core';
import { screenshot, visited } from './kit/browser';
import { client, closeSession, journey, signedIn, SUFFIX, visitedDialog } from './kit/journeys';

const PIA = 'paakayttaja@ytmt.example';
// Mikko is a demo jobseeker no other browser journey signs in as, with no provider membership;
// the journey gives him one and takes it away again.
const MIKKO = 'tyonhakija.mikko@ytmt.example';
const PROVIDER = `Kuntoutuspaja Kaari ${SUFFIX} ry`;
const TERM = 'OLDER';
const AREA = 'kouvola';

interface Originals {
  termId: string;
  term: { labelFi: string; labelSv: string | null; labelEn: string | null };
  areaId: string;
  areaNameSv: string | null;
}

/** What the journey changes, read first so it can be put back whatever happens. */
async function originals(): Promise<Originals> {
  const api = await client(PIA);
  const { taxonomyTerms } = await api.data<{ taxonomyTerms: { id: string; code: string; labelFi: string; labelSv: string | null; labelEn: string | null }[] }>(
    '{ taxonomyTerms(taxonomy: TARGET_GROUP) { id code labelFi labelSv labelEn } }',
  );
  const term = taxonomyTerms.find((t) => t.code === TERM);
  const { employmentAreas } = await api.data<{ employmentAreas: { id: string; code: string; nameSv: string | null }[] }>('{ employmentAreas { id code nameSv } }');
  const area = employmentAreas.find((a) => a.code === AREA);
  if (!term || !area) throw new Error('The demo data lacks the term or the area');
  return { termId: term.id, term: { labelFi: term.labelFi, labelSv: term.labelSv, labelEn: term.labelEn }, areaId: area.id, areaNameSv: area.nameSv };
}

async function restore(o: Originals): Promise<void> {
  const api = await client(PIA);
  await api.data('mutation ($id: ID!, $input: UpdateTaxonomyTermInput!) { updateTaxonomyTerm(id: $id, input: $input) { id } }', { id: o.termId, input: o.term });
  await api.data('mutation ($id: ID!, $nameSv: String) { updateEmploymentArea(id: $id, input: { nameSv: $nameSv }) { id } }', { id: o.areaId, nameSv: o.areaNameSv });
  // Mikko keeps no provider role whatever step failed.
  const { users } = await api.data<{ users: { edges: { node: { memberships: { id: string; role: string }[] } }[] } }>(
    'query ($search: String) { users(search: $search) { edges { node { memberships { id role } } } } }',
    { search: MIKKO },
  );
  for (const membership of users.edges.flatMap((e) => e.node.memberships).filter((m) => m.role === 'PROVIDER_USER')) {
    await api.data('mutation ($id: ID!) { removeMembership(membershipId: $id) { id } }', { id: membership.id });
  }
}

const success = (page: Page, text: string | RegExp) => page.locator('.admin-success').filter({ hasText: text }).waitFor();

describe('a platform admin keeps the shared data: taxonomy labels, providers, memberships and areas', () => {
  const run = journey(originals, 120_000);
  afterAll(() => restore(run.prepared));

  it('renames a Swedish label with the keyboard only, and the Swedish list shows it', async () => {
    const session = await signedIn(run.browser, 'fi', PIA, '/admin');
    const { page } = session;
    await page.getByRole('heading', { level: 1, name: 'Ylläpito' }).waitFor();
    await visited(page, 'admin-home-fi');
    await page.getByRole('link', { name: 'Luokitukset' }).click();
    await page.getByRole('heading', { level: 1, name: 'Luokitukset' }).waitFor();
    await page.getByLabel('Luokitus').selectOption('TARGET_GROUP');
    const row = page.getByTestId(`term-${TERM}`);
    await row.waitFor();
    await visited(page, 'admin-taxonomy-fi');

    // Keyboard only: the edit button, the Swedish field, then Enter submits.
    await row.getByRole('button', { name: `Muokkaa termiä ${TERM}` }).focus();
    await page.keyboard.press('Enter');
    const form = page.getByRole('form', { name: `Muokkaa termiä ${TERM}` });
    const swedish = form.getByLabel(/^Nimi ruotsiksi/);
    await swedish.focus();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('Äldre personer');
    await page.keyboard.press('Enter');
    await success(page, `Termin ${TERM} nimet tallennettiin.`);
    expect(await page.evaluate(() => document.activeElement?.closest('.admin-success') !== null)).toBe(true);
    await row.getByText('Äldre personer').waitFor();
    await closeSession(session);

    const sv = await signedIn(run.browser, 'sv', PIA, '/admin/taxonomy');
    await sv.page.getByRole('heading', { level: 1, name: 'Klassificeringar' }).waitFor();
    await sv.page.getByLabel('Klassificering').selectOption('TARGET_GROUP');
    await sv.page.getByTestId(`term-${TERM}`).getByText('Äldre personer').waitFor();
    await visited(sv.page, 'admin-taxonomy-sv');
    for (const [path, heading] of [
      ['/admin', 'Administration'],
      ['/admin/areas', 'Sysselsättningsområden'],
      ['/admin/providers', 'Tjänsteproducenter'],
      ['/admin/users', 'Användare'],
    ] as const) {
      await sv.page.goto(path);
      await sv.page.getByRole('heading', { level: 1, name: heading }).waitFor();
      await sv.page.locator('table').first().or(sv.page.locator('.admin-links')).waitFor();
      await visited(sv.page, `admin-${path.split('/').pop()}-sv`);
    }
    await closeSession(sv);
  });

  it('creates a provider organisation, gives Mikko a provider role there and takes it away again', async () => {
    const session = await signedIn(run.browser, 'fi', PIA, '/admin/providers');
    const { page } = session;
    await page.getByRole('heading', { level: 1, name: 'Palveluntuottajat' }).waitFor();
    await page.locator('table').waitFor();
    await visited(page, 'admin-providers-fi');
    const form = page.getByRole('form', { name: 'Uusi palveluntuottaja' });
    await form.getByLabel(/^Nimi/).fill(PROVIDER);
    await form.getByLabel(/^Kotikunnan kuntanumero/).fill('398');
    await form.getByLabel(/^Sähköposti/).fill('info@kaari.example');
    await form.getByLabel('Organisaatiotyyppi').selectOption('ASSOCIATION');
    await form.getByLabel('Sektori').selectOption('THIRD_SECTOR');
    await form.getByRole('button', { name: 'Luo palveluntuottaja' }).click();
    await success(page, `Palveluntuottaja ${PROVIDER} luotiin.`);

    await page.goto('/admin/users');
    await page.getByRole('heading', { level: 1, name: 'Käyttäjät' }).waitFor();
    await page.getByLabel(/^Hae nimellä tai sähköpostilla/).fill('mikko');
    const row = page.getByTestId(`user-${MIKKO}`);
    await row.waitFor();
    await visited(page, 'admin-users-fi');
    await row.getByRole('button', { name: 'Lisää rooli käyttäjälle Mikko Mäkelä' }).click();
    const add = page.getByRole('form', { name: 'Uusi rooli käyttäjälle Mikko Mäkelä' });
    await add.getByLabel('Rooli').selectOption('PROVIDER_USER');
    await add.getByLabel(/^Hae organisaatiota/).fill(PROVIDER);
    await add.getByRole('option', { name: PROVIDER }).waitFor({ state: 'attached' });
    await add.getByLabel('Organisaatio', { exact: true }).selectOption({ label: PROVIDER });
    await add.getByRole('button', { name: 'Lisää rooli' }).click();
    await success(page, /lisättiin rooli/);
    const chip = row.locator('.admin-chip').filter({ hasText: PROVIDER });
    await chip.waitFor();

    await chip.getByRole('button').click();
    await visitedDialog(page, 'admin-remove-membership-fi');
    await page.getByRole('dialog').getByRole('button', { name: 'Poista rooli' }).click();
    await success(page, /poistettiin rooli/);
    await chip.waitFor({ state: 'detached' });
    await closeSession(session);
  });

  it("edits an employment area's Swedish name", async () => {
    const session = await signedIn(run.browser, 'fi', PIA, '/admin/areas');
    const { page } = session;
    await page.getByRole('heading', { level: 1, name: 'Työllisyysalueet' }).waitFor();
    const row = page.getByTestId(`area-${AREA}`);
    await row.waitFor();
    await visited(page, 'admin-areas-fi');
    await row.getByRole('button', { name: /^Muokkaa aluetta/ }).click();
    const form = page.locator('form').filter({ has: page.getByRole('heading', { name: /^Muokkaa aluetta Kouvola/ }) });
    await form.getByLabel(/^Nimi ruotsiksi/).fill('Kouvola (kommunen ordnar ensam)');
    await form.locator('.admin-chip').first().waitFor();
    await form.getByRole('button', { name: 'Tallenna' }).click();
    await success(page, /tiedot tallennettiin/);
    await page.getByTestId(`area-${AREA}`).getByText('Kouvola (kommunen ordnar ensam)').waitFor();
    await closeSession(session);
  });
  it('opens the queue dashboard from the admin page in Swedish; a coordinator is refused there', async () => {
    const sv = await signedIn(run.browser, 'sv', PIA, '/admin');
    await sv.page.getByRole('heading', { level: 2, name: 'Köövervakning' }).waitFor();
    await visited(sv.page, 'admin-home-sv');
    await sv.page.getByRole('button', { name: 'Öppna köövervakningen' }).click();
    await sv.page.waitForURL(/\/admin\/queues/);
    // bull-board lists the platform's queues once its API answered with the session cookie.
    await sv.page.getByText('search-index').first().waitFor();
    await sv.page.getByText('matching').first().waitFor();
    await screenshot(sv.page, 'admin-queue-dashboard');
    await closeSession(sv);

    const coordinator = await signedIn(run.browser, 'fi', 'koordinaattori.lahti@ytmt.example', '/');
    const refused = await coordinator.page.goto('/admin/queues');
    expect(refused?.status()).toBe(401);
    expect(await coordinator.page.getByText('search-index').count()).toBe(0);
    await closeSession(coordinator);
  });
});
