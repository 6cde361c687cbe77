import type { Page } from 'playwright-core';
import { visited } from './kit/browser';
import { client, closeSession, DEMO, journey, settled, signedIn } from './kit/journeys';

const EMPLOYER = DEMO.helsinkiEmployer;
const COMPUTER_PROGRAMMING = 'http://data.europa.eu/esco/skill/21d2f96d-35f7-4e3f-9745-c533d2dd6e97';

/** The assistant's panel below the wizard's step. */
const panel = (page: Page) => page.locator('section[aria-labelledby="need-assistant-heading"]');
const remarks = (page: Page, name: string) => panel(page).getByRole('list', { name });

/** The titles of the remarks in the list, once the debounced check has answered. */
async function remarkTitles(page: Page, list: string): Promise<string[]> {
  return remarks(page, list)
    .locator(':scope > li .fi-inline-alert_label')
    .allTextContents()
    .catch(() => []);
}

describe('the inclusive-need assistant in the wizard', () => {
  const run = journey();

  it('työnantaja kirjoittaa tarpeen, näkee äidinkielisen suomen ja asiaankuulumattoman osaamisen huomiot, korjaa toisen ja hylkää toisen perustellen', async () => {
    const session = await signedIn(run.browser, 'fi', EMPLOYER, '/needs/new');
    const { page } = session;
    await page.getByRole('heading', { level: 2, name: 'Tarpeen laji' }).waitFor();
    await page.locator('label[for="need-kind-RECRUITMENT"]').click();
    await expect(page.locator('#need-kind-RECRUITMENT').isChecked()).resolves.toBe(true);
    await page.getByRole('button', { name: 'Seuraava' }).click();

    // 2. The ad asks for a native speaker of Finnish; the assistant says so while the employer writes.
    await page.getByRole('heading', { level: 2, name: 'Otsikko ja kuvaus' }).waitFor();
    await page.locator('#need-title').fill('Varastotyöntekijä, keräily');
    await page
      .locator('#need-description')
      .fill('Työtehtäviin kuuluu tilausten keräily ja pakkaaminen varastossamme. Edellytämme äidinkielistä suomen kielen taitoa. Palkka TES:n mukaan.');
    const nativeTitle = 'Sanamuoto voi sulkea pois hakijoita: ”äidinkielistä”';
    await panel(page).getByText(nativeTitle).waitFor();
    await expect(panel(page).textContent()).resolves.toContain('Syntyperään tai äidinkieleen viittaava vaatimus syrjii alkuperän perusteella.');
    // Before the first save a remark can be fixed but not yet dismissed.
    await expect(panel(page).getByText('Voit hylätä huomion, kun tarpeen luonnos on tallennettu.').first().isVisible()).resolves.toBe(true);
    await visited(page, 'need-assistant-1-native-fi');
    await page.getByRole('button', { name: 'Seuraava' }).click();
    await page.waitForURL(/\/needs\/[0-9a-f-]{36}\/edit\?step=3$/);
    const needId = /\/needs\/([0-9a-f-]{36})\/edit/.exec(page.url())?.[1] ?? '';

    // 3. The occupation, and a required skill that has nothing to do with it.
    await page.getByRole('heading', { level: 2, name: 'Ammatti ja osaaminen' }).waitFor();
    await page.getByRole('list', { name: 'Ehdotetut ammatit' }).getByRole('button', { name: 'Valitse ammatiksi varastotyöntekijä' }).click();
    await page.getByText('Valittu ammatti: varastotyöntekijä').waitFor();
    await page.locator('#need-occupation-search').fill('tietokoneohjelmointi');
    await page.getByRole('list', { name: 'Osaamiset' }).getByRole('button', { name: 'Lisää osaaminen tietokoneohjelmointi' }).click();
    await expect(page.locator('#need-skill-0-required').isChecked()).resolves.toBe(true);
    await page.locator('#need-occupation-search').fill('');
    const skillTitle = 'Vaadittu osaaminen ei kuulu ammatin keskeisiin: tietokoneohjelmointi';
    await panel(page).getByText(skillTitle).waitFor();

    // Both remarks, each with its reason and a suggested fix.
    const titles = await settled(
      () => remarkTitles(page, 'Avustajan huomiot'),
      (value) => value.includes(nativeTitle) && value.includes(skillTitle),
    );
    expect(titles).toEqual(expect.arrayContaining([nativeTitle, skillTitle]));
    const text = (await panel(page).textContent()) ?? '';
    expect(text).toContain('ei ole valitun ammatin keskeinen osaaminen ESCO-luokituksessa');
    expect(text).toContain('Merkitse osaaminen toivotuksi, tai kerro kuvauksessa, miksi sitä tarvitaan');
    expect(text).toContain('Käytä mieluummin: ”sujuva suomen kielen taito (B2)”.');
    await visited(page, 'need-assistant-3-two-remarks-fi');

    // Fix the first: the ad asks for the level the work needs instead.
    await page.getByRole('button', { name: 'Edellinen' }).click();
    await page.getByRole('heading', { level: 2, name: 'Otsikko ja kuvaus' }).waitFor();
    await page
      .locator('#need-description')
      .fill('Työtehtäviin kuuluu tilausten keräily ja pakkaaminen varastossamme. Edellytämme sujuvaa suomen kielen taitoa (B1). Palkka TES:n mukaan.');
    await settled(
      () => remarkTitles(page, 'Avustajan huomiot'),
      (value) => !value.includes(nativeTitle) && value.includes(skillTitle),
    );
    await expect(panel(page).getByText(nativeTitle).count()).resolves.toBe(0);

    // Dismiss the other with a reason: it moves to the dismissed remarks and is kept with the need.
    const reason = 'Keräilyrobottien ohjelmointi kuuluu tähän työhön';
    await panel(page).getByRole('button', { name: `Hylkää huomio: ${skillTitle}` }).click();
    const reasonField = page.getByLabel('Miksi huomio ei koske tätä tarvetta?');
    await expect(reasonField.evaluate((element) => element === document.activeElement)).resolves.toBe(true);
    await page.keyboard.type(reason);
    await visited(page, 'need-assistant-dismissing-fi');
    await panel(page).getByRole('button', { name: 'Tallenna hylkäys' }).click();
    await remarks(page, 'Hylätyt huomiot').getByText(`Hylätty perustellen: ${reason}`).waitFor();
    await expect(panel(page).getByRole('status').textContent()).resolves.toContain('1 huomio hylätty.');
    await visited(page, 'need-assistant-dismissed-fi');

    const api = await client(EMPLOYER);
    const { needAssistant } = await api.data<{ needAssistant: { flags: { code: string; subject: string; dismissal: { reason: string } | null }[] } }>(
      'query ($input: NeedAssistantInput!) { needAssistant(input: $input) { flags { code subject dismissal { reason } } } }',
      { input: { needId, draft: { kinds: ['RECRUITMENT'], occupationUri: 'http://data.europa.eu/esco/occupation/bea705fe-06ac-4147-b8e0-6e8ac1208d8f', skills: [{ uri: COMPUTER_PROGRAMMING, required: true }] } } },
    );
    expect(needAssistant.flags.find((flag) => flag.code === 'REQUIRED_SKILL_NOT_ESSENTIAL')).toEqual({
      code: 'REQUIRED_SKILL_NOT_ESSENTIAL',
      subject: COMPUTER_PROGRAMMING,
      dismissal: { reason },
    });

    // Second thoughts: the dismissed remark shows its reason and can be brought back.
    await panel(page).getByRole('button', { name: `Peru hylkäys: ${skillTitle}` }).click();
    await settled(
      () => remarkTitles(page, 'Avustajan huomiot'),
      (value) => value.includes(skillTitle),
    );
    await expect(remarks(page, 'Hylätyt huomiot').count()).resolves.toBe(0);
    await panel(page).getByRole('status').filter({ hasText: 'Huomio palautettu.' }).waitFor();
    await expect(page.locator('#need-assistant-heading').evaluate((element) => element === document.activeElement)).resolves.toBe(true);
    await visited(page, 'need-assistant-undone-fi');
    const { needAssistant: after } = await api.data<{ needAssistant: { flags: { code: string; dismissal: { reason: string } | null }[] } }>(
      'query ($input: NeedAssistantInput!) { needAssistant(input: $input) { flags { code dismissal { reason } } } }',
      { input: { needId, draft: { kinds: ['RECRUITMENT'], occupationUri: 'http://data.europa.eu/esco/occupation/bea705fe-06ac-4147-b8e0-6e8ac1208d8f', skills: [{ uri: COMPUTER_PROGRAMMING, required: true }] } } },
    );
    expect(after.flags.find((flag) => flag.code === 'REQUIRED_SKILL_NOT_ESSENTIAL')?.dismissal).toBeNull();
    await closeSession(session);
  }, 240_000);

  it('arbetsgivaren ser assistentens anmärkningar på svenska', async () => {
    const session = await signedIn(run.browser, 'sv', EMPLOYER, '/needs/new');
    const { page } = session;
    await page.getByRole('heading', { level: 2, name: 'Typ av behov' }).waitFor();
    await page.locator('label[for="need-kind-RECRUITMENT"]').click();
    await page.getByRole('button', { name: 'Nästa' }).click();
    await page.getByRole('heading', { level: 2, name: 'Rubrik och beskrivning' }).waitFor();
    await page.locator('#need-title').fill('Lagerarbetare');
    await page.locator('#need-description').fill('Vi söker en ung och energisk lagerarbetare som plockar order.');
    await panel(page).getByRole('heading', { level: 2, name: 'Granskning av annonsen' }).waitFor();
    const title = 'Formuleringen kan utesluta sökande: ”ung och energisk”';
    await panel(page).getByText(title).waitFor();
    const text = (await panel(page).textContent()) ?? '';
    expect(text).toContain('Ålder är inget krav för arbetet');
    expect(text).toContain('Använd hellre: ”engagerad och initiativrik”.');
    expect(text).toContain('Lönen anges inte');
    await expect(panel(page).getByRole('link', { name: 'Råd: Inkluderande platsannons' }).first().getAttribute('href')).resolves.toBe('/advice?topic=INCLUSIVE_JOB_AD');
    await visited(page, 'need-assistant-2-wording-sv');

    // Once the draft is saved the remark can be dismissed with a reason, and the dismissal undone.
    await page.getByRole('button', { name: 'Nästa' }).click();
    await page.waitForURL(/\/needs\/[0-9a-f-]{36}\/edit\?step=3$/);
    await panel(page).getByRole('button', { name: `Avvisa anmärkningen: ${title}` }).click();
    await page.getByLabel('Varför gäller anmärkningen inte detta behov?').fill('Annonsen skrivs om innan den publiceras');
    await panel(page).getByRole('button', { name: 'Spara avvisningen' }).click();
    await remarks(page, 'Avvisade anmärkningar').getByText('Avvisad med motiveringen: Annonsen skrivs om innan den publiceras').waitFor();
    await panel(page).getByRole('button', { name: `Ångra avvisningen: ${title}` }).click();
    await settled(
      () => remarkTitles(page, 'Assistentens anmärkningar'),
      (value) => value.includes(title),
    );
    await panel(page).getByRole('status').filter({ hasText: 'Anmärkningen är tillbaka.' }).waitFor();
    await expect(remarks(page, 'Avvisade anmärkningar').count()).resolves.toBe(0);
    await visited(page, 'need-assistant-undone-sv');
    await closeSession(session);
  }, 180_000);
});
