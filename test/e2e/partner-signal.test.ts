/**
 * Browser test of an early signal (vroegsignaal), from a partner to the municipality and back.
 * Through the API the admin registers the organisation "Politie Dordrecht" with a partner account,
 * and a coordinator account. The partner (phone viewport) opens "Vroegsignaal doorgeven" from its
 * inbox, is refused a text with a resident's name (the field says how to write it), sends the
 * signal without the name and gets its number; "Onze vroegsignalen" lists it. The coordinator
 * (desktop) finds it in the inbox under "Vroegsignalen van partners" with the label "Vroegsignaal ·
 * Politie Dordrecht" and its urgency, writes a note for the partner and closes it with a text. The
 * partner sees it handled: status "Afgehandeld", the closing text in its list, the note on its page,
 * and no actions of its own.
 * Run: node scripts/run-tests.mjs test/e2e/partner-signal.test.ts   (see test/e2e/README.md)
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { APIRequestContext, Browser } from 'playwright-core';
import { newTestContext, watchErrors } from './support/app-page.ts';
import { launchBrowser } from './support/browser.ts';
import { createStaffUser, logInAs } from './support/missions-steps.ts';
import { ADMIN_EMAIL, ADMIN_PASSWORD, type RunningServer, startServer } from './support/server.ts';
import { overflow, PHONE } from './support/signals-steps.ts';

let server: RunningServer;
let browser: Browser;
const PARTNER = { email: 'wijkagent@example.test', password: 'partner-Correct-Horse-42' };
const COORDINATOR = { email: 'regisseur@example.test', password: 'coordinator-Correct-Horse-42' };
const ORGANISATION = 'Politie Dordrecht';
const BUURT = 'BU05050101';
const WITH_NAME = 'Jan de Vries uit de flat verzamelt elke avond jongeren bij het speelveld.';
const OBSERVATION = 'Elke avond verzamelt een groep van zes jongeren zich bij het speelveld; bewoners durven er niet meer langs.';
const NOTE = 'Wij hebben de jongerenwerker gevraagd er deze week langs te gaan.';
const CLOSING = 'Jongerenwerk en wijkagent zijn langs geweest; de groep is aangesproken.';

async function prepare(request: APIRequestContext): Promise<void> {
  await createStaffUser(request, 'partner', PARTNER.email, PARTNER.password, 'Wijkagent Noord');
  await createStaffUser(request, 'coordinator', COORDINATOR.email, COORDINATOR.password, 'Wijkregisseur');
  const session = await request.post('/api/v1/session', { data: { email: ADMIN_EMAIL, password: ADMIN_PASSWORD } });
  const headers = { 'x-csrf-token': ((await session.json()) as { csrfToken: string }).csrfToken };
  const users = (await (await request.get('/api/v1/users')).json()) as { users: { id: string; email: string }[] };
  const partnerUser = users.users.find((u) => u.email === PARTNER.email);
  assert.ok(partnerUser, 'the partner account exists');
  const org = await request.post('/api/v1/partners', { data: { name: ORGANISATION, kind: 'police' }, headers });
  assert.equal(org.status(), 201, await org.text());
  const orgId = ((await org.json()) as { id: string }).id;
  const member = await request.post(`/api/v1/partners/${orgId}/members`, { data: { userId: partnerUser.id }, headers });
  assert.equal(member.status(), 204, await member.text());
  await request.delete('/api/v1/session', { headers });
}

before(async () => {
  browser = await launchBrowser();
  server = await startServer({ env: { STADSVEILIG_DEMO: 'off' } });
  const context = await newTestContext(browser, server.baseUrl);
  await prepare(context.request);
  await context.close();
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

describe('a partner raises an early signal and sees it handled (Chromium)', { timeout: 300_000 }, () => {
  it('partner sends it from the phone; the coordinator notes and closes it; the partner sees status and note', async () => {
    // The partner raises the signal on a phone.
    const phone = await newTestContext(browser, server.baseUrl, PHONE);
    const page = await phone.newPage();
    const errors = watchErrors(page);
    // On a phone the modules sit behind the menu button: the inbox heading says the login worked.
    await page.goto('/');
    await page.getByLabel(/e-mailadres/i).fill(PARTNER.email);
    await page.getByLabel(/^wachtwoord$/i).fill(PARTNER.password);
    await page.getByRole('button', { name: /^inloggen$/i }).click();
    await page.getByRole('heading', { level: 1, name: 'Doorgestuurde meldingen' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Onze vroegsignalen' }).waitFor();
    await page.getByText('Uw organisatie heeft nog geen vroegsignalen doorgegeven.').waitFor();
    await page.getByRole('link', { name: 'Vroegsignaal doorgeven' }).click();
    await page.getByRole('heading', { level: 1, name: 'Vroegsignaal doorgeven' }).waitFor();
    await page.getByLabel('Buurt of wijk').locator(`option[value="${BUURT}"]`).waitFor({ state: 'attached' });
    await page.getByLabel('Buurt of wijk').selectOption(BUURT);
    await page.getByLabel('Onderwerp').selectOption('overlast-jeugd');
    await page.getByRole('radio', { name: 'Spoed' }).check();
    const text = page.getByLabel('Wat ziet u?');
    await text.fill(WITH_NAME);
    await page.getByRole('button', { name: 'Vroegsignaal versturen' }).click();
    await page.getByText(/De tekst lijkt een naam, e-mailadres of telefoonnummer te bevatten/).waitFor();
    assert.equal(await text.getAttribute('aria-invalid'), 'true', 'the field is marked invalid');
    assert.deepEqual(errors.splice(0), ['console: Failed to load resource: the server responded with a status of 400 (Bad Request)']);
    await text.fill(OBSERVATION);
    await page.getByLabel('Uw eigen kenmerk (optioneel)').fill('PL-2026-0042');
    assert.ok((await overflow(page)) <= 1, 'no sideways scrolling at phone width');
    await page.getByRole('button', { name: 'Vroegsignaal versturen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Vroegsignaal ontvangen' }).waitFor();
    const sent = await page.getByTestId('early-signal-number').textContent();
    const number = /M-\d{4}-\d{6}/.exec(sent ?? '')?.[0];
    assert.ok(number, `a number in "${sent}"`);
    await page.getByRole('link', { name: 'Naar de werkvoorraad' }).click();
    const own = page.getByTestId('own-early-signals');
    await own.locator(`tr[data-number="${number}"]`).waitFor();
    assert.match((await own.locator(`tr[data-number="${number}"]`).textContent()) ?? '', /Overlast jeugd.*Spoed/);

    // The coordinator finds it in the inbox, writes to the partner and closes it.
    const desk = await newTestContext(browser, server.baseUrl);
    const staff = await desk.newPage();
    const staffErrors = watchErrors(staff);
    await logInAs(staff, COORDINATOR.email, COORDINATOR.password);
    await staff.goto('/meldingen');
    await staff.getByRole('button', { name: 'Vroegsignalen van partners' }).click();
    const row = staff.locator(`tr[data-number="${number}"]`);
    await row.waitFor();
    await row
      .getByTestId('early-badge')
      .filter({ hasText: `Vroegsignaal · ${ORGANISATION}` })
      .waitFor();
    assert.match((await row.textContent()) ?? '', /Spoed/);
    await row.getByRole('link', { name: number }).click();
    await staff.getByRole('heading', { level: 1, name: new RegExp(number) }).waitFor();
    await staff.getByText('PL-2026-0042').waitFor();
    const bar = staff.getByRole('toolbar', { name: 'Acties' });
    const panel = staff.locator('#action-panel');
    await bar.getByRole('button', { name: 'Notitie of bericht aan melder' }).click();
    await panel.getByLabel('Notitie', { exact: true }).fill(NOTE);
    await panel.getByRole('radio', { name: 'Ook de partner die de melding behandelt' }).check();
    await panel.getByRole('button', { name: 'Notitie toevoegen' }).click();
    await staff.locator('.staff-history').getByText(NOTE).waitFor();
    await bar.getByRole('button', { name: 'Status wijzigen' }).click();
    await panel.getByLabel('Nieuwe status').selectOption('done');
    await panel.getByLabel(/Toelichting/).fill(CLOSING);
    await panel.getByRole('button', { name: /status wijzigen/i }).click();
    await staff.locator('.staff-history').getByText(CLOSING).first().waitFor();
    assert.deepEqual(staffErrors, []);
    await desk.close();

    // The partner sees it handled: status and closing text in its list, the note on the signal's page, no actions.
    await page.reload();
    const handled = own.locator(`tr[data-number="${number}"]`);
    await handled.getByText('Afgehandeld').waitFor();
    await handled.getByText(CLOSING).waitFor();
    await handled.getByRole('link', { name: number }).click();
    await page.getByRole('heading', { level: 1, name: new RegExp(number) }).waitFor();
    const history = page.locator('.staff-history');
    await history.getByText(NOTE).waitFor();
    await history.getByText(CLOSING).first().waitFor();
    assert.equal(await page.getByRole('toolbar', { name: 'Acties' }).getByRole('button').count(), 0, 'the partner follows, staff handle');
    assert.deepEqual(errors, []);
    await phone.close();
  });
});
