/**
 * Browser test of Beheer → Imports against the real server in Chromium: an admin uploads an
 * incidents CSV (20,000 made-up rows), follows the job's progress bar to done and reads the report;
 * imports survey results (a second kind) and a bad incidents file (failed, with the rejected rows
 * and their lines); leaves the page, comes back and reopens the first job's report from the list.
 * Run: node --import tsx --test test/e2e/beheer-imports.test.ts   (see test/e2e/README.md)
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { logInThroughForm, newTestContext, screenshot, watchErrors } from './support/app-page.ts';
import { launchBrowser } from './support/browser.ts';
import { startServer, type RunningServer } from './support/server.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const ROWS = 20_000;
let server: RunningServer;
let browser: Browser;
let dir: string;

before(async () => {
  browser = await launchBrowser();
  server = await startServer();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sv-e2e-imports-'));
});

after(async () => {
  await browser?.close();
  await server?.stop();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

/** Made-up incidents at two points in Dordrecht, one a minute. */
function incidentsFile(): string {
  const file = path.join(dir, 'incidenten-e2e.csv');
  const start = Date.UTC(2022, 0, 1);
  const lines = ['id,type,start,x,y'];
  for (let i = 0; i < ROWS; i++) {
    const at = new Date(start + i * 60_000).toISOString().slice(0, 16);
    lines.push(`E2E-${i},${i % 2 ? '1.1.1' : '1.4.5'},${at}Z,${i % 2 ? '104959.39,425568.83' : '105097.19,425379.50'}`);
  }
  fs.writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

/** Uploads a file as `kind` and waits until its job has ended; the statuses the page showed on the way. */
async function importFile(page: Page, kind: string, file: string, source?: string): Promise<string[]> {
  await page.getByLabel('Soort bestand').selectOption({ label: kind });
  await page.getByLabel('Bestand', { exact: true }).setInputFiles(file);
  if (source) await page.getByLabel('Bron (optioneel)').fill(source);
  const before = page.url();
  await page.getByRole('button', { name: 'Uploaden en importeren' }).click();
  await page.waitForURL((u) => /^\/beheer\/imports\/\d+$/.test(u.pathname) && u.toString() !== before);
  const job = page.locator('section.import-job');
  await job.getByRole('heading', { level: 2, name: new RegExp(`: ${path.basename(file).replace('.', '\\.')}$`) }).waitFor();
  const seen: string[] = [];
  for (let i = 0; i < 1200; i++) {
    const s = await job.getAttribute('data-status');
    if (s && seen.at(-1) !== s) seen.push(s);
    if (s === 'done' || s === 'failed') return seen;
    await page.waitForTimeout(100);
  }
  throw new Error(`the import of ${file} did not end; seen ${seen.join(' → ')}`);
}

const counts = async (page: Page) =>
  Object.fromEntries(
    await page
      .locator('.import-counts > div')
      .evaluateAll((els) => els.map((e) => [e.querySelector('dt')?.textContent ?? '', e.querySelector('dd')?.textContent ?? ''])),
  );

describe('Beheer → Imports in Chromium', { timeout: 300_000 }, () => {
  it('uploads files, follows the job to its report, and finds the report again after leaving the page', async () => {
    const context = await newTestContext(browser, server.baseUrl);
    const page = await context.newPage();
    const errors = watchErrors(page);
    await logInThroughForm(page);
    await page.getByRole('navigation', { name: 'Modules' }).getByRole('link', { name: 'Beheer' }).click();
    await page.getByRole('navigation', { name: 'Onderdelen van beheer' }).getByRole('link', { name: 'Imports' }).click();
    await page.getByRole('heading', { level: 1, name: 'Imports' }).waitFor();
    assert.equal(new URL(page.url()).pathname, '/beheer/imports');
    await page.getByText('Er is nog niets geïmporteerd.').waitFor();
    await page.getByText('Geregistreerde misdrijven per incident, met tijdvak en plaats.').waitFor();

    // 1. Incidents: progress bar to done, then the report.
    const seen = await importFile(page, 'Incidenten (politie-export)', incidentsFile(), 'e2e');
    assert.equal(seen.at(-1), 'done', `statuses: ${seen.join(' → ')}`);
    const bar = page.locator('section.import-job progress');
    assert.equal(await bar.getAttribute('value'), await bar.getAttribute('max'), 'a full bar when done');
    await page.getByRole('status').filter({ hasText: 'Klaar — 20.000 rijen gelezen' }).waitFor();
    assert.deepEqual(await counts(page), { 'Rijen gelezen': '20.000', Ingelezen: '20.000' });
    await page.getByText('Verslag zoals de opdrachtregel het toont').click();
    assert.match(
      (await page.locator('pre.import-text').textContent()) ?? '',
      /^incidenten-e2e\.csv \(csv, source 'e2e', batch \d+\): 20000 rows read, 20000 stored/,
    );
    await screenshot(page, 'beheer-imports', { fullPage: true });

    // 2. A second kind: survey results.
    const survey = await importFile(page, 'Enquêteresultaten', path.join(ROOT, 'test/fixtures/perception/synthetic-survey-2023.csv'));
    assert.equal(survey.at(-1), 'done', `statuses: ${survey.join(' → ')}`);
    assert.equal((await counts(page))['Rijen gelezen'], (await counts(page)).Ingelezen);

    // 3. A bad file fails with its rejected rows; what was stored stays.
    const bad = await importFile(page, 'Incidenten (politie-export)', path.join(ROOT, 'test/fixtures/incidents/events-bad.csv'));
    assert.equal(bad.at(-1), 'failed');
    await page.getByText('Import mislukt.').waitFor();
    const rejected = page.locator('table.import-rows tbody tr').filter({ has: page.locator('th', { hasText: /^3$/ }) });
    assert.equal(await rejected.locator('td').first().textContent(), 'type');

    // 4. Leave the page, come back, reopen the first job from the list.
    await page.getByRole('navigation', { name: 'Onderdelen van beheer' }).getByRole('link', { name: 'Mail' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mail' }).waitFor();
    await page.goto('/beheer/imports');
    const rows = page.locator('table.import-jobs tbody tr');
    await rows.first().waitFor();
    assert.deepEqual(await rows.locator('th').allTextContents(), ['events-bad.csv', 'synthetic-survey-2023.csv', 'incidenten-e2e.csv']);
    assert.match((await rows.nth(2).locator('td').nth(1).textContent()) ?? '', /^Klaar — 20\.000 gelezen, 20\.000 ingelezen$/);
    await rows.nth(2).getByRole('link', { name: 'incidenten-e2e.csv' }).click();
    await page.locator('section.import-job[data-status="done"]').waitFor();
    assert.deepEqual(await counts(page), { 'Rijen gelezen': '20.000', Ingelezen: '20.000' });
    assert.deepEqual(errors, []);
    await context.close();
  });
});
