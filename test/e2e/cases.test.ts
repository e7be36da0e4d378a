/**
 * Browser test of the case itself (Casussen, PGA): a procesregisseur opens a case (person with BSN,
 * household row, criterion, named legal basis, a member), sees the masked BSN and reveals it, moves
 * the status and finds it in the timeline; the member finds the case in "Mijn casussen"; another
 * caseworker who is not assigned gets only "not open to you" and no person data. Phone width too.
 * Run: node --import tsx --test test/e2e/cases.test.ts   (see test/e2e/README.md)
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { APIRequestContext, Browser } from 'playwright-core';
import { newTestContext, watchErrors } from './support/app-page.ts';
import type { BrowserGlobals } from './support/browser-globals.ts';
import { launchBrowser } from './support/browser.ts';
import { createStaffUser, logInAs } from './support/missions-steps.ts';
import { ADMIN_EMAIL, ADMIN_PASSWORD, startServer, type RunningServer } from './support/server.ts';

let server: RunningServer;
let browser: Browser;
const DIRECTOR = { email: 'regie@example.test', password: 'regie-Correct-Horse-42', name: 'Carla Casusregie' };
const MEMBER = { email: 'lid@example.test', password: 'lid-Correct-Horse-42', name: 'Mark Medewerker' };
const OTHER = { email: 'ander@example.test', password: 'ander-Correct-Horse-42', name: 'Olga Anders' };
const PERSON = 'Jan Voorbeeld';
const GROUP = 'Groep Statenplein';

/** A youth group registered by the admin through the API; returns its id. */
async function registerGroup(request: APIRequestContext): Promise<string> {
  const session = await request.post('/api/v1/session', { data: { email: ADMIN_EMAIL, password: ADMIN_PASSWORD } });
  const { csrfToken } = (await session.json()) as { csrfToken: string };
  const created = await request.post('/api/v1/youth-groups', {
    data: { name: GROUP, areaCode: 'BU05050801' },
    headers: { 'x-csrf-token': csrfToken },
  });
  assert.equal(created.status(), 201, await created.text());
  await request.delete('/api/v1/session', { headers: { 'x-csrf-token': csrfToken } });
  return ((await created.json()) as { id: string }).id;
}

