import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { GraphQLClient } from '../../kit/graphql-client';
import { launchBrowser, openSession, screenshot, signIn, type Language } from './browser';
import { needReference } from '../../../libs/matching/src/candidate-pseudonyms';
import { stack } from './stack';

// What several journeys share: demo users, waiting, API clients, dialogs, and data a journey makes
// for itself (a need with a candidate, services, companies), so every spec keeps its own rows.

/** Demo users (README's table, libs/demo/src/demo-data.ts). */
export const DEMO = {
  lahtiCoordinator: 'koordinaattori.lahti@ytmt.example',
  lahtiAdmin: 'aluevastaava.lahti@ytmt.example',
  helsinkiCoordinator: 'koordinaattori.helsinki@ytmt.example',
  lahtiEmployer: 'tyonantaja.lahti@ytmt.example',
  helsinkiEmployer: 'tyonantaja.helsinki@ytmt.example',
  /** Paula, Päijät-Hämeen Työvalmennussäätiö sr (home Lahti). */
  foundationProvider: 'palveluntuottaja.saatio@ytmt.example',
  companyProvider: 'palveluntuottaja.yritys@ytmt.example',
  /** Sami lives in Lahti and picks orders for a living (demo-jobseekers.ts). */
  sami: 'tyonhakija.sami@ytmt.example',
  /** Aino lives in Helsinki and cleans buildings (demo-jobseekers.ts): outside the Lahti coordinator's area. */
  aino: 'tyonhakija.aino@ytmt.example',
} as const;

/** Lahti's municipality code. */
export const LAHTI = '398';

/** A suffix that makes a run's names and business ids unique. */
export const SUFFIX = String(Date.now()).slice(-6);

/**
 * A describe block's browser, and what `prepare` makes (through the API) before its first test;
 * the browser closes after the last. Inside the tests: `run.browser` and `run.prepared`.
 */
export function journey<T = undefined>(prepare?: () => Promise<T>, timeoutMs?: number): { readonly browser: Browser; readonly prepared: T } {
  const run = {} as { browser: Browser; prepared: T };
  beforeAll(async () => {
    run.browser = await launchBrowser();
    if (prepare) run.prepared = await prepare();
  }, timeoutMs);
  afterAll(() => run.browser?.close());
  return run;
}

/** A fresh session in the language, signed in as the demo user at `returnTo` (see `openSession`, `signIn`). */
export async function signedIn(browser: Browser, language: Language, email: string, returnTo: string): Promise<Awaited<ReturnType<typeof openSession>>> {
  const session = await openSession(browser, language);
  await signIn(session.page, email, returnTo);
  return session;
}

/** The end of a session: nothing left the platform's origin, and the context closes. */
export async function closeSession({ context, offOrigin }: { context: BrowserContext; offOrigin: string[] }): Promise<void> {
  expect(offOrigin).toEqual([]);
  await context.close();
}

/** Tries `check` every half second until it gives a value, failing after `timeoutMs` with `what`. */
export async function eventually<T>(check: () => Promise<T | undefined | null | false>, timeoutMs: number, what: string): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check().catch(() => undefined);
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`${what}: not within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

/** Waits until the value settles to what the check wants (the page refreshes in the background); returns the last value read. */
export async function settled<T>(read: () => Promise<T>, check: (value: T) => boolean, seconds = 15): Promise<T> {
  let value = await read();
  for (let i = 0; i < seconds * 4 && !check(value); i++) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    value = await read();
  }
  return value;
}

/** An API client signed in as the demo user. Right after start-up the first connection may be refused: it tries for a while. */
export async function client(email: string): Promise<GraphQLClient> {
  const url = `${stack().baseUrl}/graphql`;
  const { devLogin } = await eventually(
    () => new GraphQLClient(url).data<{ devLogin: { token: string } }>('mutation ($email: String!) { devLogin(email: $email) { token } }', { email }),
    30_000,
    `sign-in of ${email}`,
  );
  return new GraphQLClient(url, devLogin.token);
}

/** The demo user's development token, tried like `client`. */
export async function tokenOf(email: string): Promise<string> {
  return (await client(email)).token ?? '';
}

/** The company the signed-in employer acts for. */
export async function employerCompanyId(employer: GraphQLClient): Promise<string> {
  const { me } = await employer.data<{ me: { memberships: { role: string; organization: { id: string } | null }[] } }>('{ me { memberships { role organization { id } } } }');
  const companyId = me.memberships.find((m) => m.role === 'EMPLOYER_USER')?.organization?.id;
  if (!companyId) throw new Error('The demo employer has no company');
  return companyId;
}

/**
 * A dialog open over the page: a screenshot, and axe on the dialog itself. The page behind it is
 * hidden and dimmed on purpose (checked by `visited` before the dialog opens), so its dimmed
 * colours are not the dialog's contrast.
 */
export async function visitedDialog(page: Page, name: string): Promise<void> {
  await page.getByRole('dialog').waitFor();
  await screenshot(page, name);
  const results = await new AxeBuilder({ page }).include('[role="dialog"]').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help}`);
  if (serious.length > 0) throw new Error(`Accessibility violations in the dialog on ${name}:\n${serious.join('\n')}`);
}

