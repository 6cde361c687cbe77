/// <reference lib="dom" />
import AxeBuilder from '@axe-core/playwright';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { stack } from './stack';

export const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
export const SCREENSHOT_DIR = join(__dirname, '..', '..', '..', 'test-artifacts', 'screenshots');
export type Language = 'fi' | 'sv' | 'en';

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic', '--no-first-run'],
  });
}

/**
 * A fresh browser context (own storage, so own session) in the given language. Every request
 * that leaves the platform's origin is recorded: `offOrigin` must stay empty.
 */
export async function openSession(browser: Browser, language: Language = 'fi'): Promise<{ context: BrowserContext; page: Page; offOrigin: string[] }> {
  const { baseUrl } = stack();
  const context = await browser.newContext({ baseURL: baseUrl, locale: language === 'fi' ? 'fi-FI' : language === 'sv' ? 'sv-FI' : 'en-GB', viewport: { width: 1280, height: 900 } });
  await context.addInitScript((lang) => window.localStorage.setItem('ytmt.language', lang), language);
  const offOrigin: string[] = [];
  const origin = new URL(baseUrl).origin;
  context.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) offOrigin.push(url);
  });
  const page = await context.newPage();
  return { context, page, offOrigin };
}

/** Signs in as a demo user the way a person does: the sign-in page's list, one click. */
export async function signIn(page: Page, email: string, returnTo = '/'): Promise<void> {
  await page.goto(`/signin?returnTo=${encodeURIComponent(returnTo)}`);
  const user = page.locator('li.dev-user', { hasText: email });
  await user.getByRole('button').click();
  await page.waitForURL((url) => url.pathname === returnTo.split('?')[0]);
  await page.getByTestId('signed-in-user').filter({ hasText: /\S/ }).waitFor();
}

/** axe-core on the page as it is now: no serious or critical violation. Returns their summary. */
export async function accessibilityViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id} (${violation.impact}): ${violation.help} — ${violation.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
}

/** A screenshot of the whole page, kept as a test artifact. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const file = join(SCREENSHOT_DIR, `${name.replace(/[^\w.-]+/g, '-')}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/**
 * What every visited page gets: a screenshot and the accessibility check. Fails with the list
 * of violations, so the message says what to fix.
 */
export async function visited(page: Page, name: string): Promise<void> {
  await page.locator('h1').first().waitFor();
  await screenshot(page, name);
  const violations = await accessibilityViolations(page);
  if (violations.length > 0) throw new Error(`Accessibility violations on ${name}:\n${violations.join('\n')}`);
}
