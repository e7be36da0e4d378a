/**
 * Browser test of BOA enforcement registrations (handhaving) against the real server in Chromium:
 * the admin imports a CSV under Beheer → Imports as "Handhaving (BOA)" with "goede rijen opslaan,
 * foute apart zetten" — three rows in Dordrecht are stored and one in Amsterdam is set apart with its
 * line and reason — then opens the Analyse page with the source "Handhaving (BOA)": the source is
 * chosen, the page says what the source is, and the hot times of June 2025 count the three
 * registrations. Finally the buurt's network page shows the section "Naleving (handhaving)".
 * Run: node --import tsx --test test/e2e/enforcement.test.ts   (see test/e2e/README.md)
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import { logInThroughForm, newTestContext, watchErrors } from './support/app-page.ts';
import { launchBrowser } from './support/browser.ts';
import { startServer, type RunningServer } from './support/server.ts';

let server: RunningServer;
let browser: Browser;
let dir: string;

before(async () => {
  browser = await launchBrowser();
  server = await startServer({ env: { STADSVEILIG_DEMO: 'off' } });
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sv-e2e-enforcement-'));
});

after(async () => {
  await browser?.close();
  await server?.stop();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

/** Three made-up registrations at a point in the centre of Dordrecht (June 2025), one in Amsterdam. */
function enforcementFile(): string {
  const file = path.join(dir, 'boa-juni.csv');
  const lines = [
    'kenmerk;datum;tijd;feitcode;omschrijving;soort;x;y',
    'E2E-1;13-06-2025;22:10;APV 2:48;Alcoholgebruik op straat;waarschuwing;104959.39;425568.83',
    'E2E-2;13-06-2025;22:40;APV 2:48;Alcoholgebruik op straat;bekeuring;104959.39;425568.83',
    'E2E-3;14-06-2025;23:05;APV 2:48;Alcoholgebruik op straat;waarschuwing;104959.39;425568.83',
    'E2E-4;14-06-2025;23:15;APV 2:48;Alcoholgebruik op straat;waarschuwing;121400;487400',
  ];
  fs.writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

describe('BOA enforcement registrations in Chromium', { timeout: 300_000 }, () => {
  it('imports them in Beheer, analyses them as a source and shows compliance in the network of the buurt', async () => {
    const context = await newTestContext(browser, server.baseUrl);
    const page = await context.newPage();
    const errors = watchErrors(page);
    await logInThroughForm(page);
    await page.getByRole('navigation', { name: 'Modules' }).getByRole('link', { name: 'Beheer' }).waitFor();
    await page.goto('/beheer/imports');
    await page.getByRole('heading', { level: 1, name: 'Imports' }).waitFor();
    await page.getByLabel('Soort bestand').selectOption({ label: 'Handhaving (BOA)' });
    await page
      .getByText(/zonder persoonsgegevens/)
      .first()
      .waitFor();
    await page.getByLabel('Bestand', { exact: true }).setInputFiles(enforcementFile());
    await page.getByLabel('Goede rijen opslaan, foute apart zetten').check();
    await page.getByRole('button', { name: 'Uploaden en importeren' }).click();
    const ended = page.locator('section.import-job[data-status="done"], section.import-job[data-status="failed"]');
    await ended.waitFor({ timeout: 60_000 });
    assert.equal(await ended.getAttribute('data-status'), 'done', (await ended.textContent()) ?? '');
    await page.getByText('Verslag zoals de opdrachtregel het toont').click();
    const text = (await page.locator('pre.import-text').textContent()) ?? '';
    assert.match(text, /4 regels gelezen, 3 geïmporteerd, 0 al aanwezig, 1 in quarantaine/);
    assert.match(text, /boa-juni\.csv:5: de plaats \(.*\) ligt buiten de gemeente GM0505/);

    const hottimes = page.waitForResponse((r) => r.url().includes('/api/v1/analysis/hottimes?') && r.url().includes('source=enforcement'));
    await page.goto('/analyse/hottimes?source=enforcement&from=2025-06-01&to=2025-07-01');
    const reply = await hottimes;
    assert.equal(reply.status(), 200);
    const body = (await reply.json()) as { meta: { events: number | null; source: string } };
    assert.deepEqual([body.meta.source, body.meta.events], ['enforcement', 3]);
    assert.equal(await page.getByLabel('Bron').inputValue(), 'enforcement');
    await page.getByText(/Waarschuwingen, bekeuringen en processen-verbaal van BOA's/).waitFor();
    assert.deepEqual(await page.getByLabel('Bron').locator('option').allTextContents(), [
      'Registraties (politie)',
      'Meldingen van bewoners',
      'Vroegsignalen van partners',
      'Handhaving (BOA)',
    ]);

    const located = await page.request.get('/api/v1/areas/locate?x=104959.39&y=425568.83');
    const buurt = ((await located.json()) as { buurt: { code: string } }).buurt.code;
    await page.goto(`/netwerk/gebied/${buurt}`);
    await page.getByRole('heading', { name: 'Naleving (handhaving)' }).waitFor();
    assert.deepEqual(errors, []);
    await context.close();
  });
});
