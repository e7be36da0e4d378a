/**
 * The staff detail page of a report in Chromium (desktop viewport): a coordinator opens a report and
 * sees it in its place — the map with its pin, the buurt's name, the nearest BAG address (fixture
 * addresses loaded by signal-detail-prepare.ts) and the open reports nearby — merges the suggested
 * duplicate with one click, opens a form from the action bar and closes it with Escape, then splits
 * another report, which shows as "Gesplitst" with no actions and links to its parts.
 * Run: node --import tsx --test test/e2e/signal-detail.test.ts   (see test/e2e/README.md)
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { newTestContext, screenshot, sourceFeatureCount, waitForMap, watchErrors } from './support/app-page.ts';
import { launchBrowser } from './support/browser.ts';
import type { BrowserGlobals } from './support/browser-globals.ts';
import { createStaffUser, logInAs } from './support/missions-steps.ts';
import { overflow } from './support/signals-steps.ts';
import { startServer, type RunningServer } from './support/server.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const COORDINATOR = 'regisseur@example.test';
const PASSWORD = 'e2e-Gebiedsregisseur-7';

let server: RunningServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let errors: string[];
const numbers = { original: '', duplicate: '', unrelated: '', toSplit: '' };

/** Runs signal-detail-prepare.ts with the server's environment and keeps the report numbers it prints. */
function prepare(env: NodeJS.ProcessEnv): void {
  const r = spawnSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'test', 'e2e', 'signal-detail-prepare.ts')], {
    cwd: ROOT,
    env,
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`signal-detail-prepare failed:\n${r.stdout}\n${r.stderr}`);
  Object.assign(numbers, JSON.parse(r.stdout.trim().split('\n').at(-1)!));
}

const focused = (p: Page) => p.evaluate(() => (globalThis as unknown as BrowserGlobals).document.activeElement?.textContent ?? '');

before(async () => {
  browser = await launchBrowser();
  // Demo content off: only the prepared reports lie around the original.
  server = await startServer({ prepare, env: { STADSVEILIG_DEMO: 'off' } });
  context = await newTestContext(browser, server.baseUrl);
  await createStaffUser(context.request, 'coordinator', COORDINATOR, PASSWORD, 'Gebiedsregisseur Test');
  page = await context.newPage();
  errors = watchErrors(page);
  await logInAs(page, COORDINATOR, PASSWORD);
});

after(async () => {
  await context?.close();
  await browser?.close();
  await server?.stop();
});

