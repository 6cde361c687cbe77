import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { graphql } from './kit/api';
import { launchBrowser, openSession, signIn, visited } from './kit/browser';

// Coordinators and area admins of two areas (README's demo users). Every company this spec
// changes is registered here, with a unique name and business id: other specs' rows stay as they are.
const LAHTI_COORDINATOR = 'koordinaattori.lahti@ytmt.example';
const LAHTI_ADMIN = 'aluevastaava.lahti@ytmt.example';
const HELSINKI_COORDINATOR = 'koordinaattori.helsinki@ytmt.example';
// A demo user no other journey signs in as: registers a company of his own, which waits for verification
// (he then belongs to two organisations, which only this spec sees).
const CUSTOMER = 'palveluntuottaja.virta@ytmt.example';
const LAHTI = '398';

const SUFFIX = String(Date.now()).slice(-6);

/** A valid Y-tunnus (check digit by the weights 7 9 10 5 8 4 2) from seven digits, unique per run. */
function businessId(seed: number): string {
  for (let base = seed % 10_000_000; ; base = (base + 1) % 10_000_000) {
    const digits = String(base).padStart(7, '0');
    const sum = [7, 9, 10, 5, 8, 4, 2].reduce((total, weight, i) => total + weight * Number(digits[i]), 0);
    const remainder = sum % 11;
    if (remainder === 1) continue;
    return `${digits}-${remainder === 0 ? 0 : 11 - remainder}`;
  }
}

async function eventually<T>(check: () => Promise<T | undefined | null | false>, timeoutMs: number, what: string): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check().catch(() => undefined);
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`${what}: not within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

async function tokenOf(email: string): Promise<string> {
  const data = await eventually(
    () => graphql<{ devLogin: { token: string } }>('mutation($email: String!) { devLogin(email: $email) { token } }', { email }),
    30_000,
    `sign-in of ${email}`,
  );
  return data.devLogin.token;
}

const COMPANY_INPUT = (name: string, id: string) => ({
  businessId: id,
  name,
  type: 'COMPANY',
  industrySection: 'C',
  industryCode: '25.62',
  sizeClass: 'SMALL_10_49',
  homeMunicipalityCode: LAHTI,
});

interface Prepared {
  shared: { id: string; name: string; sharedNote: string; areaOnlyNote: string };
  pending: { id: string; name: string };
  helsinkiAreaName: string;
}

/**
 * Through the API: a company the Lahti coordinator opened with one SHARED and one AREA_ONLY
 * interaction (to be shared with Helsinki), and a company a customer registered himself (PENDING).
 */
async function prepare(): Promise<Prepared> {
  const coordinator = await tokenOf(LAHTI_COORDINATOR);
  const customer = await tokenOf(CUSTOMER);
  const sharedName = `Jakotesti ${SUFFIX} Oy`;
  const { createCompanyForCustomer } = await graphql<{ createCompanyForCustomer: { id: string } }>(
    'mutation($input: CompanyInput!) { createCompanyForCustomer(input: $input) { id } }',
    { input: COMPANY_INPUT(sharedName, businessId(Number(SUFFIX) * 7 + 11)) },
    coordinator,
  );
  const sharedNote = `Yhteinen muistiinpano ${SUFFIX}: rekrytointitarve keväälle.`;
  const areaOnlyNote = `Vain Lahden muistiinpano ${SUFFIX}.`;
  for (const [summary, visibility] of [
    [sharedNote, 'SHARED'],
    [areaOnlyNote, 'AREA_ONLY'],
  ]) {
    await graphql(
      'mutation($companyId: ID!, $input: InteractionInput!) { logInteraction(companyId: $companyId, input: $input) { id } }',
      { companyId: createCompanyForCustomer.id, input: { kind: 'CALL', occurredAt: new Date().toISOString(), summary, visibility } },
      coordinator,
    );
  }
  const pendingName = `Odottava ${SUFFIX} Oy`;
  const { registerCompany } = await graphql<{ registerCompany: { id: string } }>(
    'mutation($input: CompanyInput!) { registerCompany(input: $input) { id verificationStatus } }',
    { input: COMPANY_INPUT(pendingName, businessId(Number(SUFFIX) * 7 + 5_000_003)) },
    customer,
  );
  const { employmentAreas } = await graphql<{ employmentAreas: { id: string; nameFi: string }[] }>('{ employmentAreas { id nameFi } }', {}, coordinator);
  const helsinki = employmentAreas.find((area) => /helsin/i.test(area.nameFi));
  if (!helsinki) throw new Error('no Helsinki employment area in the demo data');
  return {
    shared: { id: createCompanyForCustomer.id, name: sharedName, sharedNote, areaOnlyNote },
    pending: { id: registerCompany.id, name: pendingName },
    helsinkiAreaName: helsinki.nameFi,
  };
}

async function chooseMunicipality(page: Page, inputId: string, name: string): Promise<void> {
  const input = page.locator(`#${inputId}`);
  await input.click();
  await input.fill(name);
  await page.getByRole('option', { name, exact: true }).click();
  await page.waitForFunction(([id, value]) => (document.getElementById(id) as HTMLInputElement | null)?.value === value, [inputId, name] as const);
}

