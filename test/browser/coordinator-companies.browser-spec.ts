import { readFile } from 'node:fs/promises';
import { graphql } from './kit/api';
import { openSession, signIn, visited } from './kit/browser';
import { businessId, chooseMunicipality, DEMO, journey, LAHTI, signedIn, SUFFIX, tokenOf } from './kit/journeys';

// Coordinators and area admins of two areas (README's demo users). Every company this spec
// changes is registered here, with a unique name and business id: other specs' rows stay as they are.
const LAHTI_COORDINATOR = DEMO.lahtiCoordinator;
const LAHTI_ADMIN = DEMO.lahtiAdmin;
const HELSINKI_COORDINATOR = DEMO.helsinkiCoordinator;
// A demo user no other journey signs in as: registers a company of his own, which waits for verification
// (he then belongs to two organisations, which only this spec sees).
const CUSTOMER = 'palveluntuottaja.virta@ytmt.example';

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

describe('coordinators look after their companies', () => {
  const run = journey(prepare);

  it('a coordinator registers a company for a customer, logs an interaction and a follow-up task, and marks the task done', async () => {
    const { context, page, offOrigin } = await signedIn(run.browser, 'fi', LAHTI_COORDINATOR, '/coordinator/companies/new');
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
    const admin = await signedIn(run.browser, 'fi', LAHTI_ADMIN, `/coordinator/companies/${run.prepared.shared.id}`);
    await admin.page.getByRole('heading', { level: 1, name: run.prepared.shared.name }).waitFor();
    const sharing = admin.page.getByTestId('crm-sharing');
    await sharing.getByText('Yritystä ei ole jaettu muille alueille.').waitFor();
    await sharing.getByLabel('Jaa alueelle').selectOption({ label: run.prepared.helsinkiAreaName });
    await sharing.getByRole('button', { name: 'Jaa yritys' }).click();
    await sharing.getByText(`Yritys jaettiin alueelle ${run.prepared.helsinkiAreaName}.`).waitFor();
    await sharing.getByRole('button', { name: `Lopeta jakaminen alueelle ${run.prepared.helsinkiAreaName}` }).waitFor();
    await visited(admin.page, 'area-admin-company-shared-fi');
    await admin.context.close();

    // The Helsinki coordinator, in Swedish: the company is in their list now.
    const helsinki = await signedIn(run.browser, 'sv', HELSINKI_COORDINATOR, '/coordinator/companies');
    await helsinki.page.getByRole('heading', { level: 1, name: 'Mina företag' }).waitFor();
    await helsinki.page.getByLabel('Sök med namn eller FO-nummer').fill(run.prepared.shared.name);
    await helsinki.page.getByRole('button', { name: 'Sök', exact: true }).click();
    await helsinki.page.waitForURL((url) => url.searchParams.get('q') === run.prepared.shared.name);
    await helsinki.page.getByTestId('companies-count').filter({ hasText: /^1 företag$/ }).waitFor();
    const link = helsinki.page.getByTestId('companies-table').getByRole('link', { name: run.prepared.shared.name });
    await link.waitFor();
    await visited(helsinki.page, 'coordinator-companies-sv');
    await link.click();
    await helsinki.page.getByRole('heading', { level: 1, name: run.prepared.shared.name }).waitFor();
    await helsinki.page.getByTestId('crm-contacts-audited').filter({ hasText: 'varje visning registreras i loggen' }).waitFor();
    const timeline = helsinki.page.getByTestId('crm-timeline');
    await timeline.getByText(run.prepared.shared.sharedNote).waitFor();
    await expect(timeline.getByText(run.prepared.shared.areaOnlyNote).count()).resolves.toBe(0);
    await visited(helsinki.page, 'coordinator-company-crm-sv');
    expect(helsinki.offOrigin).toEqual([]);
    await helsinki.context.close();
  });

  it('a coordinator filters the list by industry, size and responsible coordinator, and removes a responsible coordinator', async () => {
    // A company of a section and size of its own, the Lahti coordinator responsible for it.
    const name = `Suodatintesti ${SUFFIX} Oy`;
    const coordinatorToken = await tokenOf(LAHTI_COORDINATOR);
    const { createCompanyForCustomer } = await graphql<{ createCompanyForCustomer: { id: string } }>(
      'mutation($input: CompanyInput!) { createCompanyForCustomer(input: $input) { id } }',
      {
        input: { ...COMPANY_INPUT(name, businessId(Number(SUFFIX) * 7 + 7_500_007)), industrySection: 'F', industryCode: '43.22', sizeClass: 'MEDIUM_50_249' },
      },
      coordinatorToken,
    );

    const { context, page, offOrigin } = await signedIn(run.browser, 'fi', LAHTI_COORDINATOR, `/coordinator/companies?q=${encodeURIComponent(name)}`);
    await page.getByRole('heading', { level: 1, name: 'Omat yritykset' }).waitFor();
    await page.getByTestId('companies-table').getByRole('link', { name }).waitFor();

    // Another section: not found; its own section, size and coordinator: found, all kept in the address.
    await page.getByLabel('Toimiala (TOL 2008 -pääluokka)').selectOption('C');
    await page.getByRole('button', { name: 'Hae', exact: true }).click();
    await page.getByText('Hakuehtoja vastaavia yrityksiä ei löytynyt.').waitFor();
    await page.getByLabel('Toimiala (TOL 2008 -pääluokka)').selectOption('F');
    await page.getByLabel('Toimialakoodi alkaa').fill('43.2');
    // By keyboard: the design system's checkbox takes a space.
    const medium = page.getByRole('checkbox', { name: 'Keskisuuri yritys, 50–249 henkilöä' });
    await medium.focus();
    await page.keyboard.press('Space');
    await expect(medium.isChecked()).resolves.toBe(true);
    await page.getByLabel('Vastuukoordinaattori').selectOption({ label: 'Kaisa Koordinaattori' });
    await page.getByRole('button', { name: 'Hae', exact: true }).click();
    await page.waitForURL((url) => url.searchParams.get('industry') === 'F' && url.searchParams.get('sizes') === 'MEDIUM_50_249' && url.searchParams.has('coordinator'));
    const coordinatorId = new URL(page.url()).searchParams.get('coordinator') ?? '';
    await page.getByTestId('companies-count').filter({ hasText: /^1 yritys$/ }).waitFor();
    await page.getByTestId('companies-table').getByRole('link', { name }).waitFor();
    await visited(page, 'coordinator-companies-filtered-fi');

    // A malformed industry code is told next to the field.
    await page.getByLabel('Toimialakoodi alkaa').fill('4x');
    await page.getByRole('button', { name: 'Hae', exact: true }).click();
    await page.getByRole('link', { name: /^Toimialakoodi alkaa: / }).waitFor();
    await visited(page, 'coordinator-companies-filter-error-fi');

    // The company page: the responsible coordinator is removed, with feedback.
    await page.goto(`/coordinator/companies/${createCompanyForCustomer.id}`);
    const coordinators = page.getByTestId('crm-coordinators');
    await coordinators.getByRole('button', { name: 'Poista vastuusta: Kaisa Koordinaattori' }).click();
    await coordinators.getByText('Kaisa Koordinaattori ei enää ole vastuukoordinaattori.').waitFor();
    await coordinators.getByText('Yritykselle ei ole nimetty vastuukoordinaattoria.').waitFor();
    await visited(page, 'coordinator-company-coordinator-removed-fi');

    // So the coordinator filter no longer finds it. In Swedish, with the filters from the address.
    const sv = await openSession(run.browser, 'sv');
    const filtered = `/coordinator/companies?q=${encodeURIComponent(name)}&industry=F&sizes=MEDIUM_50_249&coordinator=${coordinatorId}`;
    await signIn(sv.page, LAHTI_COORDINATOR, filtered);
    await sv.page.getByRole('heading', { level: 1, name: 'Mina företag' }).waitFor();
    await sv.page.getByText('Bransch (TOL 2008-huvudgrupp)').waitFor();
    await expect(sv.page.getByRole('checkbox', { name: /50–249/ }).isChecked()).resolves.toBe(true);
    await sv.page.getByText('Inga företag motsvarar sökvillkoren.').waitFor();
    await visited(sv.page, 'coordinator-companies-filtered-sv');
    await sv.page.goto(`/coordinator/companies?q=${encodeURIComponent(name)}&industry=F`);
    await sv.page.getByTestId('companies-table').getByRole('link', { name }).waitFor();
    expect(offOrigin).toEqual([]);
    expect(sv.offOrigin).toEqual([]);
    await sv.context.close();
    await context.close();
  });

  it('a coordinator of the home area verifies a company its customer registered', async () => {
    const { context, page } = await signedIn(run.browser, 'sv', LAHTI_COORDINATOR, `/coordinator/companies/${run.prepared.pending.id}`);
    await page.getByRole('heading', { level: 1, name: run.prepared.pending.name }).waitFor();
    await page.getByTestId('crm-verification').filter({ hasText: 'Väntar på bekräftelse' }).waitFor();
    await visited(page, 'coordinator-company-pending-sv');
    await page.getByRole('button', { name: 'Bekräfta företagets konto' }).click();
    await page.getByTestId('crm-verification').filter({ hasText: 'Bekräftat' }).waitFor();
    await page.getByTestId('crm-pending').waitFor({ state: 'detached' });
    await visited(page, 'coordinator-company-verified-sv');
    await context.close();
  });

  it('the area admin filters the audit log and downloads it as CSV', async () => {
    const { context, page } = await signedIn(run.browser, 'fi', LAHTI_ADMIN, '/coordinator/audit');
    await page.getByRole('heading', { level: 1, name: 'Lokitiedot' }).waitFor();
    await page.getByTestId('audit-table').waitFor();
    await visited(page, 'area-admin-audit-fi');

    await page.getByLabel('Toiminto').fill('SHARE_COMPANY');
    await page.getByLabel('Kohteen tunniste').fill(run.prepared.shared.id);
    await page.getByRole('button', { name: 'Rajaa' }).click();
    await page.getByTestId('audit-count').filter({ hasText: /^1 tapahtuma$/ }).waitFor();
    const rows = page.getByTestId('audit-table').locator('tbody tr');
    await expect(rows.count()).resolves.toBe(1);
    await expect(rows.first().textContent()).resolves.toContain(run.prepared.shared.id);
    await visited(page, 'area-admin-audit-filtered-fi');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Lataa CSV-tiedostona' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^audit-log-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = await readFile((await download.path()) ?? '', 'utf8');
    const lines = csv.trim().split('\r\n');
    expect(lines[0]).toBe('at,action,actorUserId,resourceType,resourceId,organizationId,employmentAreaId,details');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain(`SHARE_COMPANY`);
    expect(lines[1]).toContain(run.prepared.shared.id);
    await page.getByTestId('audit-export-status').filter({ hasText: 'Ladattiin 1 tapahtuma CSV-tiedostona.' }).waitFor();
    await context.close();

    // In Swedish too.
    const sv = await signedIn(run.browser, 'sv', LAHTI_ADMIN, '/coordinator/audit');
    await sv.page.getByRole('heading', { level: 1, name: 'Loggdata' }).waitFor();
    await sv.page.getByTestId('audit-table').waitFor();
    await visited(sv.page, 'area-admin-audit-sv');
    await sv.context.close();
  });
});
