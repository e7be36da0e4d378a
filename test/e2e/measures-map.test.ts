/**
 * Browser test of the active measures (measures-map-prepare.ts): a coordinator opens Bevoegdheden →
 * Kaart and finds the closure and the camera area in force with links to their decisions, the closure
 * of a case they may not open only as its published part (no address, no link) and the unpublished one
 * not at all; narrows to the wijk of the measures; the page fits a 375 px phone and reads in English.
 * The portfolio of Opgaven counts the measures per kind; residents find the published measures on the
 * area page without an address.
 * Run: node --import tsx --test test/e2e/measures-map.test.ts   (see test/e2e/README.md)
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import { newTestContext, watchErrors } from './support/app-page.ts';
import { launchBrowser } from './support/browser.ts';
import { createStaffUser, logInAs } from './support/missions-steps.ts';
import { preparedBy, type RunningServer, startServer } from './support/server.ts';
import { overflow } from './support/signals-steps.ts';

let server: RunningServer;
let browser: Browser;
const COORDINATOR = { email: 'coordinator-maatregelen@example.test', password: 'maatregel-Correct-Horse-42', name: 'Co Ordinator' };

before(async () => {
  browser = await launchBrowser();
  server = await startServer({ prepare: preparedBy('measures-map-prepare.ts'), env: { STADSVEILIG_DEMO: 'off' } });
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

describe('active measures in Chromium', { timeout: 300_000 }, () => {
  it('a coordinator reads the measures map and list, only the published part of a case they may not open', async () => {
    const context = await newTestContext(browser, server.baseUrl);
    await createStaffUser(context.request, 'coordinator', COORDINATOR.email, COORDINATOR.password, COORDINATOR.name);
    const page = await context.newPage();
    const errors = watchErrors(page);
    await logInAs(page, COORDINATOR.email, COORDINATOR.password);

    await page.goto('/bevoegdheden/kaart');
    await page.getByRole('heading', { name: 'Actieve maatregelen' }).waitFor();
    const list = page.getByTestId('measures-list');
    await list.getByRole('link', { name: /Sluiting Meetstraat/ }).waitFor();
    await list.getByRole('link', { name: /Camera centrum/ }).waitFor();
    await list.getByText('Alleen het gepubliceerde deel: Een pand in deze buurt is gesloten na een drugsvondst.').waitFor();
    const text = (await list.textContent()) ?? '';
    assert.ok(!text.includes('Geheimweg') && !text.includes('Casussluiting'), 'no address or title of the case decision');
    assert.ok(!text.includes('Ongepubliceerde'), 'the unpublished case decision is not shown');
    assert.equal(await page.getByTestId('measure-item').count(), 3);

    // The decision pages show the closure's effect (no incidents here: the reasons why not yet) and the camera evaluation.
    await list.getByRole('link', { name: /Sluiting Meetstraat/ }).click();
    await page.getByRole('heading', { name: 'Effect van de sluiting op de omgeving' }).waitFor();
    await page.getByText('Er zijn nog niet genoeg gegevens voor een effectmeting:').waitFor();
    assert.equal(
      await page.getByRole('heading', { name: 'Jaarlijkse evaluatie cameratoezicht' }).count(),
      0,
      'no camera panel on a closure',
    );
    await page.goto('/bevoegdheden/kaart');
    await list.getByRole('link', { name: /Camera centrum/ }).click();
    await page.getByRole('heading', { name: 'Jaarlijkse evaluatie cameratoezicht' }).waitFor();
    await page.getByText(/Incidenten binnen het gebied en in een ring van \d+ m/).waitFor();
    assert.equal(
      await page.getByRole('heading', { name: 'Effect van de sluiting op de omgeving' }).count(),
      0,
      'no effect panel on a camera area',
    );
    await page.goto('/bevoegdheden/kaart');
    await page.getByRole('heading', { name: 'Actieve maatregelen' }).waitFor();

    await page.getByLabel('Wijk').selectOption('WK050508');
    await page.getByRole('heading', { name: 'Maatregelen (3)' }).waitFor();
    await page.getByLabel('Wijk').selectOption('WK050501');
    await page.getByRole('heading', { name: 'Maatregelen (0)' }).waitFor();
    await page.getByText('Er gelden hier geen maatregelen.').waitFor();

    await page.setViewportSize({ width: 375, height: 800 });
    assert.ok((await overflow(page)) <= 0, 'fits a 375 px phone');
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await page.getByRole('heading', { name: 'Active measures' }).waitFor();

    await page.goto('/opgaven');
    const panel = page.getByTestId('active-measures');
    await panel.getByText(/Camera areas: 1/).waitFor();
    await panel.getByText(/Closures: 2/).waitFor();
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('residents see the published measures on the area page, never an address', async () => {
    const context = await newTestContext(browser, server.baseUrl);
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto('/veiligheid/BU05050801');
    const section = page.getByTestId('public-measures');
    await section.getByText('Een woning in deze buurt is voor drie maanden gesloten.').waitFor();
    await section.getByText('Cameratoezicht in het centrum van de wijk.').waitFor();
    await section.getByText('Een pand in deze buurt is gesloten na een drugsvondst.').waitFor();
    const text = (await section.textContent()) ?? '';
    for (const secret of ['Meetstraat', 'Geheimweg', 'Casussluiting', 'Ongepubliceerde', 'T-'])
      assert.ok(!text.includes(secret), `${secret} is not on the public page`);
    assert.deepEqual(errors, []);
    await context.close();
  });
});
