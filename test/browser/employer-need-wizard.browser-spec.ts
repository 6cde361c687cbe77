import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openSession, signIn, visited } from './kit/browser';
import { byId, tabUntil } from './kit/journeys';

const EMPLOYER = 'tyonantaja.helsinki@ytmt.example';

/** What has keyboard focus: enough to say where the person is. */
interface Focused {
  id: string;
  tag: string;
  /** aria-label, else the label of the input, else the visible text. */
  name: string;
  checked: boolean | null;
  value: string | null;
}

async function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element) return { id: '', tag: '', name: '', checked: null, value: null };
    const input = element as HTMLInputElement;
    const label = input.labels && input.labels.length > 0 ? (input.labels[0].textContent ?? '') : '';
    return {
      id: element.id,
      tag: element.tagName.toLowerCase(),
      name: (element.getAttribute('aria-label') ?? (label || element.textContent) ?? '').trim(),
      checked: input.type === 'checkbox' || input.type === 'radio' ? input.checked : null,
      value: 'value' in input ? input.value : null,
    };
  });
}

/** Presses Tab (only Tab) until the focused element is the one wanted; fails naming it when it never comes. */
const tabTo = (page: Page, wanted: (focus: Focused) => boolean, what: string, limit = 80): Promise<Focused> => tabUntil(page, focused, wanted, what, limit);
const button = (name: string | RegExp) => (focus: Focused) =>
  focus.tag === 'button' && (typeof name === 'string' ? focus.name === name : name.test(focus.name));

/** The step's own heading takes focus when the step changes. */
async function expectStepHeadingFocused(page: Page, heading: string): Promise<void> {
  await page.waitForFunction((text) => document.activeElement?.tagName === 'H2' && document.activeElement.textContent === text, heading);
}