describe('coordinators look after their companies', () => {
  let browser: Browser;
  let prepared: Prepared;
  beforeAll(async () => {
    browser = await launchBrowser();
    prepared = await prepare();
  });
  afterAll(() => browser.close());

  it('a coordinator registers a company for a customer, logs an interaction and a follow-up task, and marks the task done', async () => {
    const { context, page, offOrigin } = await openSession(browser, 'fi');
    await signIn(page, LAHTI_COORDINATOR, '/coordinator/companies/new');
    await page.getByRole('heading', { level: 1, name: 'Rekisteröi yritys asiakkaalle' }).waitFor();

    // Nothing filled in: the server's problems next to the fields and in the summary.
    await page.getByRole('button', { name: 'Rekisteröi yritys', exact: true }).click();
    await page.getByRole('heading', { name: /Lomakkeessa on \d+ virhe/ }).waitFor();
    await visited(page, 'coordinator-register-company-errors-fi');

    const name = `Rekisteröity ${SUFFIX} Oy`;
    await page.getByLabel('Y-tunnus').fill(businessId(Number(SUFFIX) * 7 + 2_500_001));
    await page.getByLabel('Nimi', { exact: true }).fill(name);
    await page.getByLabel('Toimiala (TOL 2008 -pääluokka)').selectOption('C');
    await page.getByLabel('Henkilöstön määrä').selectOption('SMALL_10_49');
    await chooseMunicipality(page, 'account-register-home', 'Lahti');
    await visited(page, 'coordinator-register-company-fi');
    await page.getByRole('button', { name: 'Rekisteröi yritys', exact: true }).click();

    await page.waitForURL((url) => /^\/coordinator\/companies\/[0-9a-f-]{36}$/.test(url.pathname));
    await page.getByRole('heading', { level: 1, name }).waitFor();
    await page.getByTestId('company-registered').waitFor();
    await page.getByTestId('crm-verification').filter({ hasText: 'Vahvistettu' }).waitFor();
    await page.getByTestId('crm-contacts-audited').filter({ hasText: 'jokainen katselu tallentuu lokiin' }).waitFor();
    await page.getByTestId('crm-coordinators').getByText('Kaisa Koordinaattori').waitFor();
    await visited(page, 'coordinator-company-crm-fi');

    // An interaction, shared with every area that sees the company.
    const summary = `Käynti ${SUFFIX}: yritys harkitsee työkokeilua kahdelle.`;
    await page.getByLabel('Tapa', { exact: true }).selectOption('VISIT');
    await page.getByLabel('Mistä puhuttiin').fill(summary);
    await page.getByLabel('Seuraava askel').fill('Lähetetään palvelukuvaus');
    await page.getByLabel('Kuka näkee').selectOption('SHARED');
    await page.getByRole('button', { name: 'Kirjaa yhteydenotto' }).click();
    const timeline = page.getByTestId('crm-timeline');
    await timeline.getByText(summary).waitFor();
    await timeline.getByText(/Käynti · Kaikki alueet/).first().waitFor();

    // A follow-up task a week ahead (the form's default due date), and a tag.
    const task = `Soita perään ${SUFFIX}`;
    await page.getByLabel('Tehtävä', { exact: true }).fill(task);
    await page.getByRole('button', { name: 'Lisää tehtävä' }).click();
    await page.getByTestId('crm-tasks').getByText(task, { exact: true }).waitFor();
    const tag = `työkokeilu ${SUFFIX}`;
    await page.getByLabel('Uusi tunniste').fill(tag);
    await page.getByRole('button', { name: 'Lisää tunniste' }).click();
    await page.getByTestId('crm-tags').locator('.companies-tag', { hasText: tag }).waitFor();
    await visited(page, 'coordinator-company-crm-logged-fi');

    // The list finds it by its tag.
    await page.goto(`/coordinator/companies?tag=${encodeURIComponent(tag)}`);
    await page.getByRole('heading', { level: 1, name: 'Omat yritykset' }).waitFor();
    await page.getByTestId('companies-table').getByRole('link', { name }).waitFor();
    await visited(page, 'coordinator-companies-fi');

    // My tasks: soonest first; marked done, it leaves the list.
    await page.goto('/coordinator/tasks');
    await page.getByRole('heading', { level: 1, name: 'Omat tehtävät' }).waitFor();
    const row = page.getByTestId('task-row').filter({ hasText: task });
    await row.waitFor();
    await visited(page, 'coordinator-tasks-fi');
    await row.getByRole('button', { name: `Merkitse tehdyksi: ${task}` }).click();
    await page.getByText(`Tehtävä ”${task}” merkittiin tehdyksi.`).waitFor();
    await row.waitFor({ state: 'detached' });

    expect(offOrigin).toEqual([]);
    await context.close();
  });

  it('the area admin shares a company with Helsinki and a Helsinki coordinator finds it, seeing only the shared notes', async () => {
    const admin = await openSession(browser, 'fi');
    await signIn(admin.page, LAHTI_ADMIN, `/coordinator/companies/${prepared.shared.id}`);
    await admin.page.getByRole('heading', { level: 1, name: prepared.shared.name }).waitFor();
    const sharing = admin.page.getByTestId('crm-sharing');
    await sharing.getByText('Yritystä ei ole jaettu muille alueille.').waitFor();
    await sharing.getByLabel('Jaa alueelle').selectOption({ label: prepared.helsinkiAreaName });
    await sharing.getByRole('button', { name: 'Jaa yritys' }).click();
    await sharing.getByText(`Yritys jaettiin alueelle ${prepared.helsinkiAreaName}.`).waitFor();
    await sharing.getByRole('button', { name: `Lopeta jakaminen alueelle ${prepared.helsinkiAreaName}` }).waitFor();
    await visited(admin.page, 'area-admin-company-shared-fi');
    await admin.context.close();

    // The Helsinki coordinator, in Swedish: the company is in their list now.
    const helsinki = await openSession(browser, 'sv');
    await signIn(helsinki.page, HELSINKI_COORDINATOR, '/coordinator/companies');
    await helsinki.page.getByRole('heading', { level: 1, name: 'Mina företag' }).waitFor();
    await helsinki.page.getByLabel('Sök med namn eller FO-nummer').fill(prepared.shared.name);
    await helsinki.page.getByRole('button', { name: 'Sök', exact: true }).click();
    await helsinki.page.waitForURL((url) => url.searchParams.get('q') === prepared.shared.name);
    await helsinki.page.getByTestId('companies-count').filter({ hasText: /^1 företag$/ }).waitFor();
    const link = helsinki.page.getByTestId('companies-table').getByRole('link', { name: prepared.shared.name });
    await link.waitFor();
    await visited(helsinki.page, 'coordinator-companies-sv');
    await link.click();
    await helsinki.page.getByRole('heading', { level: 1, name: prepared.shared.name }).waitFor();
    await helsinki.page.getByTestId('crm-contacts-audited').filter({ hasText: 'varje visning registreras i loggen' }).waitFor();
    const timeline = helsinki.page.getByTestId('crm-timeline');
    await timeline.getByText(prepared.shared.sharedNote).waitFor();
    await expect(timeline.getByText(prepared.shared.areaOnlyNote).count()).resolves.toBe(0);
    await visited(helsinki.page, 'coordinator-company-crm-sv');
    expect(helsinki.offOrigin).toEqual([]);
    await helsinki.context.close();
  });

  it('a coordinator of the home area verifies a company its customer registered', async () => {
    const { context, page } = await openSession(browser, 'sv');
    await signIn(page, LAHTI_COORDINATOR, `/coordinator/companies/${prepared.pending.id}`);
    await page.getByRole('heading', { level: 1, name: prepared.pending.name }).waitFor();
    await page.getByTestId('crm-verification').filter({ hasText: 'Väntar på bekräftelse' }).waitFor();
    await visited(page, 'coordinator-company-pending-sv');
    await page.getByRole('button', { name: 'Bekräfta företagets konto' }).click();
    await page.getByTestId('crm-verification').filter({ hasText: 'Bekräftat' }).waitFor();
    await page.getByTestId('crm-pending').waitFor({ state: 'detached' });
    await visited(page, 'coordinator-company-verified-sv');
    await context.close();
  });

  it('the area admin filters the audit log and downloads it as CSV', async () => {
    const { context, page } = await openSession(browser, 'fi');
    await signIn(page, LAHTI_ADMIN, '/coordinator/audit');
    await page.getByRole('heading', { level: 1, name: 'Lokitiedot' }).waitFor();
    await page.getByTestId('audit-table').waitFor();
    await visited(page, 'area-admin-audit-fi');

    await page.getByLabel('Toiminto').fill('SHARE_COMPANY');
    await page.getByLabel('Kohteen tunniste').fill(prepared.shared.id);
    await page.getByRole('button', { name: 'Rajaa' }).click();
    await page.getByTestId('audit-count').filter({ hasText: /^1 tapahtuma$/ }).waitFor();
    const rows = page.getByTestId('audit-table').locator('tbody tr');
    await expect(rows.count()).resolves.toBe(1);
    await expect(rows.first().textContent()).resolves.toContain(prepared.shared.id);
    await visited(page, 'area-admin-audit-filtered-fi');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Lataa CSV-tiedostona' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^audit-log-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = await readFile((await download.path()) ?? '', 'utf8');
    const lines = csv.trim().split('\r\n');
    expect(lines[0]).toBe('at,action,actorUserId,resourceType,resourceId,organizationId,employmentAreaId,details');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain(`SHARE_COMPANY`);
    expect(lines[1]).toContain(prepared.shared.id);
    await page.getByTestId('audit-export-status').filter({ hasText: 'Ladattiin 1 tapahtuma CSV-tiedostona.' }).waitFor();
    await context.close();

    // In Swedish too.
    const sv = await openSession(browser, 'sv');
    await signIn(sv.page, LAHTI_ADMIN, '/coordinator/audit');
    await sv.page.getByRole('heading', { level: 1, name: 'Loggdata' }).waitFor();
    await sv.page.getByTestId('audit-table').waitFor();
    await visited(sv.page, 'area-admin-audit-sv');
    await sv.context.close();
  });
});