/** A valid Y-tunnus (check digit by the weights 7, 9, 10, 5, 8, 4, 2) at or after the seed. */
export function businessId(seed: number): string {
  for (let base = seed % 10_000_000; ; base = (base + 1) % 10_000_000) {
    const digits = String(base).padStart(7, '0');
    const sum = [7, 9, 10, 5, 8, 4, 2].reduce((total, weight, i) => total + weight * Number(digits[i]), 0);
    const remainder = sum % 11;
    if (remainder === 1) continue;
    return `${digits}-${remainder === 0 ? 0 : 11 - remainder}`;
  }
}

/** Picks a municipality by name in a MunicipalityPicker and waits until the input shows it. */
export async function chooseMunicipality(page: Page, inputId: string, name: string): Promise<void> {
  const input = page.locator(`#${inputId}`);
  await input.click();
  await input.fill(name);
  await page.getByRole('option', { name, exact: true }).click();
  await page.waitForFunction(([id, value]) => (document.getElementById(id) as HTMLInputElement | null)?.value === value, [inputId, name] as const);
}

/**
 * Presses Tab (only Tab) until `read` reports the focused element wanted; fails naming it, and
 * the last element reached, when it never comes within `limit` presses.
 */
export async function tabUntil<F>(page: Page, read: (page: Page) => Promise<F>, wanted: (focus: F) => boolean, what: string, limit: number): Promise<F> {
  for (let presses = 0; presses < limit; presses++) {
    await page.keyboard.press('Tab');
    const focus = await read(page);
    if (wanted(focus)) return focus;
  }
  throw new Error(`Tab never reached ${what} (last: ${JSON.stringify(await read(page))})`);
}

/** For tabUntil: the element with this id. */
export const byId = (id: string) => (focus: { id: string }) => focus.id === id;

// ESCO v1.1.1 concepts of the demo's order-picker need (libs/demo/src/demo-needs.ts).
export const ORDER_PICKER = 'http://data.europa.eu/esco/occupation/cd94def5-3442-4c2e-ae3d-0761a3008bcb';
const PICK_ORDERS = 'http://data.europa.eu/esco/skill/ee5e2297-39cc-4ed6-89e5-d58016118a7f';
const PACKAGING = 'http://data.europa.eu/esco/skill/27536739-c38b-45d2-9e96-1573b1d32fdd';
const WAREHOUSE_SYSTEMS = 'http://data.europa.eu/esco/skill/055ff233-6569-43db-9f95-a4b03dca97da';
/** The skills the order-picker need requires. */
export const ORDER_PICKING_SKILLS = [PICK_ORDERS, PACKAGING, WAREHOUSE_SYSTEMS];

/** The order-picker need's core tasks; a journey may add more. */
export const ORDER_PICKING_TASKS = [
  { title: 'Tilausten keräily hyllyistä', kind: 'CORE', physicalStrain: 1, standingWalking: 2, lifting: 1, cognitiveLoad: 1, customerInteraction: 0, timePressure: 1 },
  { title: 'Pakkaaminen ja tarroitus', kind: 'CORE', physicalStrain: 1, standingWalking: 1, lifting: 1, cognitiveLoad: 1, customerInteraction: 0, timePressure: 1 },
];

export interface NeedWithCandidate {
  needId: string;
  title: string;
  profileId: string;
  employer: GraphQLClient;
  coordinator: GraphQLClient;
  jobseeker: GraphQLClient;
  /**
   * The candidate's id as the Lahti coordinator's list shows it and its mutations take: the profile
   * id for a jobseeker of the coordinator's own area (Sami), else the stand-in valid on this list only.
   */
  listProfileId: string;
}

/** The stand-in id a coordinator outside the person's area sees on one need's list (candidate-pseudonyms.ts), under the platform's secret. */
function listReference(needId: string, profileId: string): string {
  return needReference(process.env['PSEUDONYM_SECRET'] ?? 'ytmt-development-pseudonym-secret', needId, profileId);
}

/**
 * A need of the journey's own, written by the Lahti employer through the API (the demo's
 * order-picker need in Lahti under a unique title, with what `input` adds or replaces), so that no
 * other spec's lists change; then waits until the engine has put Sami on its candidate list.
 */
