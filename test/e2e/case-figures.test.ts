/**
 * Browser test of the PGA figures: 8 cases opened today in one buurt (case-figures-prepare.ts), 6
 * for "Toetsreden A" and 2 for "Toetsreden B". An analyst (cases:figures, never a case) finds the
 * "Persoonsgerichte aanpak in cijfers" panel on the opgaven portfolio (8 open), follows it to
 * Casussen → Cijfers, where "Toetsreden B" (2, below the threshold 5) and, complementary,
 * "Toetsreden A" read "—" with the explanation, narrows to the wijk of the cases (8) and to another
 * (0), never sees a person or a case reference, and the page fits a 375 px phone and reads in English.
 * Screenshot: `casussen-cijfers`.
 * Run: node --import tsx --test test/e2e/case-figures.test.ts   (see test/e2e/README.md)
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { newTestContext, screenshot, watchErrors } from './support/app-page.ts';
import { launchBrowser } from './support/browser.ts';
import { createStaffUser, logInAs } from './support/missions-steps.ts';
import { preparedBy, type RunningServer, startServer } from './support/server.ts';
import { overflow } from './support/signals-steps.ts';

let server: RunningServer;
let browser: Browser;
const ANALYST = { email: 'analist-pga@example.test', password: 'pga-Correct-Horse-42', name: 'Anna Analist' };

before(async () => {
  browser = await launchBrowser();
  server = await startServer({ prepare: preparedBy('case-figures-prepare.ts'), env: { STADSVEILIG_DEMO: 'off' } });
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

const keyFigure = (page: Page, label: string) => page.locator('.cases-key-figures > div', { hasText: label }).locator('dd');
const cellOf = (page: Page, table: string, row: string) =>
  page
    .getByRole('table', { name: table })
    .getByRole('row', { name: new RegExp(row) })
    .getByRole('cell');

describe('PGA figures in Chromium', { timeout: 300_000 }, () => {
  it('an analyst reads the figures on the portfolio and the Cijfers page, suppressed, without persons', async () => {
    const context = await newTestContext(browser, server.baseUrl);
    await createStaffUser(context.request, 'analyst', ANALYST.email, ANALYST.password, ANALYST.name);
    const page = await context.newPage();
    const errors = watchErrors(page);
    await logInAs(page, ANALYST.email, ANALYST.password);

    await page.goto('/opgaven');
    const panel = page.getByRole('region', { name: 'Persoonsgerichte aanpak in cijfers' });
    await panel.waitFor();
    await panel.locator('dd').first().filter({ hasText: '8' }).waitFor();
    await panel.getByRole('link', { name: 'Alle cijfers' }).click();

    await page.getByRole('heading', { level: 1, name: 'Cijfers persoonsgerichte aanpak' }).waitFor();
    assert.match(page.url(), /\/casussen\/cijfers$/);
    await keyFigure(page, 'Open aan het eind').filter({ hasText: '8' }).waitFor();
    assert.equal(await cellOf(page, 'Per reden van aanmelding', 'Toetsreden B').textContent(), '—');
    assert.equal(await cellOf(page, 'Per reden van aanmelding', 'Toetsreden A').textContent(), '—', 'complementary');
    assert.match((await page.locator('#cases-figures-suppressed').textContent()) ?? '', /klein aantal \(1 tot en met 4\)/);
    const text = (await page.locator('main').textContent()) ?? '';
    assert.ok(!text.includes('Quaadgras') && !text.includes('Testpersoon') && !text.includes('PGA-E2E'), 'no person, no reference');
    await screenshot(page, 'casussen-cijfers', { fullPage: true });

    // The wijk of the cases, then another one.
    await page.getByLabel('Gebied', { exact: true }).selectOption('WK050501');
    await page.getByRole('button', { name: 'Toon cijfers' }).click();
    await keyFigure(page, 'Open aan het eind').filter({ hasText: /^8$/ }).waitFor();
    await page.getByLabel('Gebied', { exact: true }).selectOption('WK050502');
    await page.getByRole('button', { name: 'Toon cijfers' }).press('Enter');
    await keyFigure(page, 'Open aan het eind').filter({ hasText: /^0$/ }).waitFor();

    await page.setViewportSize({ width: 375, height: 800 });
    assert.ok((await overflow(page)) <= 0, 'fits a 375 px phone');

    await page.getByRole('button', { name: 'Switch to English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Figures of the person-oriented approach' }).waitFor();
    await page.getByRole('table', { name: 'Per reason for inclusion' }).waitFor();
    assert.deepEqual(errors, []);
    await context.close();
  });
});
