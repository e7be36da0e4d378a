/**
 * Browser test of Beheer → Categorieën and Routering against the real server in Chromium: an admin
 * creates a category by name only (the code derived and shown read-only), gives it a description and
 * suggestion keywords, and a resident's report form suggests it for a description with those words;
 * then the admin adds a routing rule for it and the "test a report" box routes to it (and another
 * category to its default department); Instellingen meldingen shows both to read, with a link to Beheer.
 * Run: node scripts/run-tests.mjs test/e2e/beheer-categories.test.ts   (see test/e2e/README.md)
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { logInThroughForm, newTestContext, screenshot, waitForMap, watchErrors } from './support/app-page.ts';
import { launchBrowser } from './support/browser.ts';
import { startServer, type RunningServer } from './support/server.ts';
import { mapPixel, targetBuurt } from './support/signals-steps.ts';

let server: RunningServer;
let browser: Browser;

before(async () => {
  browser = await launchBrowser();
  server = await startServer();
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

const status = (page: Page) => page.locator('.beheer-status');

/** The public report form up to the suggestion for `description`; returns the suggested slug. */
async function suggestedFor(page: Page, description: string): Promise<string | null> {
  await page.goto('/melden');
  await page.getByRole('heading', { level: 1, name: 'Melding doen' }).waitFor();
  await waitForMap(page);
  const { buurt, lngLat } = await targetBuurt(page);
  const point = await mapPixel(page, lngLat);
  await page.mouse.click(point.x, point.y);
  await page.getByTestId('place-status').filter({ hasText: buurt.properties.name }).waitFor();
  await page.getByRole('button', { name: 'Volgende' }).click();
  await page.getByLabel('Wat is er aan de hand?').fill(description);
  const suggestion = page.getByTestId('category-suggestion');
  await suggestion.waitFor();
  return suggestion.getAttribute('data-slug');
}

describe('Beheer → Categorieën and Routering in Chromium', { timeout: 300_000 }, () => {
  it('an admin creates and edits a category, the form suggests it, and a routing rule sends it on', async () => {
    const context = await newTestContext(browser, server.baseUrl);
    const page = await context.newPage();
    const errors = watchErrors(page);
    await logInThroughForm(page);
    await page.getByRole('navigation', { name: 'Modules' }).getByRole('link', { name: 'Beheer' }).click();
    const sections = page.getByRole('navigation', { name: 'Onderdelen van beheer' });
    await sections.getByRole('link', { name: 'Categorieën' }).click();
    await page.getByRole('heading', { level: 1, name: 'Categorieën' }).waitFor();
    assert.equal(new URL(page.url()).pathname, '/beheer/categorieen');

    // Before: the words are not known, so the form does not suggest the (not yet existing) category.
    const resident = await (await newTestContext(browser, server.baseUrl)).newPage();
    const words = 'Elke nacht zevenklappers en nitraten in het portiek';
    assert.notEqual(await suggestedFor(resident, words), 'knalvuurwerk-in-de-flat');

    // Create by name only: the code is derived and shown read-only in the editor that opens.
    await page.locator('#new-category-name').fill('Knalvuurwerk in de flat');
    await page.locator('#new-category-parent').selectOption({ label: 'Jeugd' });
    await page.getByRole('button', { name: 'Categorie toevoegen' }).click();
    await status(page).filter({ hasText: 'met code knalvuurwerk-in-de-flat' }).waitFor();
    const editor = page.getByRole('form', { name: 'Categorie Knalvuurwerk in de flat bewerken' });
    await editor.waitFor();
    assert.equal(await editor.locator('code').first().textContent(), 'knalvuurwerk-in-de-flat');
    assert.equal(await editor.locator('input[value="knalvuurwerk-in-de-flat"]').count(), 0, 'the code is not an input');
    assert.equal(await editor.getByLabel('Overlast').isChecked(), true, 'a sub-category of Jeugd takes its nuisance role');
    await editor.getByLabel('Omschrijving').fill('Zwaar vuurwerk in portieken en galerijen.');
    await editor.getByLabel('Trefwoorden voor de suggestie').fill('zevenklappers nitraten portiek galerij');
    await editor.getByRole('button', { name: 'Opslaan' }).click();
    await status(page).filter({ hasText: 'Categorie Knalvuurwerk in de flat is opgeslagen.' }).waitFor();
    const row = page.locator('.category-row', { hasText: 'Knalvuurwerk in de flat' });
    assert.match((await row.textContent()) ?? '', /knalvuurwerk-in-de-flat.*overlast/);
    await screenshot(page, 'beheer-categorieen');

    // The resident's form suggests it at once for a description with the new keywords.
    assert.equal(await suggestedFor(resident, words), 'knalvuurwerk-in-de-flat');

    // Routering: a rule for the new category; the test box routes to it, another category to its default.
    await sections.getByRole('link', { name: 'Routering' }).click();
    await page.getByRole('heading', { level: 1, name: 'Routering' }).waitFor();
    await page.getByRole('button', { name: 'Nieuwe regel' }).click();
    const form = page.getByRole('form', { name: 'Routeringsregel' });
    await form.getByLabel('Naam van de regel').fill('Vuurwerk naar handhaving');
    await form.getByLabel('Categorie').selectOption({ label: 'Knalvuurwerk in de flat' });
    await form.getByLabel('Naam van de afdeling of partner').fill('Team Vuurwerk');
    await form.getByRole('button', { name: 'Regel opslaan' }).click();
    await status(page).filter({ hasText: 'Regel Vuurwerk naar handhaving is toegevoegd.' }).waitFor();
    const rule = page.locator('.rule-list li', { hasText: 'Vuurwerk naar handhaving' });
    assert.equal(
      (await rule.locator('.rule-words').textContent())?.trim(),
      'Categorie Jeugd › Knalvuurwerk in de flat → afdeling Team Vuurwerk',
    );
    const box = page.getByRole('form', { name: 'Een melding testen' });
    await box.getByLabel('Categorie').selectOption({ label: 'Jeugd › Knalvuurwerk in de flat' });
    await box.getByRole('button', { name: 'Testen' }).click();
    const result = box.locator('output');
    await result.filter({ hasText: 'Regel ‘Vuurwerk naar handhaving’ geldt: de melding gaat naar afdeling Team Vuurwerk.' }).waitFor();
    await box.getByLabel('Categorie').selectOption({ label: 'Openbare ruimte › Straatverlichting' });
    await box.getByRole('button', { name: 'Testen' }).click();
    await result.filter({ hasText: 'Geen regel geldt: de melding gaat naar Stadsbeheer' }).waitFor();
    await screenshot(page, 'beheer-routering', { fullPage: true });

    // Instellingen meldingen shows the rule to read and sends editing to Beheer.
    await page.goto('/meldingen/instellingen');
    await page.getByRole('tab', { name: 'Routeringsregels' }).click();
    const shown = page.locator('.rules-admin li', { hasText: 'Vuurwerk naar handhaving' });
    assert.match((await shown.textContent()) ?? '', /Jeugd › Knalvuurwerk in de flat.*Afdeling: Team Vuurwerk/);
    await page.getByRole('link', { name: 'Beheer → Routering' }).click();
    await page.getByRole('heading', { level: 1, name: 'Routering' }).waitFor();
    await page.goto('/meldingen/instellingen');
    await page.locator('.categories-admin caption', { hasText: 'Jeugd' }).waitFor();
    assert.equal(await page.getByRole('rowheader', { name: 'Knalvuurwerk in de flat' }).count(), 1);
    assert.deepEqual(errors, []);
    await context.close();
  });
});