export async function needWithCandidate(
  input: { title: string; description: string } & Record<string, unknown>,
  options: { jobseeker?: string } = {},
): Promise<NeedWithCandidate> {
  const employer = await client(DEMO.lahtiEmployer);
  const coordinator = await client(DEMO.lahtiCoordinator);
  const jobseeker = await client(options.jobseeker ?? DEMO.sami);
  const companyId = await employerCompanyId(employer);
  const { createNeed } = await employer.data<{ createNeed: { id: string } }>(
    'mutation ($companyId: ID!, $input: NeedInput!) { createNeed(companyId: $companyId, input: $input) { id } }',
    {
      companyId,
      input: {
        kinds: ['RECRUITMENT'],
        municipalityCode: LAHTI,
        positions: 1,
        hoursMin: 20,
        partTimePossible: true,
        occupationUri: ORDER_PICKER,
        skills: ORDER_PICKING_SKILLS.map((uri) => ({ uri, required: true })),
        tasks: ORDER_PICKING_TASKS,
        openToPrecisionCapable: true,
        visibility: 'COORDINATORS_AND_PROVIDERS',
        ...input,
      },
    },
  );
  const needId = createNeed.id;
  const { myJobseekerProfile } = await jobseeker.data<{ myJobseekerProfile: { id: string } | null }>('{ myJobseekerProfile { id } }');
  if (!myJobseekerProfile) throw new Error('The demo jobseeker has no profile');
  const profileId = myJobseekerProfile.id;
  const reference = listReference(needId, profileId);
  const listProfileId = await eventually(
    async () => {
      const { candidateList } = await coordinator.data<{ candidateList: { edges: { node: { profileId: string } }[] } }>(
        'query ($needId: ID!) { candidateList(needId: $needId, first: 100) { edges { node { profileId } } } }',
        { needId },
      );
      return candidateList.edges.find((edge) => edge.node.profileId === profileId || edge.node.profileId === reference)?.node.profileId;
    },
    120_000,
    'the jobseeker on the new need’s candidate list',
  );
  return { needId, title: input.title, profileId, employer, coordinator, jobseeker, listProfileId };
}

/** The id of an employment area by its code (e.g. `lahti`). */
export async function employmentAreaId(api: GraphQLClient, code: string): Promise<string> {
  const { employmentAreas } = await api.data<{ employmentAreas: { id: string; code: string }[] }>('{ employmentAreas { id code } }');
  const area = employmentAreas.find((candidate) => candidate.code === code);
  if (!area) throw new Error(`No employment area ${code}`);
  return area.id;
}

/** A service of one employment area, on site, in Finnish, free: what a journey overrides is its own. */
export const serviceInput = (nameFi: string, areaId: string, overrides: Record<string, unknown> = {}) => ({
  nameFi,
  summaryFi: 'Työpajalla harjoitellaan työelämän taitoja ohjaajan tuella.',
  descriptionFi: 'Puu-, metalli- ja kiinteistöhuollon pajat; valmentaja auttaa löytämään seuraavan askeleen työhön tai koulutukseen.',
  audience: 'JOBSEEKERS',
  categoryCodes: ['WORKSHOP'],
  targetGroupCodes: [],
  isNational: false,
  employmentAreaIds: [areaId],
  municipalityCodes: [],
  locations: [],
  deliveryMode: 'ON_SITE',
  languages: ['fi'],
  isFree: true,
  costOptions: [],
  ...overrides,
});

/** The provider writes the service and submits it for moderation; its id. */
export async function submittedService(provider: GraphQLClient, input: Record<string, unknown>): Promise<string> {
  const { createService } = await provider.data<{ createService: { id: string } }>('mutation ($input: ServiceInput!) { createService(input: $input) { id } }', { input });
  await provider.data('mutation ($id: ID!) { submitService(id: $id) { status } }', { id: createService.id });
  return createService.id;
}

/**
 * On a moderation item's page in Finnish: approve through the confirm dialog (axe on the dialog,
 * its screenshot named `dialogName`), then wait until the page says the service is published.
 */
export async function approveInModeration(page: Page, dialogName: string): Promise<void> {
  await page.getByTestId('moderation-approve').click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('heading', { name: 'Hyväksytäänkö?' }).waitFor();
  await visitedDialog(page, dialogName);
  await dialog.getByRole('button', { name: 'Hyväksy' }).click();
  await page.getByTestId('moderation-done').filter({ hasText: 'Palvelu on hyväksytty ja julkaistu.' }).waitFor();
  await page.getByTestId('moderation-item-status').filter({ hasText: 'Julkaistu' }).waitFor();
}
