/**
 * Browser test of case meetings (Casussen → Casusoverleg): a procesregisseur plans a meeting with
 * two cases and two attendees, records a decision with an action on the first case and notes on it;
 * a partner assigned only to the first case opens the meeting on a phone and sees that case with
 * its decision and notes, the second only as "a case on the agenda you have no role in" (no
 * reference, no person), and marks the action done. Before the server starts,
 * case-meetings-prepare.ts makes the accounts and two fictional cases.
 * Run: node --import tsx --test test/e2e/case-meetings.test.ts   (see test/e2e/README.md)
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import { newTestContext, watchErrors } from './support/app-page.ts';
import { launchBrowser } from './support/browser.ts';
import { CASE_MEETING_USERS, CASE_PERSONS } from './support/case-meetings.ts';
import { logInAs } from './support/missions-steps.ts';
import { preparedBy, startServer, type RunningServer } from './support/server.ts';
import { overflow, PHONE } from './support/signals-steps.ts';

let server: RunningServer;
let browser: Browser;
const TITLE = 'Casusoverleg Zorg- en Veiligheidshuis';
const DECISION = 'Huisbezoek plannen met de reclassering';
const NOTES = 'Woning op het oog; volgende week bezichtiging.';

before(async () => {
  browser = await launchBrowser();
  server = await startServer({ env: { STADSVEILIG_DEMO: 'off' }, prepare: preparedBy('case-meetings-prepare.ts') });
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

describe('case meetings in Chromium', { timeout: 300_000 }, () => {
  let meetingUrl = '';

  it('a procesregisseur plans a meeting with two cases, records a decision with an action and notes on the first', async () => {
    const { director, partner, colleague } = CASE_MEETING_USERS;
    const context = await newTestContext(browser, server.baseUrl);
    const page = await context.newPage();
    const errors = watchErrors(page);
    await logInAs(page, director.email, director.password);
    await page.goto('/casussen/overleggen');
    await page.getByRole('heading', { level: 1, name: 'Casusoverleg' }).waitFor();
    await page.getByText('Geen overleggen.').first().waitFor();
    await page.getByRole('link', { name: 'Nieuw overleg' }).click();
    await page.getByRole('heading', { level: 1, name: 'Nieuw casusoverleg' }).waitFor();
    await page.getByLabel('Titel', { exact: true }).fill(TITLE);
    await page.getByLabel('Datum en tijd').fill('2030-09-02T09:30');
    await page.getByLabel('Plaats').fill('Stadskantoor');
    const caseBoxes = page.getByRole('checkbox', { name: /^PGA-/ });
    assert.equal(await caseBoxes.count(), 2, 'the two cases the procesregisseur directs, by reference');
    assert.equal(await page.getByText(CASE_PERSONS.first).count(), 0, 'no person names in the agenda picker');
    await caseBoxes.nth(0).check();
    await caseBoxes.nth(1).check();
    assert.ok(await page.getByRole('checkbox', { name: director.name }).isChecked(), 'the creator attends');
    await page.getByRole('checkbox', { name: partner.name }).check();
    await page.getByRole('checkbox', { name: colleague.name }).check();
    await page.getByRole('button', { name: 'Overleg vastleggen' }).click();

    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    assert.match(page.url(), /\/casussen\/overleggen\/[0-9a-f-]{36}$/);
    meetingUrl = new URL(page.url()).pathname;
    await page.getByText(`Persoon: ${CASE_PERSONS.second}`).waitFor();
    const first = page.locator('.meeting-item').filter({ hasText: CASE_PERSONS.first });
    await first.getByLabel('Verslag van deze casus').fill(NOTES);
    await Promise.all([
      page.waitForResponse((r) => r.url().endsWith('/notes') && r.status() === 200),
      first.getByRole('button', { name: 'Verslag opslaan' }).click(),
    ]);
    await first.getByLabel('Besluit', { exact: true }).fill(DECISION);
    await first.getByRole('button', { name: 'Actie toevoegen' }).click();
    await first.getByLabel('Actie', { exact: true }).fill('Afspraak maken met de woningcorporatie');
    await first.getByLabel('Eigenaar').selectOption({ label: partner.name });
    await first.getByLabel('Uiterlijk').fill('2030-09-16');
    await first.getByRole('button', { name: 'Besluit vastleggen' }).click();
    await first.getByText(DECISION).waitFor();
    await first.getByRole('checkbox', { name: /Afspraak maken met de woningcorporatie/ }).waitFor();
    assert.equal(await first.getByLabel('Verslag van deze casus').inputValue(), NOTES);

    await page.getByLabel('Algemeen verslag').fill('Twee casussen besproken; volgende keer ook de wijkagent.');
    await Promise.all([
      page.waitForResponse((r) => r.request().method() === 'PATCH' && r.url().endsWith(meetingUrl.split('/').pop()!) && r.status() === 200),
      page.getByRole('button', { name: 'Overleg opslaan' }).click(),
    ]);
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('a partner assigned to the first case sees only that case on a phone, and marks the action done', async () => {
    const { partner } = CASE_MEETING_USERS;
    const context = await newTestContext(browser, server.baseUrl, PHONE);
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto('/');
    await page.getByLabel(/e-mailadres/i).fill(partner.email);
    await page.getByLabel(/^wachtwoord$/i).fill(partner.password);
    await page.getByRole('button', { name: /^inloggen$/i }).click();
    await page.getByRole('heading', { level: 1, name: 'Doorgestuurde meldingen' }).waitFor();
    await page.goto('/casussen/overleggen');
    await page.getByRole('heading', { level: 1, name: 'Casusoverleg' }).waitFor();
    await page.getByText('1 van 2 voor u').waitFor();
    await page.getByRole('link', { name: TITLE }).click();
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    assert.equal(page.url().endsWith(meetingUrl), true);
    await page.getByText(`Persoon: ${CASE_PERSONS.first}`).waitFor();
    await page.getByText('Een casus op de agenda waarin u geen rol heeft.').waitFor();
    const body = (await page.locator('main').textContent()) ?? '';
    assert.doesNotMatch(body, new RegExp(CASE_PERSONS.second), 'the other case’s person stays hidden');
    assert.equal((body.match(/PGA-/g) ?? []).length, 1, 'one case reference: the partner’s own case');
    await page.getByText(NOTES).waitFor();
    await page.getByText('Twee casussen besproken; volgende keer ook de wijkagent.').waitFor();
    const action = page.getByRole('checkbox', { name: /Afspraak maken met de woningcorporatie/ });
    await Promise.all([
      page.waitForResponse((r) => r.request().method() === 'PATCH' && r.url().includes('/actions/') && r.status() === 200),
      action.click(),
    ]);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    assert.ok(await page.getByRole('checkbox', { name: /Afspraak maken met de woningcorporatie/ }).isChecked(), 'the action stays done');
    assert.ok((await overflow(page)) <= 1, 'no sideways scrolling at phone width');
    assert.deepEqual(errors, []);
    await context.close();
  });
});