/** The text under an input that tells what is wrong with it (its aria-describedby). */
async function describedText(page: Page, id: string): Promise<string> {
  return page.evaluate((inputId) => {
    const input = document.getElementById(inputId);
    const ids = (input?.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
    return ids.map((describedBy) => document.getElementById(describedBy)?.textContent ?? '').join(' ');
  }, id);
}

async function isChecked(page: Page, id: string): Promise<boolean> {
  return page.evaluate((inputId) => (document.getElementById(inputId) as HTMLInputElement | null)?.checked === true, id);
}

/** After the first save the address names the need and the step, so a reload keeps the place. */
async function expectAddress(page: Page, needId: string | undefined, step: number): Promise<void> {
  await page.waitForURL((url) => url.pathname === `/needs/${needId}/edit` && url.search === `?step=${step}`);
}

/** Selects what is in the focused field and types over it, as a person does with Ctrl+A. */
async function retype(page: Page, text: string): Promise<void> {
  await page.keyboard.press('Control+A');
  await page.keyboard.type(text);
}

describe('the new-need wizard', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('employer creates a need with a carved role through the wizard by keyboard', async () => {
    const { context, page, offOrigin } = await openSession(browser, 'fi');
    await signIn(page, EMPLOYER, '/needs/new');
    await page.getByRole('heading', { level: 2, name: 'Tarpeen laji' }).waitFor();
    await expect(page.locator('h1').textContent()).resolves.toBe('Uusi tarve');
    await expect(page.getByRole('navigation', { name: 'Tarpeen vaiheet' }).textContent()).resolves.toContain('7. Näkyvyys ja yhteenveto');
    await visited(page, 'need-wizard-1-kind-fi');

    // 1. Kind: recruitment.
    await tabTo(page, byId('need-kind-RECRUITMENT'), 'the recruitment checkbox');
    await page.keyboard.press('Space');
    await expect(isChecked(page, 'need-kind-RECRUITMENT')).resolves.toBe(true);
    await tabTo(page, button('Seuraava'), 'Seuraava');
    await page.keyboard.press('Enter');

    // 2. Title and description; moving on saves the first draft and the address names the need.
    await expectStepHeadingFocused(page, 'Otsikko ja kuvaus');
    await visited(page, 'need-wizard-2-story-fi');
    await tabTo(page, byId('need-title'), 'the title');
    await page.keyboard.type('Varastotyöntekijä, keräily');
    await page.keyboard.press('Tab');
    await expect(focused(page).then((f) => f.id)).resolves.toBe('need-description');
    await page.keyboard.type(
      'Keräämme asiakkaiden tilauksia varastossamme ja pakkaamme ne lähetettäviksi. Työssä käytetään käsipäätettä, ja raskaat kuormat puretaan trukilla.',
    );
    await tabTo(page, button('Seuraava'), 'Seuraava');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/needs\/[0-9a-f-]{36}\/edit\?step=3$/);
    const needId = /\/needs\/([0-9a-f-]{36})\/edit/.exec(page.url())?.[1];
    expect(needId).toBeDefined();

    // 3. Occupation and skills suggested from the text.
    await expectStepHeadingFocused(page, 'Ammatti ja osaaminen');
    const suggestedOccupations = page.getByRole('list', { name: 'Ehdotetut ammatit' });
    await suggestedOccupations.getByRole('button', { name: 'Valitse ammatiksi varastotyöntekijä' }).waitFor();
    await visited(page, 'need-wizard-3-skills-fi');
    await tabTo(page, button('Valitse ammatiksi varastotyöntekijä'), 'the suggested occupation');
    await page.keyboard.press('Enter');
    await page.getByText('Valittu ammatti: varastotyöntekijä').waitFor();
    await page.getByRole('list', { name: 'Ammatin keskeiset osaamiset' }).waitFor();
    // The occupation's essential skills are offered next; the first one becomes a chosen skill.
    const essential = await tabTo(page, button(/^Lisää osaaminen /), 'an essential skill of the occupation');
    const requiredSkill = essential.name.replace(/^Lisää osaaminen /, '');
    await page.keyboard.press('Enter');
    await expect(focused(page).then((f) => f.name)).resolves.toBe(`${requiredSkill}, lisätty`);
    // A second one, marked wished instead of required.
    const second = await tabTo(page, button(/^Lisää osaaminen /), 'another skill');
    const wishedSkill = second.name.replace(/^Lisää osaaminen /, '');
    await page.keyboard.press('Enter');
    const chosen = page.getByRole('heading', { level: 3, name: 'Valitut osaamiset' });
    await chosen.waitFor();
    await tabTo(page, byId('need-skill-0-required'), 'the first chosen skill, required');
    await expect(isChecked(page, 'need-skill-0-required')).resolves.toBe(true);
    await tabTo(page, byId('need-skill-1-required'), 'the second chosen skill');
    await page.keyboard.press('ArrowRight');
    await expect(isChecked(page, 'need-skill-1-wished')).resolves.toBe(true);
    await tabTo(page, button('Seuraava'), 'Seuraava');
    await page.keyboard.press('Enter');

    // 4. Inclusion: adjustments and openness to precision-capable people.
    await expectStepHeadingFocused(page, 'Mukautukset ja tuki');
    await expectAddress(page, needId, 4);
    await expect(page.getByText(/Täsmätyökykyinen ihminen pystyy tekemään tietyt tehtävät täysipainoisesti/).count()).resolves.toBe(1);
    await visited(page, 'need-wizard-4-inclusion-fi');
    await tabTo(page, byId('need-adjustment-WORKING_TIME'), 'working-time adjustment');
    await page.keyboard.press('Space');
    await tabTo(page, byId('need-adjustment-WORK_TASKS'), 'work-task adjustment');
    await page.keyboard.press('Space');
    await tabTo(page, byId('need-precision-capable'), 'open to precision-capable');
    await page.keyboard.press('Space');
    await expect(isChecked(page, 'need-precision-capable')).resolves.toBe(true);
    await tabTo(page, button('Seuraava'), 'Seuraava');
    await page.keyboard.press('Enter');

    // 5. The carved role: a core task with little lifting and a separable one with heavy lifting.
    await expectStepHeadingFocused(page, 'Tehtävät ja kuormitus');
    await expectAddress(page, needId, 5);
    await tabTo(page, byId('need-add-task'), 'Lisää tehtävä');
    await page.keyboard.press('Enter');
    await expect(focused(page).then((f) => f.id)).resolves.toBe('need-task-0-title');
    await page.keyboard.type('Tilausten keräily');
    await expect(isChecked(page, 'need-task-0-kind-CORE')).resolves.toBe(true);
    await tabTo(page, byId('need-task-0-lifting-0'), 'lifting of task 1');
    await page.keyboard.press('ArrowRight');
    await expect(isChecked(page, 'need-task-0-lifting-1')).resolves.toBe(true);
    await expect(focused(page).then((f) => f.name)).resolves.toBe('Vähän');
    await tabTo(page, byId('need-add-task'), 'Lisää tehtävä');
    await page.keyboard.press('Enter');
    await expect(focused(page).then((f) => f.id)).resolves.toBe('need-task-1-title');
    await page.keyboard.type('Kuormien purku');
    await expect(isChecked(page, 'need-task-1-kind-SEPARABLE')).resolves.toBe(true);
    await tabTo(page, byId('need-task-1-lifting-0'), 'lifting of task 2');
    for (let level = 1; level <= 3; level++) await page.keyboard.press('ArrowRight');
    await expect(isChecked(page, 'need-task-1-lifting-3')).resolves.toBe(true);
    await expect(focused(page).then((f) => f.name)).resolves.toBe('Paljon');
    await visited(page, 'need-wizard-5-role-fi');
    await tabTo(page, button('Seuraava'), 'Seuraava');
    await page.keyboard.press('Enter');

    // 6. Place and hours; the server refuses more hours at least than at most.
    await expectStepHeadingFocused(page, 'Paikka ja työaika');
    await expectAddress(page, needId, 6);
    await tabTo(page, byId('need-municipality'), 'the municipality');
    await retype(page, 'Vantaa');
    await page.getByRole('option', { name: 'Vantaa' }).waitFor();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => (document.getElementById('need-municipality') as HTMLInputElement | null)?.value === 'Vantaa');
    // Moving on at once keeps the focus where the person went: the picker selects its text a moment
    // after a choice, and that must not pull the focus back into the picker.
    await page.keyboard.press('Tab');
    await expect(focused(page).then((f) => f.name)).resolves.toBe('Tyhjennä kunnan valinta');
    await page.waitForTimeout(300);
    await expect(focused(page).then((f) => f.name)).resolves.toBe('Tyhjennä kunnan valinta');
    await tabTo(page, byId('need-hours-min'), 'hours at least');
    await page.keyboard.type('40');
    await page.keyboard.press('Tab');
    // One Tab moves from the least to the most hours.
    await page.waitForFunction(() => document.activeElement?.id === 'need-hours-max', null, { timeout: 5000 }).catch(() => undefined);
    await expect(focused(page).then((f) => f.id)).resolves.toBe('need-hours-max');
    await page.keyboard.type('20');
    await tabTo(page, button('Seuraava'), 'Seuraava');
    await page.keyboard.press('Enter');
    const summaryHeading = page.getByRole('heading', { name: 'Lomakkeessa on 1 virhe' });
    await summaryHeading.waitFor();
    await page.waitForFunction(() => document.activeElement?.textContent === 'Lomakkeessa on 1 virhe');
    const problem = 'Enimmäistunteja on oltava vähintään yhtä monta kuin vähimmäistunteja.';
    await expect(page.getByRole('link', { name: `Tunteja viikossa enintään: ${problem}` }).count()).resolves.toBe(1);
    await expect(describedText(page, 'need-hours-max')).resolves.toContain(problem);
    await expect(page.getByRole('heading', { level: 2, name: 'Paikka ja työaika' }).count()).resolves.toBe(1);
    await visited(page, 'need-wizard-6-place-error-fi');
    // From the summary's link straight to the field, then fix both numbers.
    await tabTo(page, (f) => f.tag === 'a' && f.name.startsWith('Tunteja viikossa enintään'), 'the summary link');
    await page.keyboard.press('Enter');
    await expect(focused(page).then((f) => f.id)).resolves.toBe('need-hours-max');
    await retype(page, '37');
    await page.keyboard.press('Shift+Tab');
    await expect(focused(page).then((f) => f.id)).resolves.toBe('need-hours-min');
    await retype(page, '20');
    await tabTo(page, button('Seuraava'), 'Seuraava');
    await page.keyboard.press('Enter');

    // 7. Visibility and the summary of everything.
    await expectStepHeadingFocused(page, 'Näkyvyys ja yhteenveto');
    await expectAddress(page, needId, 7);
    await tabTo(page, byId('need-visibility-COORDINATORS_ONLY'), 'the visibility choice');
    await page.keyboard.press('ArrowDown');
    await expect(isChecked(page, 'need-visibility-COORDINATORS_AND_PROVIDERS')).resolves.toBe(true);
    const summary = page.locator('section[aria-labelledby="need-summary-heading"]');
    const summaryText = (await summary.textContent()) ?? '';
    for (const expected of [
      'Rekrytointi',
      'Varastotyöntekijä, keräily',
      'varastotyöntekijä',
      requiredSkill,
      wishedSkill,
      'Työaika, Työtehtävät',
      'Tehtävä 1: Tilausten keräily',
      'Ydintehtävä',
      'Nostaminen: vähän',
      'Tehtävä 2: Kuormien purku',
      'Erotettava tehtävä',
      'Nostaminen: paljon',
      'Vantaa',
      '20–37 tuntia',
      'Yrityskoordinaattorit ja palveluntarjoajat',
    ]) {
      expect(summaryText).toContain(expected);
    }
    await visited(page, 'need-wizard-7-summary-fi');
    await tabTo(page, button('Tallenna tarve'), 'Tallenna tarve');
    await page.keyboard.press('Enter');

    // The need's own page.
    await page.waitForURL((url) => url.pathname === `/needs/${needId}`);
    await page.locator('h1', { hasText: 'Varastotyöntekijä, keräily' }).waitFor();
    await expect(page.locator('h1').textContent()).resolves.toContain('Varastotyöntekijä, keräily');
    // The new need is suggested services that fit its choices, each with the reason.
    await page.getByRole('heading', { level: 2, name: 'Ehdotetut palvelut' }).waitFor();
    const suggested = page.getByTestId('suggested-services').locator(':scope > li');
    await suggested.first().waitFor();
    expect(await suggested.count()).toBeGreaterThan(0);
    await suggested.first().locator('.needs-reasons li').first().waitFor();
    await visited(page, 'need-wizard-finished-need-fi');
    expect(offOrigin).toEqual([]);
    await context.close();
  }, 240_000);

  it('arbetsgivaren börjar ett nytt behov på svenska och sparar ett utkast med tangentbordet', async () => {
    const { context, page, offOrigin } = await openSession(browser, 'sv');
    await signIn(page, EMPLOYER, '/needs/new');
    await page.getByRole('heading', { level: 2, name: 'Typ av behov' }).waitFor();
    await expect(page.locator('h1').textContent()).resolves.toBe('Nytt behov');
    await visited(page, 'need-wizard-1-kind-sv');

    await tabTo(page, byId('need-kind-COMPETENCE_DEVELOPMENT'), 'kompetensutveckling');
    await page.keyboard.press('Space');
    await tabTo(page, button('Nästa'), 'Nästa');
    await page.keyboard.press('Enter');

    await expectStepHeadingFocused(page, 'Rubrik och beskrivning');
    await visited(page, 'need-wizard-2-story-sv');
    await tabTo(page, byId('need-title'), 'rubriken');
    await page.keyboard.type('Kundbetjänare, butik');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Vi söker en kundbetjänare till vår butik. Arbetet omfattar kassa, kundservice och påfyllning av hyllor.');
    await tabTo(page, button('Spara utkast'), 'Spara utkast');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/needs\/[0-9a-f-]{36}\/edit\?step=2$/);
    const swedishNeedId = /\/needs\/([0-9a-f-]{36})\/edit/.exec(page.url())?.[1] ?? '';
    await page.getByRole('status').filter({ hasText: 'Utkastet har sparats.' }).waitFor();

    await tabTo(page, button('Nästa'), 'Nästa');
    await page.keyboard.press('Enter');
    await expectStepHeadingFocused(page, 'Yrke och kompetens');
    await page.getByRole('list', { name: 'Föreslagna yrken' }).getByRole('button').first().waitFor();
    await visited(page, 'need-wizard-3-skills-sv');

    // A reload keeps the place: the address names the need and the step.
    await expectAddress(page, swedishNeedId, 3);
    await page.reload();
    await page.getByRole('heading', { level: 2, name: 'Yrke och kompetens' }).waitFor();
    await expect(page.locator('h1').textContent()).resolves.toBe('Redigera behovet');
    await visited(page, 'need-wizard-3-skills-reloaded-sv');
    expect(offOrigin).toEqual([]);
    await context.close();
  }, 180_000);
});
