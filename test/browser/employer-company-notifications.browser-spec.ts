import type { Browser, Page } from 'playwright-core';
import { accessibilityViolations, launchBrowser, openSession, screenshot, signIn, visited } from './kit/browser';
import { DEMO, settled } from './kit/journeys';

// Timo is the ADMIN of Lahden Konepaja Oy (demo-companies.ts); Sami is a jobseeker demo user no
// other journey adds to a company. He is invited, accepts, and is removed again within the journey.
const EMPLOYER = DEMO.lahtiEmployer;
const SAMI = DEMO.sami;
const AINO = 'tyonhakija.aino@ytmt.example';

/**
 * A dialog open over the page: a screenshot and axe. The page behind it is dimmed on purpose, so
 * its text fails the contrast check there; every other serious or critical problem counts.
 */
async function visitedDialog(page: Page, name: string): Promise<void> {
  await screenshot(page, name);
  expect((await accessibilityViolations(page)).filter((violation) => !violation.startsWith('color-contrast'))).toEqual([]);
}

async function bellCount(page: Page): Promise<number> {
  const text = await page.getByTestId('notification-bell').locator('.badge').textContent();
  return Number(text?.trim());
}

describe('an employer looks after the company and their notifications', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('the company admin sees the details and users, invites a person by e-mail with the keyboard, who accepts, and removes them again', async () => {
    const { context, page, offOrigin } = await openSession(browser, 'fi');
    await signIn(page, EMPLOYER, '/company');

    await page.getByRole('heading', { level: 1, name: 'Lahden Konepaja Oy' }).waitFor();
    await expect(page.getByTestId('company-business-id').textContent()).resolves.toMatch(/9100010-\d/);
    await expect(page.getByTestId('company-industry').textContent()).resolves.toContain('Teollisuus (TOL 28.41)');
    await expect(page.getByTestId('company-size').textContent()).resolves.toContain('Keskisuuri yritys, 50–249 henkilöä');
    await page.getByTestId('company-home-municipality').filter({ hasText: 'Lahti' }).waitFor();
    const users = page.getByTestId('company-users');
    await users.getByRole('row', { name: /Timo Työnantaja.*Pääkäyttäjä/ }).waitFor();
    // Other journeys may have added people to this demo company: count from what is there now.
    const rowsBefore = await users.getByRole('row').count();
    await visited(page, 'company-fi');

    // A malformed address: the server's problem next to the field and in the summary at the top.
    const email = page.getByRole('textbox', { name: /^Sähköpostiosoite/ });
    await email.fill('sami.ytmt.example');
    await page.getByRole('button', { name: 'Lähetä kutsu' }).click();
    await page.getByRole('heading', { name: 'Lomakkeessa on 1 virhe' }).waitFor();
    const errorText = 'Anna sähköpostiosoite muodossa nimi@esimerkki.fi.';
    // In the summary, as a link to the field…
    await page.getByRole('link', { name: `Sähköpostiosoite: ${errorText}` }).waitFor();
    // …and under the field itself.
    await page.getByText(errorText, { exact: true }).waitFor();
    await visited(page, 'company-add-user-error-fi');

    // The keyboard alone: into the field, Tab past the role (Käyttäjä is chosen) to the button, Enter.
    await email.focus();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type(SAMI);
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.value)).resolves.toBe('MEMBER');
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Lähetä kutsu');
    await page.keyboard.press('Enter');
    // An invitation, not a membership: the address only, no name, and the link to pass on.
    await page.getByTestId('company-users-status').filter({ hasText: `Kutsu tehtiin osoitteeseen ${SAMI}.` }).waitFor();
    await page.getByTestId('company-invitations').getByRole('row', { name: new RegExp(SAMI.replace(/\./g, '\\.')) }).waitFor();
    await expect(users.getByRole('row').count()).resolves.toBe(rowsBefore);
    const link = (await page.getByTestId('company-invitation-link').textContent())?.trim() ?? '';
    expect(link).toMatch(/\/invitations\/[A-Za-z0-9_-]{20,}$/);
    await visited(page, 'company-invitation-sent-fi');

    // Sami opens the link signed in with the invited address and accepts.
    const invitee = await openSession(browser, 'fi');
    await signIn(invitee.page, SAMI, new URL(link).pathname);
    await invitee.page.getByRole('heading', { level: 1, name: 'Kutsu yrityksen käyttäjäksi' }).waitFor();
    await invitee.page.getByText('Lahden Konepaja Oy kutsuu sinut yrityksen käyttäjäksi roolissa Käyttäjä.').waitFor();
    await visited(invitee.page, 'company-invitation-fi');
    await invitee.page.getByRole('button', { name: 'Hyväksy kutsu' }).click();
    await invitee.page.getByTestId('invitation-accepted').filter({ hasText: 'Olet nyt yrityksen Lahden Konepaja Oy käyttäjä.' }).waitFor();
    await invitee.context.close();

    await page.reload();
    await users.getByRole('row', { name: /Sami Salonen.*Käyttäjä/ }).waitFor();
    await expect(users.getByRole('row').count()).resolves.toBe(rowsBefore + 1); // Sami joined
    await visited(page, 'company-user-added-fi');

    // Removing him asks first.
    await page.getByRole('button', { name: 'Poista käyttäjä Sami Salonen' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('Sami Salonen (tyonhakija.sami@ytmt.example) ei voi enää toimia palvelussa yrityksen puolesta.').waitFor();
    await visitedDialog(page, 'company-remove-dialog-fi');
    await dialog.getByRole('button', { name: 'Poista käyttäjä' }).click();
    await page.getByTestId('company-users-status').filter({ hasText: 'Sami Salonen poistettiin yrityksen käyttäjistä.' }).waitFor();
    await users.getByRole('row', { name: /Sami Salonen/ }).waitFor({ state: 'detached' });
    await expect(users.getByRole('row').count()).resolves.toBe(rowsBefore);

    // The only admin cannot remove himself: told calmly, nothing changes.
    await page.getByRole('button', { name: 'Poista käyttäjä Timo Työnantaja' }).click();
    await dialog.getByRole('button', { name: 'Poista käyttäjä' }).click();
    await dialog.getByText('Yrityksellä on oltava vähintään yksi pääkäyttäjä.', { exact: false }).waitFor();
    await visitedDialog(page, 'company-last-admin-fi');
    await dialog.getByRole('button', { name: 'Sulje' }).click();
    await dialog.waitFor({ state: 'detached' });
    await users.getByRole('row', { name: /Timo Työnantaja.*Pääkäyttäjä/ }).waitFor();

    expect(offOrigin).toEqual([]);
    await context.close();
    // Two people's sessions, each page checked for accessibility: longer than the default minute.
  }, 150_000);

  it('the employer opens the notifications from the bell, marks one read and changes how a type reaches them', async () => {
    const { context, page, offOrigin } = await openSession(browser, 'fi');
    await signIn(page, EMPLOYER, '/');
    // The demo's open proposal to "Hitsaaja konepajalle" is waiting unread.
    const before = await settled(() => bellCount(page), (count) => count > 0);
    expect(before).toBeGreaterThan(0);

    await page.getByTestId('notification-bell').click();
    await page.waitForURL((url) => url.pathname === '/notifications');
    await page.getByRole('heading', { level: 1, name: 'Ilmoitukset' }).waitFor();
    await page.getByTestId('notifications-unread-count').filter({ hasText: `${before} lukematon` }).waitFor();
    const unread = page.getByTestId('notification').filter({ has: page.getByText('Uusi', { exact: true }) });
    const proposal = unread.filter({ hasText: 'Uusi palvelutarjous' }).first();
    await proposal.waitFor();
    await expect(proposal.getByRole('link', { name: 'Avaa tarve' }).getAttribute('href')).resolves.toMatch(/^\/needs\/[0-9a-f-]+$/);
    await visited(page, 'notifications-fi');

    // Mark it read with the keyboard: the bell in the header counts one fewer.
    await proposal.getByRole('button', { name: 'Merkitse luetuksi' }).focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('notifications-status').filter({ hasText: 'Ilmoitus merkittiin luetuksi.' }).waitFor();
    await expect(settled(() => bellCount(page), (count) => count === before - 1)).resolves.toBe(before - 1);
    await expect(page.getByTestId('notifications-unread-count').textContent()).resolves.toContain(`${before - 1} lukematon`);

    // Unread only: the one just read is no longer listed.
    // The design system draws the box over the input: a person clicks the label.
    const unreadOnly = page.getByRole('checkbox', { name: 'Näytä vain lukemattomat' });
    await page.getByText('Näytä vain lukemattomat', { exact: true }).click();
    await expect(unreadOnly.isChecked()).resolves.toBe(true);
    await expect(settled(() => page.getByTestId('notification').count(), (count) => count === before - 1)).resolves.toBe(before - 1);

    // A preference: new proposals in the service only, saved and still so after a reload.
    const preference = page.getByRole('group', { name: /Uusi palvelutarjous/ });
    await preference.getByText('Vain palvelussa', { exact: true }).click();
    await expect(preference.getByRole('radio', { name: 'Vain palvelussa' }).isChecked()).resolves.toBe(true);
    await page.getByRole('button', { name: 'Tallenna ilmoitusasetukset' }).click();
    await page.getByTestId('preferences-status').filter({ hasText: 'Ilmoitusasetukset tallennettiin.' }).waitFor();
    await visited(page, 'notifications-preferences-saved-fi');
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Ilmoitukset' }).waitFor();
    await expect(page.getByRole('group', { name: /Uusi palvelutarjous/ }).getByRole('radio', { name: 'Vain palvelussa' }).isChecked()).resolves.toBe(true);
    await expect(
      page.getByRole('group', { name: /Uusi palvelutarjous/ }).getByRole('radio', { name: 'Palvelussa ja sähköpostilla (oletus)' }).isChecked(),
    ).resolves.toBe(false);

    expect(offOrigin).toEqual([]);
    await context.close();
  });

  it('the same pages in Swedish', async () => {
    const { context, page, offOrigin } = await openSession(browser, 'sv');
    await signIn(page, EMPLOYER, '/company');
    await page.getByRole('heading', { level: 1, name: 'Lahden Konepaja Oy' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Användare' }).waitFor();
    await expect(page.getByTestId('company-industry').textContent()).resolves.toContain('Tillverkning (TOL 28.41)');
    await page.getByTestId('company-home-municipality').filter({ hasText: 'Lahtis' }).waitFor();
    await page.getByTestId('company-users').getByRole('row', { name: /Timo Työnantaja.*Huvudanvändare/ }).waitFor();
    await visited(page, 'company-sv');

    // An invitation in Swedish: sent, seen by the invited person, declined; a stale link says so.
    await page.getByRole('textbox', { name: /^E-postadress/ }).fill(AINO);
    await page.getByRole('button', { name: 'Skicka inbjudan' }).click();
    await page.getByTestId('company-users-status').filter({ hasText: `En inbjudan gjordes till ${AINO}.` }).waitFor();
    const link = (await page.getByTestId('company-invitation-link').textContent())?.trim() ?? '';
    await visited(page, 'company-invitation-sent-sv');
    const invitee = await openSession(browser, 'sv');
    await signIn(invitee.page, AINO, new URL(link).pathname);
    await invitee.page.getByRole('heading', { level: 1, name: 'Inbjudan att bli användare för ett företag' }).waitFor();
    await invitee.page.getByText('Lahden Konepaja Oy bjuder in dig som användare i rollen').waitFor();
    await visited(invitee.page, 'company-invitation-sv');
    await invitee.page.getByRole('button', { name: 'Avböj inbjudan' }).click();
    await invitee.page.getByText('Du avböjde inbjudan från Lahden Konepaja Oy.').waitFor();
    await visited(invitee.page, 'company-invitation-declined-sv');
    await invitee.page.goto(new URL(link).pathname);
    await invitee.page.getByTestId('invitation-not-found').filter({ hasText: 'Ingen öppen inbjudan hittades' }).waitFor();
    await visited(invitee.page, 'company-invitation-not-found-sv');
    expect(invitee.offOrigin).toEqual([]);
    await invitee.context.close();

    await page.getByTestId('notification-bell').click();
    await page.getByRole('heading', { level: 1, name: 'Meddelanden' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Inställningar för meddelanden' }).waitFor();
    await page.getByTestId('notification').first().waitFor();
    await page.getByText('Meddelandenas texter är på finska.').waitFor();
    await visited(page, 'notifications-sv');

    expect(offOrigin).toEqual([]);
    await context.close();
  });
});