before(async () => {
  browser = await launchBrowser();
  server = await startServer({ env: { STADSVEILIG_DEMO: 'off' } });
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

describe('a PGA case in Chromium', { timeout: 300_000 }, () => {
  it('a procesregisseur opens a case, reveals the BSN, moves the status; only those assigned read it', async () => {
    const context = await newTestContext(browser, server.baseUrl);
    for (const u of [DIRECTOR, MEMBER, OTHER]) await createStaffUser(context.request, 'caseworker', u.email, u.password, u.name);
    const groupId = await registerGroup(context.request);
    const page = await context.newPage();
    const errors = watchErrors(page);
    await logInAs(page, DIRECTOR.email, DIRECTOR.password);

    await page.goto('/casussen');
    await page.getByRole('heading', { level: 1, name: 'Mijn casussen' }).waitFor();
    await page.getByText('Geen casussen die voor u open staan.').waitFor();
    await page.getByRole('link', { name: 'Nieuwe casus' }).click();
    await page.getByRole('heading', { level: 1, name: 'Nieuwe casus' }).waitFor();
    await page.locator('#case-name').fill(PERSON);
    await page.locator('#case-birth').fill('2001-02-03');
    await page.locator('#case-bsn').fill('111222333');
    await page.locator('#case-address').fill('Voorbeeldstraat 1, Dordrecht');
    await page.getByRole('button', { name: 'Gezinslid toevoegen' }).click();
    await page.locator('#hh-name-0').fill('Moeder Voorbeeld');
    await page.locator('#hh-relation-0').fill('moeder');
    await page.getByLabel('Top-X / veelpleger').check();
    await page.getByLabel('Een andere grondslag (naam)').check();
    await page.getByLabel('Naam van de grondslag').fill('Convenant Zorg- en Veiligheidshuis');
    await page.getByLabel(MEMBER.name).check();
    await page.getByLabel('Jeugdgroep').selectOption({ label: GROUP });
    await page.locator('#case-care').fill('Schulden; begeleiding door het wijkteam.');
    await page.getByRole('button', { name: 'Casus openen' }).click();

    const heading = page.getByRole('heading', { level: 1, name: new RegExp(`PGA-\\d{4}-\\d{4} · ${PERSON}`) });
    await heading.waitFor();
    const url = page.url();
    assert.match(url, /\/casussen\/[0-9a-f-]{36}$/);
    const reference = ((await heading.textContent()) ?? '').trim().split(' ')[0]!;
    await page.getByText('••••••333').waitFor();
    assert.equal(await page.getByText('111222333').count(), 0, 'the BSN is masked');
    await page.getByRole('button', { name: 'toon' }).click();
    await page.getByText('111222333').waitFor();
    await page.getByText('Moeder Voorbeeld (moeder)').waitFor();
    await page.getByText('Schulden; begeleiding door het wijkteam.').waitFor();
    await page.getByText(`Jeugdgroep: ${GROUP}`).waitFor();

    await page.getByLabel('Nieuwe status').selectOption('in-behandeling');
    await page.getByRole('button', { name: 'Status wijzigen' }).click();
    await page.locator('.page-head .status-badge', { hasText: 'in behandeling' }).waitFor();
    const timeline = page.locator('.case-section', { has: page.getByRole('heading', { name: 'Tijdlijn' }) });
    await timeline.getByText('Status: aangemeld → in behandeling').waitFor();
    await timeline.getByText(`${MEMBER.name} toegevoegd`).waitFor();

    await page.setViewportSize({ width: 375, height: 800 });
    const overflow = await page.evaluate(() => {
      const w = globalThis as unknown as BrowserGlobals;
      return w.document.documentElement.scrollWidth - w.innerWidth;
    });
    assert.ok(overflow <= 1, `the case fits a phone (${overflow}px)`);
    await page.setViewportSize({ width: 1280, height: 860 });

    // The youth group shows no case, only a link to one's own cases that refer to it.
    await page.goto(`/netwerk/jeugdgroepen/${groupId}`);
    await page.getByRole('heading', { level: 1, name: GROUP }).waitFor();
    assert.equal(await page.getByText(reference).count(), 0, 'no case reference on the group page');
    await page.getByRole('link', { name: 'Mijn casussen die naar deze groep verwijzen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mijn casussen' }).waitFor();
    await page.getByRole('row').filter({ hasText: reference }).waitFor();
    assert.deepEqual(errors, []);
    await context.close();

    // The member finds it among their cases.
    const memberContext = await newTestContext(browser, server.baseUrl);
    const memberPage = await memberContext.newPage();
    await logInAs(memberPage, MEMBER.email, MEMBER.password);
    await memberPage.goto('/casussen');
    const row = memberPage.getByRole('row').filter({ hasText: reference });
    await row.filter({ hasText: PERSON }).waitFor();
    await row.filter({ hasText: 'lid' }).waitFor();
    await memberContext.close();

    // Another caseworker, not assigned: only that the case exists and whom to ask.
    const otherContext = await newTestContext(browser, server.baseUrl);
    const otherPage = await otherContext.newPage();
    await logInAs(otherPage, OTHER.email, OTHER.password);
    await otherPage.goto(new URL(url).pathname);
    await otherPage.getByRole('heading', { level: 1, name: 'Casus niet voor u open' }).waitFor();
    await otherPage.getByText(reference).first().waitFor();
    assert.equal(await otherPage.getByText(PERSON).count(), 0, 'no person data for someone not assigned');
    await otherPage.goto('/casussen');
    await otherPage.getByText('Geen casussen die voor u open staan.').waitFor();
    await otherContext.close();
  });
});
