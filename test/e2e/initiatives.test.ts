/**
 * Browser test of residents' initiatives on a 375 × 740 phone: a resident registers an initiative
 * without an account (the place found with the address search, a buurt chosen from it), sees the
 * confirmation and gets the confirmation mail; a coordinator finds it under Netwerk → Initiatieven,
 * moves it to "In contact" and "Actief", publishes it and reads the contact details (logged); the
 * public list then shows it with only the published fields. The fixture addresses are loaded by
 * report-place-prepare.ts.
 * Run: node --import tsx --test test/e2e/initiatives.test.ts   (see test/e2e/README.md)
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, Locator, Page } from 'playwright-core';
import { newTestContext, screenshot, waitForMap, watchErrors } from './support/app-page.ts';
import { launchBrowser } from './support/browser.ts';
import type { BrowserGlobals } from './support/browser-globals.ts';
import { createStaffUser } from './support/missions-steps.ts';
import { preparedBy, type RunningServer, startServer } from './support/server.ts';
import { overflow } from './support/signals-steps.ts';
import { type SmtpCapture, startSmtpCapture } from './support/smtp-capture.ts';

const PHONE = { viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 } as const;
const RESIDENT = 'buurtpreventie.proef@example.test';
const COORDINATOR = 'wijkregisseur.initiatieven@example.test';
const PASSWORD = 'e2e-Initiatief-Regisseur-7';
const TITLE = 'Buurtpreventie Proefstraat';

let server: RunningServer;
let browser: Browser;
let smtp: SmtpCapture;

before(async () => {
  browser = await launchBrowser();
  smtp = await startSmtpCapture();
  server = await startServer({
    env: { STADSVEILIG_SMTP_URL: smtp.url, STADSVEILIG_ADDRESS_SEARCH: 'local', STADSVEILIG_DEMO: 'off' },
    publicUrl: true,
    prepare: preparedBy('report-place-prepare.ts'),
  });
});

after(async () => {
  await browser?.close();
  await server?.stop();
  await smtp?.stop();
});

async function phonePage(): Promise<{ page: Page; errors: string[]; close(): Promise<void> }> {
  const context = await newTestContext(browser, server.baseUrl, PHONE);
  const page = await context.newPage();
  return { page, errors: watchErrors(page), close: () => context.close() };
}

/** The text of an element on the page ('' when it has none). */
const textOf = async (l: Locator) => (await l.textContent()) ?? '';

/** Nothing sticks out to the right of a 375 px screen. */
const overflowsPhone = async (page: Page) => (await overflow(page)) > 1;

async function registerAsResident(page: Page): Promise<string> {
  await page.goto('/initiatief-aanmelden');
  await page.getByRole('heading', { level: 1, name: 'Meld uw initiatief aan' }).waitFor();
  // Sending an empty form names what is missing, in a summary that takes focus.
  await page.getByRole('button', { name: 'Initiatief aanmelden' }).click();
  const summary = page.getByRole('alert').filter({ hasText: 'Controleer het formulier' });
  await summary.waitFor();
  assert.match(await textOf(summary), /Kies de buurt waar het initiatief is/);
  assert.match(await textOf(summary), /Zonder toestemming om contact op te nemen/);

  await page.getByLabel('Soort initiatief', { exact: true }).selectOption('buurtpreventie');
  await page.getByLabel('Naam van het initiatief', { exact: true }).fill(TITLE);
  await page.getByLabel('Omschrijving', { exact: true }).fill('Elke dinsdag- en donderdagavond lopen we met zes buren een ronde.');
  const search = page.getByRole('combobox', { name: 'Zoek de buurt, straat of een adres' });
  await search.fill('proefstr 12');
  await page
    .getByRole('listbox')
    .getByRole('option', { name: /Proefstraat 12, 3311 AB Dordrecht/ })
    .waitFor();
  await search.press('ArrowDown');
  await search.press('Enter');
  const buurt = page.getByTestId('initiative-buurt');
  await buurt.filter({ hasText: /^Buurt: .+/ }).waitFor();
  const buurtName = (await textOf(buurt)).replace(/^Buurt: /, '');
  await page.getByLabel('Met hoeveel mensen ongeveer?', { exact: true }).fill('6');
  await page.getByLabel('Materiaal (hesjes, zaklampen, borden)').check();
  await page.getByLabel('Een contactpersoon bij de politie').check();
  await page.getByLabel('Uw naam', { exact: true }).fill('Pieter Proef');
  await page.getByLabel('E-mailadres', { exact: true }).fill(RESIDENT);
  await page.getByLabel('Telefoonnummer (niet verplicht)', { exact: true }).fill('06 11223344');
  await page.getByLabel(/De gemeente mag contact met mij opnemen/).check();
  assert.equal(await page.getByLabel(/op de openbare lijst en kaart/).isChecked(), true, 'publish is offered as yes');
  assert.equal(
    await page.getByLabel(/Mijn e-mailadres mag op de openbare lijst/).isChecked(),
    false,
    'the e-mail stays private by default',
  );
  assert.equal(await overflowsPhone(page), false, 'the form fits a 375 px phone');
  await screenshot(page, 'initiatief-aanmelden-telefoon', { fullPage: true });
  await page.getByRole('button', { name: 'Initiatief aanmelden' }).click();

  const done = page.getByTestId('initiative-confirmation');
  await done.getByRole('heading', { name: 'Bedankt, uw initiatief is aangemeld' }).waitFor();
  assert.match(await textOf(done), /Een medewerker van de gemeente leest uw aanmelding/);
  assert.match(await textOf(done), new RegExp(`bevestiging voor u klaargezet; die wordt verstuurd naar ${RESIDENT.replace('.', '\\.')}`));
  return buurtName;
}

