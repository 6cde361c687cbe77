/// <reference lib="dom" />
// The README's user guide pictures: signs in as each demo role on a running platform (`npm start`)
// and saves what a person sees on the role's main pages into docs/user-guide/.
//
//   npm start                      # in another terminal
//   npm run docs:screenshots       # YTMT_URL=http://localhost:3000, CHROMIUM_PATH=/usr/bin/chromium
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';

const BASE_URL = process.env['YTMT_URL'] ?? 'http://localhost:3000';
const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const OUT = process.env['DOCS_SCREENSHOT_DIR'] ?? join(__dirname, '..', 'docs', 'user-guide');
/** JPEG keeps the README's pictures small; PNG for looking at them closely. */
const TYPE = process.env['DOCS_SCREENSHOT_TYPE'] === 'png' ? 'png' : 'jpeg';

interface Shot {
  /** File name without extension. */
  name: string;
  /** Demo user's e-mail; signed out when absent. */
  user?: string;
  path: string;
  language?: 'fi' | 'sv';
  /** What to do on the page before the picture, e.g. open the first item of a list. */
  then?: (page: Page) => Promise<void>;
}

const openFirst = (selector: string) => async (page: Page) => {
  await page.locator(selector).first().click();
  await page.locator('h1').first().waitFor();
  await page.waitForLoadState('networkidle');
};

const SHOTS: Shot[] = [
  { name: 'public-services', path: '/services' },
  { name: 'public-open-needs', path: '/open-needs', language: 'sv' },
  { name: 'employer-needs', user: 'tyonantaja.lahti@ytmt.example', path: '/needs' },
  { name: 'employer-need-wizard', user: 'tyonantaja.lahti@ytmt.example', path: '/needs/new' },
  { name: 'provider-services', user: 'palveluntuottaja.saatio@ytmt.example', path: '/provider/services' },
  { name: 'provider-needs', user: 'palveluntuottaja.saatio@ytmt.example', path: '/provider/needs' },
  { name: 'coordinator-companies', user: 'koordinaattori.lahti@ytmt.example', path: '/coordinator/companies' },
  { name: 'coordinator-company', user: 'koordinaattori.lahti@ytmt.example', path: '/coordinator/companies', then: openFirst('main a[href^="/coordinator/companies/"]:not([href$="/new"])') },
  { name: 'coordinator-area-needs', user: 'koordinaattori.lahti@ytmt.example', path: '/coordinator/needs' },
  {
    name: 'coordinator-candidates',
    user: 'koordinaattori.helsinki@ytmt.example',
    path: '/coordinator/needs',
    then: async (page) => {
      await openFirst('main a:has-text("Ulkoiluavustaja täsmätyökykyiselle")')(page);
      await page.locator('main a[href$="/candidates"]').first().click();
      await page.waitForURL((url) => url.pathname.endsWith('/candidates'));
      await page.getByRole('heading', { level: 1, name: /^Ehdokaslista/ }).waitFor();
      await page.waitForLoadState('networkidle');
    },
  },
  { name: 'coordinator-closure', user: 'koordinaattori.helsinki@ytmt.example', path: '/coordinator/closure' },
  { name: 'jobseeker-profile', user: 'tyonhakija@ytmt.example', path: '/jobseeker/profile' },
  { name: 'jobseeker-consents', user: 'tyonhakija@ytmt.example', path: '/jobseeker/consents', language: 'sv' },
  { name: 'jobseeker-share-requests', user: 'tyonhakija@ytmt.example', path: '/jobseeker/share-requests' },
  { name: 'jobseeker-views', user: 'tyonhakija@ytmt.example', path: '/jobseeker/views' },
  { name: 'admin-users', user: 'paakayttaja@ytmt.example', path: '/admin/users' },
  { name: 'admin-areas', user: 'paakayttaja@ytmt.example', path: '/admin/areas' },
];

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    for (const [index, shot] of SHOTS.entries()) {
      const language = shot.language ?? 'fi';
      const context = await browser.newContext({ baseURL: BASE_URL, locale: language === 'sv' ? 'sv-FI' : 'fi-FI', viewport: { width: 1280, height: 860 } });
      await context.addInitScript((lang) => window.localStorage.setItem('ytmt.language', lang), language);
      const page = await context.newPage();
      if (shot.user) {
        await page.goto(`/signin?returnTo=${encodeURIComponent(shot.path)}`);
        await page.locator('li.dev-user', { hasText: shot.user }).getByRole('button').click();
        await page.waitForURL((url) => url.pathname === shot.path);
      } else {
        await page.goto(shot.path);
      }
      await page.locator('h1').first().waitFor();
      await page.waitForLoadState('networkidle');
      if (shot.then) await shot.then(page);
      // Whatever loads after the first paint (a page's chunk, its lists) has arrived.
      await page.waitForFunction(() => !/Ladataan…|Laddar…/.test(document.querySelector('main')?.textContent ?? ''));
      const file = join(OUT, `${shot.name}.${TYPE === 'png' ? 'png' : 'jpg'}`);
      await page.screenshot({ path: file, type: TYPE, ...(TYPE === 'jpeg' ? { quality: 70 } : {}) });
      process.stdout.write(`[${index + 1}/${SHOTS.length}] ${shot.name} (${language}) → ${file}\n`);
      await context.close();
    }
  } finally {
    await browser.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
