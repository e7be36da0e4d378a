/**
 * Browser test of Beheer → Verwerkingslog against the real server in Chromium: an admin opens the
 * user list, then finds that read in the processing log (activity and actor), searches one person by
 * e-mail address (their account's creation and login, under a pseudonym), gets a clear error for an
 * unknown person, downloads the search as CSV (the file holds the announced records) and finds the
 * export logged as its own record, and pages through older and newer records. The page reads in English too.
 * Run: node scripts/run-tests.mjs test/e2e/beheer-log.test.ts   (see test/e2e/README.md)
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { logInThroughForm, newTestContext, screenshot, watchErrors } from './support/app-page.ts';
import type { BrowserGlobals } from './support/browser-globals.ts';
import { launchBrowser } from './support/browser.ts';
import { createStaffUser } from './support/missions-steps.ts';
import { ADMIN_EMAIL, startServer, type RunningServer } from './support/server.ts';

let server: RunningServer;
let browser: Browser;
const PERSON = { email: 'lotte@example.test', password: 'lotte-Correct-Horse-42', name: 'Lotte Log' };

before(async () => {
  browser = await launchBrowser();
  server = await startServer();
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

const status = (page: Page) => page.locator('.beheer-log .beheer-status');
const rows = (page: Page) => page.locator('.log-table tbody tr');

async function search(page: Page, expect: RegExp): Promise<void> {
  await page.getByRole('button', { name: 'Zoeken', exact: true }).click();
  await status(page).getByText(expect).waitFor();
}

describe('Beheer → Verwerkingslog in Chromium', { timeout: 300_000 }, () => {
  it('an admin finds the user-list read and a person’s records, and exports the search as CSV', async () => {
    const context = await newTestContext(browser, server.baseUrl, { acceptDownloads: true });
    await createStaffUser(context.request, 'analyst', PERSON.email, PERSON.password, PERSON.name);
    const stranger = await newTestContext(browser, server.baseUrl);
    const login = await stranger.request.post('/api/v1/session', { data: { email: PERSON.email, password: PERSON.password } });
    assert.equal(login.status(), 200);
    await stranger.close();

    const page = await context.newPage();
    const errors = watchErrors(page);
    await logInThroughForm(page);
    await page.getByRole('navigation', { name: 'Modules' }).getByRole('link', { name: 'Beheer' }).click();
    await page.getByRole('heading', { level: 1, name: 'Gebruikers' }).waitFor(); // reads the user list (logged)
    await page.locator(`tr[data-user="${PERSON.email}"]`).waitFor();
    await page.getByRole('navigation', { name: 'Onderdelen van beheer' }).getByRole('link', { name: 'Verwerkingslog' }).click();
    await page.getByRole('heading', { level: 1, name: 'Verwerkingslog' }).waitFor();
    assert.equal(new URL(page.url()).pathname, '/beheer/verwerkingslog');
    await status(page)
      .getByText(/records? gevonden \(pagina 1\)/)
      .waitFor();

    // The user-list read just done: activity "Beheer van gebruikersaccounts", by the admin, no person.
    await page.getByLabel('Verwerkingsactiviteit').selectOption({ label: 'Beheer van gebruikersaccounts' });
    await page.getByLabel('Uitgevoerd door').selectOption({ label: await adminLabel(page) });
    await search(page, /records? gevonden/);
    const listRead = rows(page).filter({ hasText: 'inzien' }).filter({ hasText: 'Geen persoon' });
    assert.ok((await listRead.count()) >= 1, 'the list read is found');
    assert.match((await listRead.first().locator('td').nth(1).textContent()) ?? '', new RegExp(ADMIN_EMAIL.replaceAll('.', '\\.')));
    assert.equal(await listRead.first().locator('td').nth(3).textContent(), 'Gelukt');
    assert.match((await listRead.first().locator('td').nth(4).textContent()) ?? '', /^[0-9a-f]{32}$/);

    // One person by e-mail address: the account's creation and first login, under a pseudonym.
    await page.getByRole('button', { name: 'Formulier leegmaken' }).click();
    await page.getByLabel('Persoon (account)').fill('nobody@example.test');
    await page.getByRole('button', { name: 'Zoeken', exact: true }).click();
    await page.getByText('Er is geen account met dit e-mailadres of deze naam.').first().waitFor();
    assert.equal(await page.getByLabel('Persoon (account)').getAttribute('aria-invalid'), 'true');
    // A reporter is searched by report number; the page looks the report up and says so when there is none.
    await page.getByLabel('Persoon (account)').fill('');
    await page.getByLabel('Andere betrokkene').selectOption({ label: 'Melder van een melding' });
    await page.getByLabel('Kenmerk van de betrokkene').fill('M-2026-999999');
    await page.getByRole('button', { name: 'Zoeken', exact: true }).click();
    await page.getByText('Er is geen melding met dit nummer.').first().waitFor();
    assert.equal(await page.getByLabel('Kenmerk van de betrokkene').getAttribute('aria-invalid'), 'true');
    // the browser reports the lookup's 404 on the console: expected here, and only that
    assert.deepEqual(errors.splice(0), ['console: Failed to load resource: the server responded with a status of 404 (Not Found)']);
    await page.getByRole('button', { name: 'Formulier leegmaken' }).click();
    await page.getByLabel('Persoon (account)').fill(PERSON.email.toUpperCase());
    await search(page, /^2 records gevonden \(pagina 1\)\.$/);
    const activities = await rows(page).evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-activity')));
    assert.deepEqual(activities, ['accounts.authenticate', 'accounts.manage'], 'newest first: the login, then the creation');
    const pseudonyms = await page.locator('.log-table td:nth-of-type(3) code').allTextContents();
    assert.equal(new Set(pseudonyms).size, 1, 'one pseudonym for one person');
    assert.match(pseudonyms[0] ?? '', /^[0-9a-f]{32}$/);
    await screenshot(page, 'beheer-verwerkingslog', { fullPage: true });

    // The same search as CSV: the file holds the announced records.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Exporteren als CSV' }).click()]);
    assert.equal(download.suggestedFilename(), 'verwerkingslog.csv');
    await status(page)
      .getByText(/^CSV gedownload met \d+ records\.$/)
      .waitFor();
    const csv = fs.readFileSync((await download.path()) ?? '', 'utf8').replace(/^\uFEFF/, '');
    const lines = csv.trim().split('\r\n');
    assert.match(lines[0] ?? '', /^"tijd";"activiteit";/);
    const announced = Number(/(\d+) records/.exec((await status(page).textContent()) ?? '')?.[1]);
    assert.equal(lines.length - 1, announced);
    // the person's creation and login, and the search for the person just made (logged under the same pseudonym)
    assert.equal(announced, 3);
    assert.ok(lines.slice(1).every((l) => l.includes(pseudonyms[0] ?? '-')));

    // The export is logged as its own record.
    await page.getByRole('button', { name: 'Formulier leegmaken' }).click();
    await page.getByLabel('Verwerkingsactiviteit').selectOption({ label: 'Export van het verwerkingslog' });
    await search(page, /^1 record gevonden/);
    assert.match((await rows(page).first().textContent()) ?? '', /exporteren/);

    // Paging: 55 more list reads make two pages of the admin's account reads; the focus moves to the results.
    for (let i = 0; i < 55; i++) assert.equal((await page.request.get('/api/v1/users')).status(), 200);
    await page.getByRole('button', { name: 'Formulier leegmaken' }).click();
    await page.getByLabel('Verwerkingsactiviteit').selectOption({ label: 'Beheer van gebruikersaccounts' });
    await search(page, /^50 records gevonden \(pagina 1\)\.$/);
    const firstPage = await rows(page).first().locator('td').last().textContent();
    assert.equal(await page.getByRole('button', { name: 'Nieuwere' }).isDisabled(), true);
    await page.getByRole('button', { name: 'Oudere' }).click();
    await status(page)
      .getByText(/records? gevonden \(pagina 2\)\.$/)
      .waitFor();
    await page.waitForFunction(() => (globalThis as unknown as BrowserGlobals).document.activeElement?.textContent === 'Resultaten');
    assert.notEqual(await rows(page).first().locator('td').last().textContent(), firstPage);
    await page.getByRole('button', { name: 'Nieuwere' }).click();
    await status(page).getByText('50 records gevonden (pagina 1).').waitFor();
    assert.equal(await rows(page).first().locator('td').last().textContent(), firstPage);

    // English.
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Processing log' }).waitFor();
    await page.getByRole('button', { name: 'Export as CSV' }).waitFor();
    assert.deepEqual(errors, []);
    await context.close();
  });
});

/** The admin's entry in the "done by" list ("name (e-mail address)" or the address). */
async function adminLabel(page: Page): Promise<string> {
  const options = await page.getByLabel('Uitgevoerd door').locator('option').allTextContents();
  const found = options.find((o) => o.includes(ADMIN_EMAIL));
  assert.ok(found, options.join(', '));
  return found;
}
