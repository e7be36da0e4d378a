/**
 * The demo content of perception and missions in the browser, as the first start loads it with
 * default settings (STADSVEILIG_DEMO on; the modules' own loaders). The safety profile and the public neighbourhood page of a wijk show the
 * demo label, so do the missions portfolio (two demo missions), a mission's page and the public
 * missions list. Run: node scripts/run-tests.mjs test/e2e/demo-perception-missions.test.ts
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { logInThroughForm, newTestContext, watchErrors } from './support/app-page.ts';
import { launchBrowser } from './support/browser.ts';
import { startServer, type RunningServer } from './support/server.ts';

const WIJK = 'WK050502';
let server: RunningServer;
let browser: Browser;

before(async () => {
  browser = await launchBrowser();
  server = await startServer(); // the first start loads the demo content of every module
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

const demoLabels = (page: Page) => page.locator('.badge.demo');

describe('demo content of perception and missions in Chromium', { timeout: 300_000 }, () => {
  it('labels the safety profile, the public page, the missions and a mission as demo', async () => {
    const context = await newTestContext(browser, server.baseUrl);
    const page = await context.newPage();
    const errors = watchErrors(page);
    await logInThroughForm(page);
    await page
      .getByRole('link', { name: /^(opgaven|missions)$/i })
      .first()
      .waitFor();

    await page.goto(`/beleving/profiel/${WIJK}`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await demoLabels(page).first().waitFor();
    assert.match((await demoLabels(page).first().textContent()) ?? '', /^demo$/);

    await page.goto('/opgaven');
    const rows = page.locator('tr[data-mission]');
    await rows.first().waitFor();
    const labelled = page.locator('tr[data-mission]:has(.badge.demo)');
    await labelled.nth(1).waitFor();
    assert.equal(await labelled.count(), 2, 'both demo missions carry the label');
    await labelled.filter({ hasText: 'Woninginbraak' }).getByRole('link').first().click();
    await page.getByRole('heading', { level: 1, name: /^Woninginbraak in / }).waitFor();
    await page.locator('.page-head .badge.demo').waitFor();
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('labels the public neighbourhood page and the public missions without login', async () => {
    const context = await newTestContext(browser, server.baseUrl);
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(`/veiligheid/${WIJK}`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.locator('.lead .badge.demo').waitFor();
    await page.goto('/opgaven/publiek');
    await page.getByRole('link', { name: /^Woninginbraak in / }).waitFor();
    assert.equal(await demoLabels(page).count(), 1, 'the one approved public summary, labelled');
    assert.deepEqual(errors, []);
    await context.close();
  });
});
