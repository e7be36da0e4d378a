/**
 * Browser test of the youth groups register (Netwerk → Jeugdgroepen): a coordinator registers a
 * group in Crabbehof-Noord with a hangplek typed as coordinates, sees it on the map, records two
 * shortlist assessments (the classification computed live, the second one overlastgevend) and
 * reads the classification over time; the list shows the group with its badge, on a phone too.
 * Run: node --import tsx --test test/e2e/youth-groups.test.ts   (see test/e2e/README.md)
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import { newTestContext, screenshot, sourceFeatureCount, watchErrors } from './support/app-page.ts';
import type { BrowserGlobals } from './support/browser-globals.ts';
import { launchBrowser } from './support/browser.ts';
import { createStaffUser, logInAs } from './support/missions-steps.ts';
import { startServer, type RunningServer } from './support/server.ts';

let server: RunningServer;
let browser: Browser;
const COORD = { email: 'wijkregie@example.test', password: 'wijk-Correct-Horse-42', name: 'Wim Wijkregisseur' };
const GROUP = 'Groep winkelcentrum Crabbehof';

before(async () => {
  browser = await launchBrowser();
  server = await startServer({ env: { STADSVEILIG_DEMO: 'off' } });
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

describe('youth groups register in Chromium', { timeout: 300_000 }, () => {
  it('a coordinator registers a group with a hangplek, records assessments and sees the classification history', async () => {
    const context = await newTestContext(browser, server.baseUrl);
    await createStaffUser(context.request, 'coordinator', COORD.email, COORD.password, COORD.name);
    const page = await context.newPage();
    const errors = watchErrors(page);
    const sideways = () =>
      page.evaluate(() => {
        const w = globalThis as unknown as BrowserGlobals;
        return w.document.documentElement.scrollWidth - w.innerWidth;
      });
    await logInAs(page, COORD.email, COORD.password);

    await page.goto('/netwerk/jeugdgroepen');
    await page.getByRole('heading', { level: 1, name: 'Jeugdgroepen' }).waitFor();
    await page.getByText('Geen jeugdgroepen in dit gebied.').waitFor();
    await page.getByRole('link', { name: 'Nieuwe jeugdgroep' }).click();
    await page.getByRole('heading', { level: 1, name: 'Nieuwe jeugdgroep' }).waitFor();
    await page.getByRole('note').filter({ hasText: 'Leg geen namen van personen vast' }).waitFor();
    await page.getByLabel('Naam of alias van de groep').fill(GROUP);
    await page.locator('#yg-area').selectOption('BU05050801');
    await page.getByLabel('Gedrag').fill('Hangt ’s avonds bij de ingang van het winkelcentrum; luid, afval.');
    await page.getByLabel('Geschatte omvang').fill('8');
    await page.getByLabel('Maatregelen').fill('Jongerenwerk op vrijdagavond\nExtra verlichting');
    await page.getByLabel('Naam van de hangplek').fill('Ingang winkelcentrum');
    await page.getByLabel('Breedtegraad').fill('51,7968');
    await page.getByLabel('Lengtegraad').fill('4,6672');
    await page.getByRole('button', { name: 'Groep vastleggen' }).click();

    await page.getByRole('heading', { level: 1, name: GROUP }).waitFor();
    assert.match(page.url(), /\/netwerk\/jeugdgroepen\/[0-9a-f-]{36}$/);
    await page.getByText('nog niet beoordeeld').first().waitFor();
    await page.getByRole('listitem').filter({ hasText: 'Ingang winkelcentrum (punt)' }).waitFor();
    await page.waitForFunction(
      () => Boolean((globalThis as { __stadsveiligMap?: { loaded(): boolean } }).__stadsveiligMap?.loaded()),
      undefined,
      {
        timeout: 60_000,
      },
    );
    await page.waitForFunction(async () => {
      const map = (
        globalThis as unknown as {
          __stadsveiligMap?: { getSource(id: string): { getData(): Promise<{ features: unknown[] }> } | undefined };
        }
      ).__stadsveiligMap;
      const source = map?.getSource('yg-hangplekken');
      return source ? (await source.getData()).features.length === 1 : false;
    });
    assert.equal(await sourceFeatureCount(page, 'yg-hangplekken'), 1, 'the hangplek is on the map');

    // First assessment: only hinderlijk behaviour, computed live.
    const live = page.locator('.yg-live');
    await page.getByLabel('Datum van de beoordeling').fill('2026-01-15');
    await page.getByLabel('Rondhangen, luidruchtig aanwezig zijn').selectOption({ label: 'regelmatig' });
    await page.getByLabel('Vervuiling (afval, rommel achterlaten)').selectOption({ label: 'af en toe' });
    await live.filter({ hasText: 'hinderlijk' }).waitFor();
    await page.getByRole('button', { name: 'Beoordeling opslaan' }).click();
    const history = page.getByRole('list', { name: 'Typering door de tijd' });
    await history.getByRole('listitem').filter({ hasText: '2026-01-15' }).waitFor();

    // Second assessment: intimidation regularly makes the group overlastgevend.
    await page.getByLabel('Datum van de beoordeling').fill('2026-03-10');
    await page.getByLabel('Rondhangen, luidruchtig aanwezig zijn').selectOption({ label: 'regelmatig' });
    await page.getByLabel('Uitschelden of intimideren van voorbijgangers en bewoners').selectOption({ label: 'regelmatig' });
    await live.filter({ hasText: 'overlastgevend' }).waitFor();
    await page.getByRole('button', { name: 'Beoordeling opslaan' }).click();
    await history.getByRole('listitem').filter({ hasText: '2026-03-10' }).waitFor();
    const entries = await history.getByRole('listitem').allInnerTexts();
    assert.equal(entries.length, 2);
    assert.match(entries[0]!, /2026-01-15\s+hinderlijk/);
    assert.match(entries[1]!, /2026-03-10\s+overlastgevend/);
    assert.match(entries[1]!, new RegExp(`door ${COORD.name}`), 'the assessor is named');
    await page.locator('.page-head .yg-class', { hasText: 'overlastgevend' }).waitFor();
    await page.getByRole('table').filter({ hasText: 'Kwartaal' }).waitFor();
    await screenshot(page, 'netwerk-jeugdgroep', { fullPage: true });
    await page.setViewportSize({ width: 375, height: 800 });
    assert.ok((await sideways()) <= 1, 'the group page fits a phone');
    await page.setViewportSize({ width: 1280, height: 860 });

    // The list: the group with its current classification, filtered by its wijk; on a phone too.
    await page.getByRole('link', { name: '← Alle jeugdgroepen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Jeugdgroepen' }).waitFor();
    const row = page.getByRole('row').filter({ hasText: GROUP });
    await row.filter({ hasText: 'overlastgevend' }).waitFor();
    await page.getByLabel('Gebied').selectOption('WK050507');
    await page.getByText('Geen jeugdgroepen in dit gebied.').waitFor();
    await page.getByLabel('Gebied').selectOption('WK050508');
    await row.waitFor();
    await page.setViewportSize({ width: 375, height: 800 });
    await row.getByRole('link', { name: GROUP }).waitFor();
    const overflow = await sideways();
    assert.ok(overflow <= 1, `no sideways scrolling on a phone (${overflow}px)`);
    assert.deepEqual(errors, []);
    await context.close();
  });
});
