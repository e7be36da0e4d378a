/**
 * Browser test of Beheer → Gebruikers against the real server in Chromium: an admin invites a user
 * and sees the one-time password once (copy button, must-change instruction, focus on it), changes
 * the role, sees the account locked after failed logins, resets the password (which lifts the lock)
 * and disables the account; the invited user's passwords work until then. A non-admin gets no
 * Beheer link, and /beheer opens the map instead.
 * Run: node scripts/run-tests.mjs test/e2e/beheer.test.ts   (see test/e2e/README.md)
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { logInThroughForm, newTestContext, screenshot, watchErrors } from './support/app-page.ts';
import type { BrowserGlobals } from './support/browser-globals.ts';
import { launchBrowser } from './support/browser.ts';
import { createStaffUser, logInAs } from './support/missions-steps.ts';
import { startServer, type RunningServer } from './support/server.ts';

let server: RunningServer;
let browser: Browser;
const NEW = { email: 'nina@example.test', name: 'Nina Nieuw' };

before(async () => {
  browser = await launchBrowser();
  server = await startServer();
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

/** The row of an account in the users table. */
const row = (page: Page, email: string) => page.locator(`tr[data-user="${email}"]`);
const status = (page: Page) => page.locator('.beheer-status');
/** Waits until the focused element has this attribute value (`text`: its text), so focus moved by an effect is not raced. */
async function waitForFocus(page: Page, attribute: 'id' | 'class' | 'text', value: string): Promise<void> {
  await page.waitForFunction(
    ([a, v]) => {
      const el = (globalThis as unknown as BrowserGlobals).document.activeElement;
      return (a === 'text' ? el?.textContent : el?.getAttribute(a as string)) === v;
    },
    [attribute, value],
    { timeout: 5_000 },
  );
}

/** Logs in through the API in a separate context, without its cookies (a stranger's browser); returns the HTTP status. */
async function tryLogin(context: BrowserContext, email: string, password: string): Promise<number> {
  await context.clearCookies();
  const res = await context.request.post('/api/v1/session', { data: { email, password } });
  return res.status();
}

async function oneTimePassword(page: Page): Promise<string> {
  await page.getByRole('heading', { level: 2, name: `Eenmalig wachtwoord voor ${NEW.name}` }).waitFor();
  await waitForFocus(page, 'id', 'one-time-title'); // the new password takes the focus
  const text = (await page.getByTestId('one-time-password').textContent()) ?? '';
  assert.equal(text.length, 20, text);
  await page.getByText('Bij de eerste keer inloggen moet de gebruiker dit wachtwoord vervangen').waitFor();
  return text;
}

