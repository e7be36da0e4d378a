/**
 * A second municipality, end to end: the platform started for a made-up municipality (GM9999
 * "Voorbeeldstad", test/fixtures/gm9999) from its own files only — areas with population and a tiny
 * registered-crime table, no report categories (the default tree) — on a fresh data directory or
 * database. The admin goes through the main pages (map, Analyse, Meldingen, Veiligheidsbeeld,
 * Opgaven, Beheer) with Voorbeeldstad's name in the header and its areas on the map, and changes
 * the municipality settings in Beheer → Instellingen, which apply without a restart.
 * Run: node --import tsx --test test/e2e/second-municipality.test.ts   (see test/e2e/README.md)
 */
import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { logInThroughForm, newTestContext, screenshot, sourceFeatureCount, waitForMap } from './support/app-page.ts';
import type { BrowserGlobals } from './support/browser-globals.ts';
import { launchBrowser } from './support/browser.ts';
import { startServer, type RunningServer } from './support/server.ts';

const FIXTURE = path.resolve(import.meta.dirname, '..', 'fixtures', 'gm9999');
let server: RunningServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
const pageErrors: string[] = [];

before(async () => {
  browser = await launchBrowser();
  server = await startServer({ env: { STADSVEILIG_MUNICIPALITY: 'GM9999', STADSVEILIG_SEED_DIR: FIXTURE } });
  context = await newTestContext(browser, server.baseUrl);
  page = await context.newPage();
  page.on('pageerror', (e) => pageErrors.push(e.message));
  await logInThroughForm(page);
});

after(async () => {
  await context?.close();
  await browser?.close();
  await server?.stop();
});

/** A GET of the API from the page, with the session. */
function apiGet<T>(url: string): Promise<T> {
  return page.evaluate(async (u) => (await fetch(u)).json(), url) as Promise<T>;
}

async function openModule(name: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Modules' }).getByRole('link', { name }).click();
}

/** No error alert on the page and no uncaught error so far. */
async function assertNoErrors(where: string): Promise<void> {
  assert.equal(await page.locator('.alert[role=alert]').count(), 0, `${where}: no error shown`);
  assert.deepEqual(pageErrors, [], `${where}: no uncaught page errors`);
}

describe('a second municipality (GM9999 Voorbeeldstad) in Chromium', { timeout: 300_000 }, () => {
  it('starts from its own files and says what is missing', () => {
    const out = server.output();
    if (process.env.E2E_BASE_URL) return;
    assert.match(out, /Loaded areas of GM9999: 11 areas in vintages 2024/);
    assert.match(out, /Loaded registered crime: 8 area counts/);
    assert.match(out, /Warning: No SMTP server/);
    assert.doesNotMatch(out, /GM0505|Dordrecht/);
  });

  it('shows Voorbeeldstad in the header and its buurten on the map', async () => {
    await page.getByRole('heading', { level: 1, name: 'Kaart van Voorbeeldstad' }).waitFor();
    assert.equal(await page.locator('.brand-municipality').textContent(), 'Voorbeeldstad');
    await waitForMap(page);
    assert.equal(await sourceFeatureCount(page, 'buurten'), 8);
    const codes = await page.evaluate(async () => {
      const map = (globalThis as unknown as BrowserGlobals).__stadsveiligMap!;
      const src = map.getSource('buurten') as unknown as { getData(): Promise<{ features: { properties: { code: string } }[] }> };
      return (await src.getData()).features.map((f) => f.properties.code);
    });
    assert.ok(
      codes.every((c) => c.startsWith('BU9999')),
      codes.join(' '),
    );
    await assertNoErrors('Kaart');
  });

  it('analyses the synthetic incidents drawn from its registered crime', async () => {
    await openModule('Analyse');
    await page.getByRole('heading', { level: 1, name: 'Analyse' }).waitFor();
    await page.goto('/analyse/hottimes?from=2023-01-01&to=2024-01-01');
    await page.locator('[data-testid=heatmap] rect.heat-cell').first().waitFor({ timeout: 60_000 });
    assert.equal(await page.locator('[data-testid=heatmap] rect.heat-cell').count(), 168);
    await assertNoErrors('Analyse');
  });

  it('opens Meldingen, Veiligheidsbeeld and Opgaven without errors', async () => {
    await openModule('Meldingen');
    await page.waitForURL(/\/meldingen/);
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    await assertNoErrors('Meldingen');
    await page.goto('/beleving/profiel/GM9999');
    await page.getByRole('heading', { level: 1, name: 'Veiligheidsprofiel Voorbeeldstad' }).waitFor({ timeout: 60_000 });
    await assertNoErrors('Veiligheidsbeeld');
    await openModule('Opgaven');
    await page.getByRole('heading', { level: 1, name: 'Opgaven' }).waitFor();
    await assertNoErrors('Opgaven');
  });

  it('offers residents the default report categories on the public form', async () => {
    await page.goto('/melden');
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    const categories = await apiGet<{ categories?: unknown[] }>('/api/v1/public/signal-categories');
    assert.ok((categories.categories ?? []).length > 0, 'Voorbeeldstad has no categories.json: it gets the default tree');
  });

  it('changes the municipality settings in Beheer → Instellingen, applied without a restart', async () => {
    await page.goto('/');
    await openModule('Beheer');
    await page.getByRole('navigation', { name: 'Onderdelen van beheer' }).getByRole('link', { name: 'Instellingen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Instellingen' }).waitFor();
    assert.equal(new URL(page.url()).pathname, '/beheer/instellingen');
    assert.equal(await page.locator('.settings-facts code').textContent(), 'GM9999');
    await page.locator('[data-warning=no-smtp]').waitFor();
    await screenshot(page, 'beheer-instellingen', { fullPage: true });

    // Below the safe minimum: refused in the field, nothing saved.
    const cell = page.getByLabel('Analyse: minimum aantal per cel');
    await cell.fill('2');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.locator('#settings-minCellCount-error').waitFor();
    assert.equal(await cell.getAttribute('aria-invalid'), 'true');
    const before = await apiGet<{ stored: string[] }>('/api/v1/settings');
    assert.deepEqual(before.stored, []);

    await cell.fill('6');
    await page.getByLabel('Naam van de gemeente').fill('Voorbeeldstad aan Zee');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.locator('.beheer-status', { hasText: 'opgeslagen' }).waitFor();
    const row = page.locator('.settings-changes tbody tr', { hasText: 'Minimum per cel (analyse)' });
    assert.deepEqual(
      await row
        .locator('td')
        .allTextContents()
        .then((c) => c.slice(1)),
      ['5', '6'],
    );
    const instance = await apiGet<{ municipality: { name: string } }>('/api/v1/instance');
    assert.equal(instance.municipality.name, 'Voorbeeldstad aan Zee');
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Instellingen' }).waitFor();
    assert.equal(await page.locator('.brand-municipality').textContent(), 'Voorbeeldstad aan Zee');
    assert.equal(await page.getByLabel('Analyse: minimum aantal per cel').inputValue(), '6');
    await assertNoErrors('Beheer → Instellingen');
  });
});
