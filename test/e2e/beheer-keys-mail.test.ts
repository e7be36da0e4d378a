/**
 * Browser test of Beheer → API-sleutels and Beheer → Mail against the real server in Chromium: an admin
 * creates an Open311 API key (shown once, with a copy button and the focus on it), the key posts a
 * report through Open311, the admin revokes it after a confirmation and the key is refused; then the
 * admin sees a mail that really failed (beheer-keys-mail-prepare.ts: refused by an SMTP server until
 * the outbox gave up), without its body or address, and queues it again.
 * Run: node scripts/run-tests.mjs test/e2e/beheer-keys-mail.test.ts   (see test/e2e/README.md)
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { APIRequestContext, Browser, Page } from 'playwright-core';
import { logInThroughForm, newTestContext, screenshot, watchErrors } from './support/app-page.ts';
import type { BrowserGlobals } from './support/browser-globals.ts';
import { launchBrowser } from './support/browser.ts';
import { startServer, type RunningServer } from './support/server.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const SUBJECT = 'Uw melding M-2026-000042 is ontvangen';
let server: RunningServer;
let browser: Browser;

function prepare(env: NodeJS.ProcessEnv): void {
  const r = spawnSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'test', 'e2e', 'beheer-keys-mail-prepare.ts')], {
    cwd: ROOT,
    env,
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`beheer-keys-mail-prepare failed:\n${r.stdout}\n${r.stderr}`);
}

before(async () => {
  browser = await launchBrowser();
  server = await startServer({ prepare });
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

const status = (page: Page) => page.locator('.beheer-status');
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

/** Posts a report through Open311 with this api_key, without cookies (another system); returns the HTTP status. */
async function postWithKey(request: APIRequestContext, apiKey: string): Promise<number> {
  const res = await request.post('/open311/v2/requests.json', {
    form: { api_key: apiKey, service_code: 'afval-dumping', lat: '51.8133', long: '4.669', description: 'Grofvuil naast de container' },
  });
  return res.status();
}