describe('the staff detail page of a report', { timeout: 300_000 }, () => {
  it('shows the report in its place: map with pin, buurt name, address and open reports nearby', async () => {
    await page.goto(`/meldingen/${numbers.original}`);
    await page.getByRole('heading', { level: 1, name: `Melding ${numbers.original}` }).waitFor();
    await waitForMap(page);
    assert.equal(await sourceFeatureCount(page, 'signal-marker'), 1, 'the report’s pin');
    const buurt = page.getByTestId('detail-buurt');
    await buurt.filter({ hasText: /\(BU0505\d{4}\)$/ }).waitFor();
    assert.match((await buurt.textContent()) ?? '', /^[A-Za-zÀ-ÿ' -]+ \(BU0505\d{4}\)$/, 'a name beside the code');
    assert.equal(await page.getByTestId('detail-address').textContent(), 'Proefstraat 12, 3311 AB Dordrecht (dichtstbijzijnde adres, 0 m)');
    const nearby = page.locator('.nearby-table');
    await nearby.waitFor();
    assert.deepEqual(
      await nearby.locator('tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-number'))),
      [numbers.duplicate, numbers.unrelated],
      'nearest first',
    );
    assert.match(
      (await nearby.locator(`tr[data-number="${numbers.duplicate}"]`).textContent()) ?? '',
      /Afval en dumping.*Ontvangen.*36 m.*1 dag/,
    );
    assert.match((await nearby.locator(`tr[data-number="${numbers.unrelated}"]`).textContent()) ?? '', /78 m.*2 dagen/);
    assert.equal(await sourceFeatureCount(page, 'signal-points'), 2, 'the reports nearby on the map');
    assert.ok((await overflow(page)) <= 0, 'the page fits a desktop viewport');
    await screenshot(page, 'melding-detail-kaart', { fullPage: true });
    await page.setViewportSize({ width: 375, height: 812 });
    await nearby.waitFor();
    assert.ok((await overflow(page)) <= 0, 'and a 375 px wide phone');
    await page.setViewportSize({ width: 1280, height: 860 });
  });

  it('opens one form at a time from the action bar; Escape closes it', async () => {
    const bar = page.getByRole('toolbar', { name: 'Acties' });
    assert.equal(await page.getByLabel('Nieuwe status').count(), 0, 'no form before it is asked for');
    await bar.getByRole('button', { name: 'Status wijzigen' }).click();
    await page.getByLabel('Nieuwe status').waitFor();
    assert.equal(
      await page.evaluate(() => (globalThis as unknown as BrowserGlobals).document.activeElement?.id ?? ''),
      await page.getByLabel('Nieuwe status').getAttribute('id'),
      'the focus moves into the form',
    );
    await bar.getByRole('button', { name: 'Splitsen' }).click();
    await page.locator('#split-0-description').waitFor();
    assert.equal(await page.getByLabel('Nieuwe status').count(), 0, 'one form at a time');
    await page.keyboard.press('Escape');
    await page.locator('#split-0-description').waitFor({ state: 'detached' });
    assert.equal(await focused(page), 'Splitsen', 'the focus returns to its button');
  });

  it('suggests the duplicate with its reasons and merges it with one click', async () => {
    const item = page.locator(`.duplicate-item[data-number="${numbers.duplicate}"]`);
    await item.waitFor();
    assert.equal(await item.getByTestId('duplicate-reasons').textContent(), 'zelfde categorie, 36 m, 2 dagen later');
    await item.getByText(`${numbers.duplicate} gaat op in deze melding`).waitFor();
    assert.equal(
      await page.locator(`.duplicate-item[data-number="${numbers.unrelated}"]`).count(),
      0,
      'an unrelated category is no duplicate',
    );
    await item.getByRole('button', { name: `${numbers.duplicate} en deze melding samenvoegen` }).click();
    assert.equal(await focused(page), 'Ja, samenvoegen', 'the confirmation takes the focus');
    await item.getByRole('button', { name: 'Ja, samenvoegen' }).click();
    await page.getByText('Samengevoegde meldingen:').waitFor();
    await page.locator('a.chip', { hasText: numbers.duplicate }).waitFor();
    await page.getByText('Geen mogelijke dubbele meldingen gevonden.').waitFor();
    await page
      .getByRole('status')
      .filter({ hasText: `${numbers.duplicate} is samengevoegd met ${numbers.original}.` })
      .waitFor();
    assert.equal(await page.locator(`.nearby-table tr[data-number="${numbers.duplicate}"]`).count(), 0, 'no longer open nearby');

    await page.locator('a.chip', { hasText: numbers.duplicate }).click();
    await page.getByRole('heading', { level: 1, name: `Melding ${numbers.duplicate}` }).waitFor();
    await page.locator('.page-head .status-badge', { hasText: 'Geannuleerd' }).waitFor();
    await page.getByText('Deze melding is samengevoegd met een andere melding.').waitFor();
  });

  it('splits a report: the parent shows "Gesplitst", offers no actions and links to its parts', async () => {
    await page.goto(`/meldingen/${numbers.toSplit}`);
    await page.getByRole('heading', { level: 1, name: `Melding ${numbers.toSplit}` }).waitFor();
    await page.getByRole('toolbar', { name: 'Acties' }).getByRole('button', { name: 'Splitsen' }).click();
    await page.locator('#split-0-description').fill('Gedumpt afval ophalen');
    await page.locator('#split-1-category').selectOption('straatverlichting');
    await page.locator('#split-1-description').fill('Lantaarnpaal brandt niet');
    await page.getByRole('button', { name: 'Splitsen in 2 meldingen' }).click();
    await page.locator('.page-head .status-badge', { hasText: 'Gesplitst' }).waitFor();
    const children = page.locator('a.chip');
    assert.equal(await children.count(), 2, 'two parts');
    const parts = await children.allTextContents();
    await page
      .getByTestId('split-notice')
      .filter({ hasText: `gesplitst in ${parts.join(', ')}` })
      .waitFor();
    assert.equal(await page.getByRole('toolbar', { name: 'Acties' }).count(), 0, 'no actions on a split report');
    assert.equal(await page.locator('.action-form').count(), 0);
    await children.first().click();
    await page.getByRole('heading', { level: 1, name: `Melding ${parts[0]}` }).waitFor();
    await page.getByText('Afgesplitst van een andere melding.').waitFor();
    await page.getByRole('toolbar', { name: 'Acties' }).getByRole('button', { name: 'Status wijzigen' }).waitFor();
    assert.deepEqual(errors, []);
  });
});
