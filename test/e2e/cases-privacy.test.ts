/**
 * Browser test of the cases privacy pages: a caseworker not assigned to a case searches by BSN and
 * learns only that case PGA-2026-0101 exists and whom to ask, follows "Toegang doorbreken" to the
 * case's page and opens it with a reason; the privacy officer finds the opening under Casussen →
 * Toezicht (never the person), records a verdict, reads the case in the processing log, on a
 * phone too, and sees only the processing log in Beheer. Screenshot: `casussen-toezicht`.
 * Run: node --import tsx --test test/e2e/cases-privacy.test.ts   (see test/e2e/README.md)
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import { newTestContext, screenshot, watchErrors } from './support/app-page.ts';
import type { BrowserGlobals } from './support/browser-globals.ts';
import { launchBrowser } from './support/browser.ts';
import { PRIVACY_E2E as P } from './cases-privacy-prepare.ts';
import { logInAs } from './support/missions-steps.ts';
import { preparedBy, startServer, type RunningServer } from './support/server.ts';

let server: RunningServer;
let browser: Browser;
const REASON = 'Acute melding in de nachtdienst; de procesregisseur is niet bereikbaar.';

before(async () => {
  browser = await launchBrowser();
  server = await startServer({ env: { STADSVEILIG_DEMO: 'off' }, prepare: preparedBy('cases-privacy-prepare.ts') });
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

describe('cases privacy in Chromium', { timeout: 300_000 }, () => {
  it('search tells only that a case exists; break-glass is reviewed by the privacy officer', async () => {
    const context = await newTestContext(browser, server.baseUrl);
    const page = await context.newPage();
    const errors = watchErrors(page);
    await logInAs(page, P.caseworker.email, P.caseworker.password);
    await page.goto('/casussen/zoeken');
    await page.getByRole('heading', { level: 1, name: 'Zoeken of er een casus is' }).waitFor();
    await page.getByRole('radio', { name: 'BSN' }).check();
    await page.getByRole('textbox', { name: 'BSN' }).fill('9999.90.019');
    await page.getByRole('button', { name: 'Zoeken' }).click();
    await page.getByText(`Er is een casus (${P.reference}); vraag de procesregisseur ${P.director.name}.`).waitFor();
    assert.equal(await page.getByText(P.person.name).count(), 0, 'the person is never shown');
    await page.getByRole('link', { name: 'Toegang doorbreken' }).click();
    await page.waitForURL(/\/casussen\/[0-9a-f-]{36}$/);

    // The case page refuses (403 case-need-to-know) and offers break-glass with a reason.
    await page.getByRole('heading', { level: 1, name: 'Casus niet voor u open' }).waitFor();
    await page.getByLabel('Reden om de casus nu in te zien').fill(REASON);
    await page.getByRole('button', { name: 'Toegang doorbreken' }).click();
    await page.getByRole('heading', { level: 1, name: new RegExp(`${P.reference} · ${P.person.name}`) }).waitFor();
    await page.getByText('U ziet dit plan alleen-lezen.').waitFor();
    // The refusal before break-glass is the one failed request the browser reports.
    assert.deepEqual(
      errors.filter((e) => !e.includes('status of 403')),
      [],
    );
    await context.close();

    const officer = await newTestContext(browser, server.baseUrl);
    const review = await officer.newPage();
    const officerErrors = watchErrors(review);
    await logInAs(review, P.privacy.email, P.privacy.password);
    await review.goto('/casussen/toezicht');
    await review.getByRole('heading', { level: 1, name: 'Toezicht op casussen' }).waitFor();
    const row = review.locator('tr', { hasText: REASON });
    await row.getByText(P.reference).waitFor();
    await row.getByText(P.caseworker.name).waitFor();
    await row.getByLabel('Oordeel').selectOption('onterecht');
    await row.getByLabel('Toelichting').fill('Eerst de plaatsvervanger bellen.');
    await row.getByRole('button', { name: 'Oordeel vastleggen' }).click();
    await row.getByText(`door ${P.privacy.name}`).waitFor();
    const logRow = review.locator('tr[data-activity="cases.break-glass"]');
    await logRow.getByText(P.reference).waitFor();
    await logRow.getByText(P.caseworker.name).waitFor();
    const text = (await review.locator('main').textContent()) ?? '';
    for (const secret of [P.person.name, P.person.bsn, P.person.birthDate]) assert.ok(!text.includes(secret), secret);
    await screenshot(review, 'casussen-toezicht', { fullPage: true });

    await review.setViewportSize({ width: 375, height: 800 });
    const sideways = await review.evaluate(() => {
      const w = globalThis as unknown as BrowserGlobals;
      return w.document.documentElement.scrollWidth - w.innerWidth;
    });
    assert.ok(sideways <= 1, `the review page scrolls sideways by ${sideways}px on a phone`);

    await review.setViewportSize({ width: 1280, height: 860 });
    await review.goto('/beheer');
    const sections = review.getByRole('navigation', { name: /onderdelen van beheer/i });
    await sections.getByRole('link', { name: 'Verwerkingslog' }).waitFor();
    assert.equal(await sections.getByRole('link').count(), 1, 'the privacy officer sees only the processing log in Beheer');
    await sections.getByRole('link', { name: 'Verwerkingslog' }).click();
    const log = review.locator('.beheer-log table');
    await log.getByText(P.caseworker.name).first().waitFor();
    assert.ok(!((await log.textContent()) ?? '').includes(P.caseworker.email), 'the log names accounts without their e-mail addresses');
    assert.deepEqual(officerErrors, []);
    await officer.close();
  });
});