describe('Beheer → API-sleutels and Mail in Chromium', { timeout: 300_000 }, () => {
  it('an admin creates a key (shown once), it works on Open311, and once revoked it is refused', async () => {
    const context = await newTestContext(browser, server.baseUrl, { permissions: ['clipboard-read', 'clipboard-write'] });
    const system = await newTestContext(browser, server.baseUrl);
    const page = await context.newPage();
    const errors = watchErrors(page);
    await logInThroughForm(page);
    await page.getByRole('navigation', { name: 'Modules' }).getByRole('link', { name: 'Beheer' }).click();
    const sections = page.getByRole('navigation', { name: 'Onderdelen van beheer' });
    await sections.getByRole('link', { name: 'API-sleutels' }).click();
    await page.getByRole('heading', { level: 1, name: 'API-sleutels' }).waitFor();
    assert.equal(new URL(page.url()).pathname, '/beheer/api-sleutels');
    // The full list and its order are checked in beheer.test.ts; here: both sections are offered.
    const offered = await sections.getByRole('link').allTextContents();
    assert.deepEqual(
      offered.filter((t) => t === 'API-sleutels' || t === 'Mail'),
      ['API-sleutels', 'Mail'],
    );
    await page.getByText('Er zijn nog geen API-sleutels.').waitFor();

    // A bad quota is refused in the form, with the message tied to the field.
    await page.getByLabel('Naam', { exact: true }).fill('Buiten Beter');
    await page.getByLabel('Quotum per uur').fill('0');
    await page.getByRole('button', { name: 'Sleutel aanmaken' }).click();
    await page.getByText('Vul een heel getal van 1 tot 1.000.000 in').waitFor();
    assert.equal(await page.getByLabel('Quotum per uur').getAttribute('aria-invalid'), 'true');
    await page.getByLabel('Quotum per uur').fill('120');
    await page.getByRole('button', { name: 'Sleutel aanmaken' }).click();
    await page.getByRole('heading', { level: 2, name: 'Nieuwe API-sleutel voor Buiten Beter' }).waitFor();
    await waitForFocus(page, 'id', 'new-key-shown');
    await status(page).getByText('Sleutel aangemaakt voor Buiten Beter.').waitFor();
    const key = (await page.getByTestId('new-api-key').textContent()) ?? '';
    assert.ok(key.length >= 20, key);
    await page.getByRole('button', { name: 'Kopiëren' }).click();
    await page.getByText('Gekopieerd.').waitFor();
    const copied = await page.evaluate(() =>
      (globalThis as unknown as { navigator: { clipboard: { readText(): Promise<string> } } }).navigator.clipboard.readText(),
    );
    assert.equal(copied, key);
    const row = page.locator('tr[data-key="Buiten Beter"]');
    const cells = await row.locator('td').allTextContents();
    assert.deepEqual(cells.slice(1, 4), ['Nog nooit', '120 verzoeken per uur', 'Actief']);
    await screenshot(page, 'beheer-api-sleutels', { fullPage: true });

    assert.equal(await postWithKey(system.request, key), 201, 'the new key posts a report through Open311');
    assert.equal(await postWithKey(system.request, `${key}x`), 403, 'another key does not');

    // Shown once: gone after closing and after a reload, and the list holds no key.
    await page.getByRole('button', { name: 'Sluiten' }).click();
    assert.equal(await page.getByTestId('new-api-key').count(), 0);
    await page.reload();
    await row.waitFor();
    assert.equal((await page.content()).includes(key), false, 'the key is nowhere on the page after a reload');
    assert.notEqual(await row.locator('td').nth(1).textContent(), 'Nog nooit', 'its last use is shown');

    // Change the quota: a bad one is refused in the row, a good one is shown at once.
    const quota = page.getByLabel('Nieuw quotum per uur voor Buiten Beter');
    assert.equal(await quota.inputValue(), '120');
    await quota.fill('0');
    await page.getByRole('button', { name: 'Quotum wijzigen van Buiten Beter' }).click();
    await row.getByRole('alert').getByText('Vul een heel getal van 1 tot 1.000.000 in').waitFor();
    assert.equal(await quota.getAttribute('aria-invalid'), 'true');
    await quota.fill('240');
    await page.getByRole('button', { name: 'Quotum wijzigen van Buiten Beter' }).click();
    await status(page).getByText('Het quotum van Buiten Beter is nu: 240 verzoeken per uur.').waitFor();
    assert.equal(await row.locator('td').nth(2).textContent(), '240 verzoeken per uur');
    assert.equal(await row.getByRole('alert').count(), 0);

    // Revoke, after a confirmation that takes the focus (Cancel returns it).
    await page.getByRole('button', { name: 'Sleutel Buiten Beter intrekken' }).click();
    await page.getByText('Sleutel Buiten Beter echt intrekken?').waitFor();
    await waitForFocus(page, 'text', 'Annuleren');
    await page.getByRole('button', { name: 'Annuleren' }).click();
    await waitForFocus(page, 'text', 'Intrekken');
    await page.getByRole('button', { name: 'Sleutel Buiten Beter intrekken' }).click();
    await page.getByRole('button', { name: 'Ja, intrekken' }).click();
    await status(page).getByText('De sleutel Buiten Beter is ingetrokken.').waitFor();
    await waitForFocus(page, 'class', 'beheer-status');
    await row
      .locator('td')
      .nth(3)
      .getByText(/^Ingetrokken op /)
      .waitFor();
    assert.equal(await row.getByRole('button').count(), 0);
    assert.equal(await postWithKey(system.request, key), 403, 'a revoked key is refused');
    assert.deepEqual(errors, []);
    await system.close();
    await context.close();
  });

  it('an admin sees a failed mail without body or address and queues it again', async () => {
    const context = await newTestContext(browser, server.baseUrl);
    const page = await context.newPage();
    const errors = watchErrors(page);
    await logInThroughForm(page);
    await page.getByRole('navigation', { name: 'Modules' }).getByRole('link', { name: 'Beheer' }).click();
    await page.getByRole('navigation', { name: 'Onderdelen van beheer' }).getByRole('link', { name: 'Mail' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mail' }).waitFor();
    assert.equal(new URL(page.url()).pathname, '/beheer/mail');
    const count = (state: string) => page.locator(`.mail-counts [data-state="${state}"] dd`).textContent();
    assert.equal(await count('failed'), '1');
    assert.equal(await count('queued'), '0');
    const row = page.locator('.mail-table tbody tr');
    assert.equal(await row.count(), 1);
    assert.equal(await row.locator('th').textContent(), SUBJECT);
    const cells = await row.locator('td').allTextContents();
    assert.equal(cells[0], 'voorbeeld.test', 'only the recipient’s domain');
    assert.match(cells[2] ?? '', /^12 pogingen, laatste /);
    assert.match(cells[3] ?? '', /550/);
    const text = (await page.locator('main').textContent()) ?? '';
    assert.equal(/jan\.de\.vries|Bedankt voor uw melding/.test(text), false, 'no address, no body');
    await page.getByText('Nog geen berichten.').waitFor(); // recent: none that did not fail
    await screenshot(page, 'beheer-mail', { fullPage: true });

    await page.getByRole('button', { name: `Opnieuw proberen: ${SUBJECT}` }).click();
    await status(page).getByText('1 bericht staat weer in de wachtrij.').waitFor();
    await waitForFocus(page, 'class', 'beheer-status');
    await page.getByText('Geen mislukte berichten.').waitFor();
    assert.equal(await count('failed'), '0');
    assert.equal(await count('queued'), '1', 'no SMTP server is configured, so it waits in the queue');
    await page.getByText(/^Oudste wachtende bericht: /).waitFor();
    const recent = page.locator('.mail-recent-table tbody tr');
    assert.equal(await recent.count(), 1);
    assert.equal(await recent.locator('th').textContent(), SUBJECT);
    assert.deepEqual((await recent.locator('td').allTextContents()).slice(0, 2), ['voorbeeld.test', 'In de wachtrij']);
    // The English texts.
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mail' }).waitFor();
    await page.getByText('No failed messages.').waitFor();
    assert.deepEqual(errors, []);
    await context.close();
  });
});
