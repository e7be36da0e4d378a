/**
 * Residents find their buurt without an account, on a 375 px phone: /veiligheid offers a name
 * search over the public area list, a result opens the neighbourhood page on the latest year with
 * data with that year in the URL (?jaar=), switching the year adds a history entry and the back
 * button returns to the year before; /buurtpeiling finds a wijk whose buurten lead to the
 * questionnaire. Run: node scripts/run-tests.mjs --e2e (see README.md).
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import type { AreaCollection, Vintage } from '../../web/src/api/types.ts';
import { newTestContext, watchErrors } from './support/app-page.ts';
import { launchBrowser } from './support/browser.ts';
import { startServer, type RunningServer } from './support/server.ts';
import { overflow } from './support/signals-steps.ts';

const PHONE = { viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 } as const;

let server: RunningServer;
let browser: Browser;

before(async () => {
  browser = await launchBrowser();
  // The first start loads the demo content (survey results among it), which takes a while on a busy machine.
  server = await startServer({ timeoutMs: 300_000 });
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

describe('finding a buurt in Chromium', { timeout: 300_000 }, () => {
  it('finds a buurt by name, opens its page on the latest year, switches year and goes back', async () => {
    const context = await newTestContext(browser, server.baseUrl, PHONE);
    const page = await context.newPage();
    const errors = watchErrors(page);
    const vintages = (await (await page.request.get('/api/v1/areas/vintages')).json()) as Vintage[];
    const level = async (l: string) =>
      ((await (await page.request.get(`/api/v1/areas?level=${l}&year=${vintages[0]!.year}`)).json()) as AreaCollection).features;
    const buurten = await level('buurt');
    const wijken = await level('wijk');
    const buurt = buurten.find((b) => !b.properties.isWater && b.properties.name.length > 6)!.properties;
    const latest = ((await (await page.request.get(`/api/v1/public/areas/${buurt.code}/safety`)).json()) as { year: number }).year;

    await page.goto('/veiligheid');
    await page.getByRole('heading', { level: 1, name: 'Veiligheid in uw buurt' }).waitFor();
    assert.equal(await page.getByRole('button', { name: /inloggen/i }).count(), 0, 'no staff login');
    await page.getByLabel('Naam van uw buurt of wijk').fill(buurt.name.slice(1, -1).toUpperCase());
    await page
      .getByRole('status')
      .filter({ hasText: /gevonden/ })
      .waitFor();
    assert.equal(await overflow(page), 0, 'fits a 375 px phone');
    await page.getByTestId('find-results').locator(`a[data-code="${buurt.code}"]`).click();

    await page.getByRole('heading', { level: 1, name: new RegExp(buurt.name) }).waitFor();
    await page.waitForURL((u) => u.search === `?jaar=${latest}`);
    assert.equal(new URL(page.url()).pathname, `/veiligheid/${buurt.code}`);
    const year = page.getByLabel('Jaar');
    assert.equal(await year.inputValue(), String(latest), 'opens on the latest year with data');
    /** Waits until the page shows `y`: the year choice holds it and the page is not loading. */
    const yearShown = (y: number) =>
      page.waitForFunction((v) => {
        const d = (globalThis as unknown as { document: { getElementById(id: string): { value: string } | null } }).document;
        return d.getElementById('public-year')?.value === v;
      }, String(y));

    await year.selectOption(String(latest - 1));
    await page.waitForURL((u) => u.search === `?jaar=${latest - 1}`);
    await yearShown(latest - 1);

    await page.goBack();
    await page.waitForURL((u) => u.search === `?jaar=${latest}`);
    await yearShown(latest);
    await page.goForward();
    await page.waitForURL((u) => u.search === `?jaar=${latest - 1}`);
    await yearShown(latest - 1);
    await page.goBack();
    await yearShown(latest);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: new RegExp(buurt.name) }).waitFor();
    assert.equal(await page.getByLabel('Jaar').inputValue(), String(latest), 'the year in the URL survives a reload');

    // The questionnaire: a wijk found by name shows its buurten.
    const wijk = wijken.find((w) => buurten.some((b) => b.properties.parentCode === w.properties.code))!.properties;
    const inWijk = buurten.find((b) => b.properties.parentCode === wijk.code)!.properties;
    await page.goto('/buurtpeiling');
    await page.getByRole('heading', { level: 1, name: 'Buurtpeiling: kies uw buurt' }).waitFor();
    await page.getByLabel('Naam van uw buurt of wijk').fill(wijk.name);
    await page.getByTestId('find-results').locator(`a[data-code="${inWijk.code}"]`).first().click();
    await page.waitForURL((u) => u.pathname === `/buurtpeiling/${inWijk.code}`);

    // Or by address: the combobox (no BAG addresses loaded here, so it offers buurt names) goes straight to the buurt.
    await page.goto('/veiligheid');
    const combo = page.getByRole('combobox', { name: 'Zoek op adres of postcode' });
    await combo.fill(buurt.name);
    await page
      .locator('.address-options')
      .getByRole('option', { name: new RegExp(buurt.name) })
      .first()
      .click();
    await page.waitForURL((u) => u.pathname === `/veiligheid/${buurt.code}`);
    assert.deepEqual(errors, []);
    await context.close();
  });
});
