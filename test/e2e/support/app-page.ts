/** Page-level steps shared by the browser tests: log in, wait for the map, read its state. */
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { BrowserGlobals } from './browser-globals.ts';
import { ADMIN_EMAIL, ADMIN_PASSWORD } from './server.ts';

const ROOT = path.resolve(import.meta.dirname, '../../..');

/** A fresh context that exposes the map instance to the test (window.__STADSVEILIG_TEST__). */
export async function newTestContext(
  browser: Browser,
  baseUrl: string,
  options: Parameters<Browser['newContext']>[0] = {},
): Promise<BrowserContext> {
  const context = await browser.newContext({ baseURL: baseUrl, locale: 'nl-NL', viewport: { width: 1280, height: 860 }, ...options });
  await context.addInitScript(() => {
    (globalThis as unknown as { __STADSVEILIG_TEST__: boolean }).__STADSVEILIG_TEST__ = true;
  });
  return context;
}

const PDOK_ORIGIN = 'https://service.pdok.nl/';

/** Collects console errors and uncaught page errors, so a test can assert there were none. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    // Chromium logs each tile of the PDOK background it cannot fetch (the tests run offline); the
    // map then falls back to the buurt boundaries with a notice (map-background.test.ts).
    if (m.type() === 'error' && !m.location().url.startsWith(PDOK_ORIGIN)) errors.push(`console: ${m.text()}`);
  });
  return errors;
}

export async function logInThroughForm(page: Page, password = ADMIN_PASSWORD): Promise<void> {
  await page.goto('/');
  await page.getByLabel(/e-mailadres|email address/i).fill(ADMIN_EMAIL);
  await page.getByLabel(/^(wachtwoord|password)$/i).fill(password);
  await page.getByRole('button', { name: /^(inloggen|log in)$/i }).click();
}

/** Waits until the map has loaded, has buurt data and has drawn at least one buurt. */
export async function waitForMap(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const map = (globalThis as unknown as BrowserGlobals).__stadsveiligMap;
      if (!map?.loaded() || map.isMoving()) return false;
      return map.queryRenderedFeatures({ layers: ['buurten-fill'] }).length > 0;
    },
    undefined,
    { timeout: 60_000 },
  );
}

/** Number of features in a GeoJSON source of the map. */
export async function sourceFeatureCount(page: Page, source: string): Promise<number> {
  return page.evaluate(async (id) => {
    const map = (globalThis as unknown as BrowserGlobals).__stadsveiligMap;
    const src = map?.getSource(id) as { getData(): Promise<{ features: unknown[] }> } | undefined;
    if (!src) return -1;
    return (await src.getData()).features.length;
  }, source);
}

/** Screenshots go to test-results/ (ignored by git); UPDATE_SCREENSHOTS=1 writes the user guide's. */
export async function screenshot(page: Page, name: string, options: { fullPage?: boolean } = {}): Promise<string> {
  const dir = process.env.UPDATE_SCREENSHOTS === '1' ? path.join(ROOT, 'docs', 'user-guide') : path.join(ROOT, 'test-results', 'e2e');
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${name}.png`);
  await page.screenshot({ path: file, fullPage: options.fullPage ?? false });
  return file;
}