describe('Beheer → Gebruikers in Chromium', { timeout: 300_000 }, () => {
  it('an admin invites, re-roles, unlocks by reset and disables an account', async () => {
    const context = await newTestContext(browser, server.baseUrl, { permissions: ['clipboard-read', 'clipboard-write'] });
    const other = await newTestContext(browser, server.baseUrl);
    const page = await context.newPage();
    const errors = watchErrors(page);
    await logInThroughForm(page);
    await page.getByRole('navigation', { name: 'Modules' }).getByRole('link', { name: 'Beheer' }).click();
    await page.getByRole('heading', { level: 1, name: 'Gebruikers' }).waitFor();
    const sections = page.getByRole('navigation', { name: 'Onderdelen van beheer' }).getByRole('link');
    assert.deepEqual(
      await sections.allTextContents(),
      [
        'Gebruikers',
        'Verwerkingslog',
        'API-sleutels',
        'Mail',
        'Afdelingen en teams',
        'Partners',
        'Categorieën',
        'Routering',
        'Imports',
        'Instellingen',
        'Demo-inhoud',
      ],
      'only built sections, no dead links',
    );
    assert.equal(await sections.first().getAttribute('aria-current'), 'page');
    assert.equal(new URL(page.url()).pathname, '/beheer');
    const self = row(page, 'admin@example.test');
    await self.getByText('Uw eigen account wijzigt een andere beheerder.').waitFor();
    assert.notEqual(await self.locator('td').nth(3).textContent(), 'Nog nooit', 'the admin’s own last login is shown');

    // Invite: the one-time password is shown once, with a copy button.
    await page.getByLabel('E-mailadres').fill(NEW.email);
    await page.getByLabel('Naam', { exact: true }).fill(NEW.name);
    await page.getByLabel('Rol', { exact: true }).selectOption({ label: 'analist' });
    await page.getByRole('button', { name: 'Account aanmaken' }).click();
    const first = await oneTimePassword(page);
    await status(page).getByText(`Account aangemaakt voor ${NEW.name}.`).waitFor();
    await page.getByRole('button', { name: 'Kopiëren' }).click();
    await page.getByText('Gekopieerd.').waitFor();
    const copied = await page.evaluate(() =>
      (globalThis as unknown as { navigator: { clipboard: { readText(): Promise<string> } } }).navigator.clipboard.readText(),
    );
    assert.equal(copied, first);
    const nina = row(page, NEW.email);
    assert.deepEqual(await nina.locator('td').allTextContents(), [
      NEW.email,
      'analist',
      'Actief, moet wachtwoord wijzigen',
      'Nog nooit',
      'Geen',
      '',
      await nina.locator('td').last().textContent(),
    ]);
    assert.equal(await tryLogin(other, NEW.email, first), 200, 'the one-time password works');
    await screenshot(page, 'beheer-gebruikers', { fullPage: true });
    await page.getByRole('button', { name: 'Sluiten' }).click();
    assert.equal(await page.getByTestId('one-time-password').count(), 0, 'shown once: gone after closing');

    // Change the role.
    await page.getByLabel(`Nieuwe rol voor ${NEW.name}`).selectOption({ label: 'gebiedsregisseur' });
    await page.getByRole('button', { name: `Rol wijzigen van ${NEW.name}` }).click();
    await status(page).getByText(`De rol van ${NEW.name} is nu gebiedsregisseur.`).waitFor();
    assert.equal(await nina.locator('td').nth(1).textContent(), 'gebiedsregisseur');
    await waitForFocus(page, 'text', 'Rol wijzigen'); // the focus stays on the button

    // Five wrong passwords lock the account for this address; the page shows it after a reload.
    for (let i = 0; i < 5; i++) assert.notEqual(await tryLogin(other, NEW.email, `wrong-password-${i}`), 200);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Gebruikers' }).waitFor();
    assert.match((await nina.locator('td').nth(4).textContent()) ?? '', /^Geblokkeerd tot .+ voor 1 adres of apparaat/);

    // Reset: a new one-time password, and the lock is lifted.
    await page.getByRole('button', { name: `Wachtwoord resetten van ${NEW.name}` }).click();
    const second = await oneTimePassword(page);
    assert.notEqual(second, first);
    await status(page).getByText(`Nieuw eenmalig wachtwoord voor ${NEW.name}`).waitFor();
    assert.equal(await nina.locator('td').nth(4).textContent(), 'Geen');
    assert.equal(await tryLogin(other, NEW.email, first), 401, 'the old password no longer works');
    assert.equal(await tryLogin(other, NEW.email, second), 200, 'the new one does (the lock is lifted)');

    // Disable, after a confirmation that takes the focus.
    await page.getByRole('button', { name: `Account van ${NEW.name} uitschakelen` }).click();
    await page.getByText(`Account van ${NEW.name} echt uitschakelen?`).waitFor();
    await waitForFocus(page, 'text', 'Annuleren');
    await page.getByRole('button', { name: 'Annuleren' }).click();
    await waitForFocus(page, 'text', 'Uitschakelen'); // cancelled: back on the button that opened it
    await page.getByRole('button', { name: `Account van ${NEW.name} uitschakelen` }).click();
    await waitForFocus(page, 'text', 'Annuleren');
    await page.getByRole('button', { name: 'Ja, uitschakelen' }).click();
    await status(page).getByText(`Het account van ${NEW.name} is uitgeschakeld.`).waitFor();
    await waitForFocus(page, 'class', 'beheer-status'); // the focus moves to the message
    assert.equal(await nina.locator('td').nth(2).textContent(), 'Uitgeschakeld');
    assert.equal(await nina.getByRole('button', { name: /uitschakelen/ }).count(), 0);
    assert.equal(await tryLogin(other, NEW.email, second), 401, 'a disabled account cannot log in');
    // The page's own texts come in English too.
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Users' }).waitFor();
    assert.equal(await nina.locator('td').nth(2).textContent(), 'Disabled');
    assert.equal(await nina.locator('td').nth(1).textContent(), 'area coordinator');
    // On a phone the heading row is hidden and each cell says which column it is (ui/cell-labels.ts).
    await page.setViewportSize({ width: 390, height: 844 });
    assert.equal(await page.locator('.users-table thead').isVisible(), false);
    const before = await nina
      .locator('td')
      .nth(1)
      .evaluate((td) => (globalThis as unknown as BrowserGlobals).getComputedStyle(td, '::before').content);
    assert.equal(before, '"Role"', 'the role cell is labelled with its (English) column heading');
    assert.deepEqual(errors, []);
    await other.close();
    await context.close();
  });

  it('a role without any Beheer section (analyst) sees no Beheer, and /beheer opens the map', async () => {
    const context = await newTestContext(browser, server.baseUrl);
    // Beheer shows to any role with one of its sections' permissions (a coordinator: Partners; the privacy officer: the log)
    await createStaffUser(context.request, 'analyst', 'regie@example.test', 'regie-Correct-Horse-42', 'Rob Regie');
    const page = await context.newPage();
    await logInAs(page, 'regie@example.test', 'regie-Correct-Horse-42');
    const nav = page.getByRole('navigation', { name: 'Modules' });
    await nav.getByRole('link', { name: 'Kaart' }).waitFor();
    assert.equal((await nav.getByRole('link').allTextContents()).includes('Beheer'), false);
    await page.goto('/beheer');
    await nav.getByRole('link', { name: 'Kaart' }).waitFor();
    assert.equal(await nav.getByRole('link', { name: 'Kaart' }).getAttribute('aria-current'), 'page');
    assert.equal(await page.getByRole('heading', { name: 'Gebruikers' }).count(), 0);
    await context.close();
  });
});