describe('residents’ initiatives (phone)', { timeout: 300_000 }, () => {
  it('a resident registers an initiative, a coordinator reviews and publishes it, and the public list shows it', async () => {
    const resident = await phonePage();
    const buurtName = await registerAsResident(resident.page);
    const mail = await smtp.waitFor((m) => m.to.includes(RESIDENT));
    assert.match(mail.subject, /is aangemeld/);
    assert.match(mail.text, /Wat er nu gebeurt/);
    // Not public yet: nothing on the public list.
    await resident.page.getByRole('link', { name: 'Bekijk initiatieven in de stad' }).click();
    await resident.page.getByText('Er staan nog geen initiatieven op de lijst.').waitFor();
    assert.deepEqual(resident.errors, []);

    const staff = await phonePage();
    await createStaffUser(staff.page.request, 'coordinator', COORDINATOR, PASSWORD, 'Wijkregisseur Initiatieven');
    await staff.page.goto('/netwerk/initiatieven');
    await staff.page.getByLabel(/e-mailadres/i).fill(COORDINATOR);
    await staff.page.getByLabel(/^wachtwoord$/i).fill(PASSWORD);
    await staff.page.getByRole('button', { name: /^inloggen$/i }).click();
    await staff.page.getByRole('heading', { level: 1, name: 'Initiatieven' }).waitFor();
    const row = staff.page.getByTestId('initiative-row').filter({ hasText: TITLE });
    await row.waitFor();
    assert.match(await textOf(row), /Nieuw/);
    await row.getByRole('link', { name: TITLE }).click();
    await staff.page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    const status = staff.page.getByTestId('initiative-status');

    await staff.page.getByLabel('Notitie (niet verplicht)', { exact: true }).fill('Gebeld met de initiatiefnemer');
    await staff.page.getByRole('button', { name: 'Zet op ‘In contact’' }).click();
    await status.filter({ hasText: 'In contact' }).waitFor();
    await staff.page.getByRole('button', { name: 'Zet op ‘Actief’' }).click();
    await status.filter({ hasText: 'Actief' }).waitFor();
    await staff.page.getByText(/^Volgende gesprek: \d{4}-\d{2}-\d{2}$/).waitFor();
    await staff.page.getByRole('button', { name: 'Op de openbare lijst zetten' }).click();
    await staff.page.getByRole('button', { name: 'Van de openbare lijst halen' }).waitFor();

    // The contact details only on request (each read is logged).
    assert.equal(await staff.page.getByTestId('initiative-contact').count(), 0);
    await staff.page.getByRole('button', { name: 'Toon contactgegevens' }).click();
    const contact = staff.page.getByTestId('initiative-contact');
    await contact.waitFor();
    assert.match(await textOf(contact), /Pieter Proef/);
    assert.match(await textOf(contact), /06 11223344/);
    assert.equal(await overflowsPhone(staff.page), false, 'the review page fits a 375 px phone');
    await screenshot(staff.page, 'initiatief-beoordelen', { fullPage: true });
    assert.deepEqual(staff.errors, []);

    await resident.page.goto('/initiatieven');
    const card = resident.page.getByTestId('public-initiative').filter({ hasText: TITLE });
    await card.waitFor();
    await resident.page.getByRole('heading', { level: 2, name: buurtName }).waitFor();
    const text = await textOf(card);
    assert.match(text, /Buurtpreventie \(rondes lopen\) · Actief/);
    for (const secret of ['Pieter', RESIDENT, '11223344', 'Proefstraat 12']) assert.equal(text.includes(secret), false, secret);
    // The map shows one dot, at the buurt (loaded on demand after the list).
    await resident.page.waitForFunction(
      () => {
        const map = (globalThis as unknown as BrowserGlobals).__stadsveiligMap;
        const source = map?.getSource('initiatives') as { serialize(): { data: { features: unknown[] } } } | undefined;
        return map?.loaded() === true && source?.serialize().data.features.length === 1;
      },
      undefined,
      { timeout: 60_000 },
    );
    await waitForMap(resident.page);
    assert.equal(await overflowsPhone(resident.page), false, 'the public list fits a 375 px phone');
    await screenshot(resident.page, 'initiatieven-publiek', { fullPage: true });
    assert.deepEqual(resident.errors, []);
    await resident.close();
    await staff.close();
  });
});
