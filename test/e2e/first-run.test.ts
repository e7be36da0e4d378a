/**
 * First run exactly as the README describes it: `npm start` (the web build, then
 * `node bin/stadsveilig.js serve`) with default settings — no STADSVEILIG_* variable but a fresh
 * data directory (and, on PostgreSQL runs, a fresh DATABASE_URL), and PORT so parallel runs do not
 * collide. The test reads the one-time password of `admin@localhost` the server prints, logs in
 * through the web form in Chromium, is made to change the password, lands on the app, and
 * changes the password once more from the header with the keyboard only.
 */
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { freshDatabaseUrl } from '../helpers/test-database.ts';
import { newTestContext, watchErrors } from './support/app-page.ts';
import { launchBrowser } from './support/browser.ts';
import { ensureWebBuild, freePort, stopChild, waitForHealth } from './support/server.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const README_ADMIN = 'admin@localhost';

let browser: Browser;
let child: ChildProcess;
let output = '';
let baseUrl = '';
let cleanup: () => Promise<void> = async () => {};

/** The environment of a fresh shell: nothing of ours except what the test must set. */
function readmeEnvironment(port: number, dataDir: string, databaseUrl: string | undefined): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (!k.startsWith('STADSVEILIG_') && k !== 'DATABASE_URL') env[k] = v;
  env.PORT = String(port);
  env.STADSVEILIG_DATA_DIR = dataDir;
  if (databaseUrl) env.DATABASE_URL = databaseUrl;
  return env;
}

async function waitForOutput(pattern: RegExp, timeoutMs: number): Promise<RegExpExecArray> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const match = pattern.exec(output);
    if (match) return match;
    if (Date.now() > deadline) throw new Error(`The server did not print ${pattern}:\n${output}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

before(async () => {
  ensureWebBuild(); // what `npm start`'s prestart runs
  const port = await freePort();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'stadsveilig-first-run-'));
  const postgres = await freshDatabaseUrl();
  child = spawn(process.execPath, [path.join(ROOT, 'bin', 'stadsveilig.js'), 'serve'], {
    cwd: ROOT,
    env: readmeEnvironment(port, dataDir, postgres?.url),
  });
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  cleanup = async () => {
    await stopChild(child);
    fs.rmSync(dataDir, { recursive: true, force: true });
    await postgres?.drop();
  };
  baseUrl = `http://127.0.0.1:${port}`;
  await waitForHealth(baseUrl, child, () => output, 180_000);
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await cleanup();
});

/** A login from outside the browser (no session cookie, so no CSRF token needed). */
function apiLogin(email: string, password: string): Promise<Response> {
  return fetch(`${baseUrl}/api/v1/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
}

async function logIn(page: Page, email: string, password: string): Promise<void> {
  await page.goto('/');
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Wachtwoord', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Inloggen' }).click();
}

describe('first run as the README describes it', { timeout: 240_000 }, () => {
  it('prints a one-time password for admin@localhost, which logs in through the web form and must be changed first', async () => {
    const printed = await waitForOutput(/Log in at (\S+) as (\S+)\n\s+One-time password: ([A-Za-z0-9]{20}) /, 30_000);
    assert.equal(printed[2], README_ADMIN);
    const oneTime = printed[3]!;
    await waitForOutput(/Stadsveilig listening on/, 30_000);

    const context = await newTestContext(browser, baseUrl);
    const page = await context.newPage();
    const errors = watchErrors(page);
    await logIn(page, README_ADMIN, oneTime);

    // Forced change: the page stands alone, and the API refuses everything else meanwhile.
    await page.getByRole('heading', { level: 1, name: 'Wachtwoord wijzigen' }).waitFor();
    assert.equal(await page.getByRole('navigation', { name: 'Modules' }).count(), 0, 'no app before the change');
    const blocked = await page.request.get('/api/v1/users');
    assert.equal(blocked.status(), 403);
    assert.equal(((await blocked.json()) as { type: string }).type, 'https://stadsveilig.nl/problems/password-change-required');

    // The form explains a mismatch without a round trip, then accepts a good password.
    await page.getByLabel('Huidig wachtwoord').fill(oneTime);
    await page.getByLabel('Nieuw wachtwoord', { exact: true }).fill('mijn-eigen-wachtwoord-1');
    await page.getByLabel('Herhaal het nieuwe wachtwoord').fill('mijn-eigen-wachtwoord-2');
    await page.getByRole('button', { name: 'Wachtwoord wijzigen' }).click();
    await page.getByText('De twee nieuwe wachtwoorden zijn niet gelijk.').waitFor();
    assert.equal(await page.getByLabel('Herhaal het nieuwe wachtwoord').getAttribute('aria-invalid'), 'true');
    await page.getByLabel('Herhaal het nieuwe wachtwoord').fill('mijn-eigen-wachtwoord-1');
    await page.getByRole('button', { name: 'Wachtwoord wijzigen' }).click();

    // Lands on the app, with the administrator's permissions.
    await page.getByRole('navigation', { name: 'Modules' }).waitFor();
    await page.getByRole('heading', { level: 1, name: /^Kaart van/ }).waitFor();
    assert.equal((await page.request.get('/api/v1/users')).status(), 200);
    assert.equal((await apiLogin(README_ADMIN, oneTime)).status, 401, 'the one-time password no longer works');
    assert.deepEqual(
      errors.filter((e) => !/status of 40[13]/.test(e)),
      [],
    );
    await context.close();
  });

  it('changes the password again from the header, with the keyboard only', async () => {
    const context = await newTestContext(browser, baseUrl);
    const page = await context.newPage();
    await logIn(page, README_ADMIN, 'mijn-eigen-wachtwoord-1');
    await page.getByRole('navigation', { name: 'Modules' }).waitFor();
    await page.getByRole('link', { name: 'Wachtwoord wijzigen' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Wachtwoord wijzigen' }).waitFor();
    assert.equal(new URL(page.url()).pathname, '/wachtwoord');
    await page.getByLabel('Huidig wachtwoord').focus();
    await page.keyboard.type('mijn-eigen-wachtwoord-1');
    await page.keyboard.press('Tab');
    await page.keyboard.type('een-tweede-wachtwoord');
    await page.keyboard.press('Tab');
    await page.keyboard.type('een-tweede-wachtwoord');
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: 'Uw wachtwoord is gewijzigd.' }).waitFor();
    assert.equal((await apiLogin(README_ADMIN, 'een-tweede-wachtwoord')).status, 200);
    await context.close();
  });
});
