/**
 * Browser test of demo content against a fresh server in Chromium: the first start loads synthetic
 * incidents up to this week and made-up reports (printed in the start report); the public reports
 * map, the inbox, a report's page and the analysis show the demo label; Beheer → Demo-inhoud lists
 * the demo rows per module and removes them after a confirmation; then the inbox, the public map and
 * the API hold no demo row, and the analysis no synthetic label.
 * Run: node scripts/run-tests.mjs test/e2e/demo.test.ts   (see test/e2e/README.md)
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { logInThroughForm, newTestContext, watchErrors } from './support/app-page.ts';
import { launchBrowser } from './support/browser.ts';
import { startServer, type RunningServer } from './support/server.ts';

let server: RunningServer;
let browser: Browser;

before(async () => {
  browser = await launchBrowser();
  server = await startServer({ timeoutMs: 240_000 });
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

const demoLabels = (page: Page, scope: string) => page.locator(`${scope} .badge.demo`);

describe('demo content in Chromium', { timeout: 420_000 }, () => {
  it('is shown with the demo label everywhere and removed in Beheer', async () => {
    assert.match(server.output(), /Loaded demo: synthetic demo incidents: \d+/);
    assert.match(server.output(), /Loaded demo: demo reports: \d+/);
    const context = await newTestContext(browser, server.baseUrl);
    const page = await context.newPage();
    const errors = watchErrors(page);
    await logInThroughForm(page);
    await page.getByRole('navigation', { name: 'Modules' }).getByRole('link', { name: 'Beheer' }).waitFor();

    // The public map of open reports: demo reports carry the label.
    await page.goto('/melden/kaart');
    await demoLabels(page, 'main').first().waitFor({ timeout: 30_000 });

    // The inbox and a report's page.
    await page.goto('/meldingen');
    await demoLabels(page, '.inbox-table').first().waitFor({ timeout: 30_000 });
    await page.locator('.inbox-table tbody tr th a').first().click();
    await demoLabels(page, 'h1').waitFor();

    // The analysis on this year's synthetic incidents: the synthetic-data line with the demo label.
    const year = new Date().getUTCFullYear();
    await page.goto(`/analyse/hottimes?from=${year}-01-01&to=${year + 1}-01-01`);
    await page.getByTestId('synthetic-label').locator('.badge.demo').waitFor({ timeout: 60_000 });

    // Beheer → Demo-inhoud: rows per module, removed after a confirmation.
    await page.getByRole('navigation', { name: 'Modules' }).getByRole('link', { name: 'Beheer' }).click();
    await page.getByRole('navigation', { name: 'Onderdelen van beheer' }).getByRole('link', { name: 'Demo-inhoud' }).click();
    await page.getByRole('heading', { level: 1, name: 'Demo-inhoud' }).waitFor();
    assert.equal(new URL(page.url()).pathname, '/beheer/demo');
    for (const module of ['incidents', 'signals']) {
      const rows = (await page.locator(`tr[data-module="${module}"] td`).textContent()) ?? '';
      assert.ok(Number(rows.replace(/\D/g, '')) > 1000, `${module}: ${rows}`);
    }
    await page.getByRole('button', { name: 'Demo-inhoud verwijderen' }).click();
    await page.getByText('Alle demo-inhoud van alle onderdelen verwijderen?').waitFor();
    await page.getByRole('button', { name: 'Ja, verwijderen' }).click();
    await page.getByTestId('demo-total').getByText('Er is geen demo-inhoud geladen.').waitFor({ timeout: 60_000 });
    await page.getByRole('button', { name: 'Demo-inhoud laden' }).waitFor();

    // Gone everywhere: the API, the inbox, the public map, the analysis.
    const status = (await (await page.request.get('/api/v1/demo')).json()) as { total: number; removedAt: string | null };
    assert.equal(status.total, 0);
    assert.ok(status.removedAt);
    await page.goto('/meldingen');
    await page.getByText('Geen meldingen voor dit filter.').waitFor({ timeout: 30_000 });
    assert.equal(await demoLabels(page, 'main').count(), 0);
    await page.goto('/melden/kaart');
    await page.getByText('Er zijn nu geen open meldingen.').waitFor({ timeout: 30_000 });
    assert.equal(await demoLabels(page, 'main').count(), 0);
    await page.goto(`/analyse/hottimes?from=${year}-01-01&to=${year + 1}-01-01`);
    await page.getByRole('heading', { level: 1, name: 'Analyse' }).waitFor();
    await page.getByTestId('analysis-meta').or(page.getByRole('alert')).first().waitFor({ timeout: 60_000 });
    assert.equal(await page.getByTestId('synthetic-label').count(), 0);
    assert.deepEqual(errors, []);
    await context.close();
  });
});
