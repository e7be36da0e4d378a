/**
 * Browser test of a partner's day in the web app, on a phone viewport. Through the API the admin
 * (acting as coordinator) registers the partner organisation "Politie Dordrecht" with one partner
 * account, lets it take part in a mission, and forwards two of three residents' reports (one with a
 * photo) to it. The partner logs in and lands on its inbox of forwarded reports: only that report,
 * no link to Kaart, Analyse or Beheer. It opens the report with its photo, marks it handled with a
 * text and writes to the municipality, hands a third (not its business) back with a reason, and
 * opens the mission it takes part in; the coordinator reads the texts and the reason in the history.
 * Run: node scripts/run-tests.mjs test/e2e/partner-inbox.test.ts   (see test/e2e/README.md)
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { APIRequestContext, Browser } from 'playwright-core';
import sharp from 'sharp';
import { newTestContext, watchErrors } from './support/app-page.ts';
import { launchBrowser } from './support/browser.ts';
import { createStaffUser } from './support/missions-steps.ts';
import { ADMIN_EMAIL, ADMIN_PASSWORD, type RunningServer, startServer } from './support/server.ts';
import { overflow, PHONE } from './support/signals-steps.ts';

let server: RunningServer;
let browser: Browser;
const PARTNER = { email: 'wijkagent@example.test', password: 'partner-Correct-Horse-42' };
const ORGANISATION = 'Politie Dordrecht';
const MISSION = 'Jeugdoverlast rond het Statenplein';
const HANDLED = 'Wijkagent heeft de jongeren aangesproken; overlast gestopt';
const MESSAGE = 'Wij houden de plek de komende weken in de gaten';
const setup: { mine?: { id: string; number: string }; other?: { number: string }; wrong?: { number: string }; missionId?: string } = {};

async function adminCsrf(request: APIRequestContext): Promise<string> {
  const session = await request.post('/api/v1/session', { data: { email: ADMIN_EMAIL, password: ADMIN_PASSWORD } });
  assert.equal(session.status(), 200, await session.text());
  return ((await session.json()) as { csrfToken: string }).csrfToken;
}

async function residentReport(request: APIRequestContext, description: string, withPhoto: boolean) {
  const form = (await (await request.get('/api/v1/public/signals/form')).json()) as { formToken: string };
  const res = await request.post('/api/v1/public/signals', {
    data: { description, categorySlug: 'jeugdoverlast', location: { lat: 51.8133, lon: 4.669 }, formToken: form.formToken },
  });
  assert.equal(res.status(), 201, await res.text());
  const r = (await res.json()) as { id: string; number: string; trackingToken: string };
  if (withPhoto) {
    const jpeg = await sharp({ create: { width: 80, height: 60, channels: 3, background: { r: 200, g: 40, b: 40 } } })
      .jpeg()
      .toBuffer();
    const up = await request.post(`/api/v1/public/signals/track/${r.trackingToken}/photos`, {
      multipart: { photo: { name: 'bushokje.jpg', mimeType: 'image/jpeg', buffer: jpeg } },
    });
    assert.equal(up.status(), 201, await up.text());
  }
  return r;
}

/** The organisation, its account, a mission it takes part in, and two reports of which one is forwarded. */
async function prepare(request: APIRequestContext): Promise<void> {
  await createStaffUser(request, 'partner', PARTNER.email, PARTNER.password, 'Wijkagent Noord');
  const mine = await residentReport(request, 'Jongeren slopen elke avond het bushokje bij het Statenplein', true);
  const other = await residentReport(request, 'Groep jongeren met scooters op het schoolplein', false);
  const wrong = await residentReport(request, 'Lekkende dakgoot bij de portiekflat aan de Vrieseweg', false);
  const csrf = await adminCsrf(request);
  const headers = { 'x-csrf-token': csrf };
  const users = (await (await request.get('/api/v1/users')).json()) as { users: { id: string; email: string }[] };
  const partnerUser = users.users.find((u) => u.email === PARTNER.email);
  assert.ok(partnerUser, 'the partner account exists');
  const org = await request.post('/api/v1/partners', { data: { name: ORGANISATION, kind: 'police' }, headers });
  assert.equal(org.status(), 201, await org.text());
  const orgId = ((await org.json()) as { id: string }).id;
  const member = await request.post(`/api/v1/partners/${orgId}/members`, { data: { userId: partnerUser.id }, headers });
  assert.equal(member.status(), 204, await member.text());
  const ring = [
    [4.66, 51.81],
    [4.68, 51.81],
    [4.68, 51.82],
    [4.66, 51.82],
    [4.66, 51.81],
  ];
  const mission = await request.post('/api/v1/missions', {
    data: { title: MISSION, scope: { kind: 'polygon', geometry: { type: 'Polygon', coordinates: [ring] } }, priority: 'high' },
    headers,
  });
  assert.equal(mission.status(), 201, await mission.text());
  const missionId = ((await mission.json()) as { id: string }).id;
  const joined = await request.post(`/api/v1/missions/${missionId}/participants`, { data: { kind: 'partner', partnerId: orgId }, headers });
  assert.equal(joined.status(), 201, await joined.text());
  const forwarded = await request.patch(`/api/v1/signals/${mine.id}`, { data: { partner: ORGANISATION }, headers });
  assert.equal(forwarded.status(), 200, await forwarded.text());
  const misrouted = await request.patch(`/api/v1/signals/${wrong.id}`, { data: { partner: ORGANISATION }, headers });
  assert.equal(misrouted.status(), 200, await misrouted.text());
  await request.delete('/api/v1/session', { headers });
  Object.assign(setup, { mine, other, wrong, missionId });
}

before(async () => {
  browser = await launchBrowser();
  // no demo content (only this test's reports); reports may be sent at once (no minimum form time)
  server = await startServer({ env: { STADSVEILIG_DEMO: 'off', STADSVEILIG_SIGNAL_INTAKE_MIN_SECONDS: '0' } });
  const context = await newTestContext(browser, server.baseUrl);
  await prepare(context.request);
  await context.close();
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

describe('a partner handles a forwarded report in Chromium (phone)', { timeout: 300_000 }, () => {
  it('lands on its inbox, handles the report with its photo, and opens its mission; the coordinator reads the note', async () => {
    const mine = setup.mine!;
    const context = await newTestContext(browser, server.baseUrl, PHONE);
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto('/');
    await page.getByLabel(/e-mailadres/i).fill(PARTNER.email);
    await page.getByLabel(/^wachtwoord$/i).fill(PARTNER.password);
    await page.getByRole('button', { name: /^inloggen$/i }).click();

    // Home is the inbox of forwarded reports: only the forwarded one.
    await page.getByRole('heading', { level: 1, name: 'Doorgestuurde meldingen' }).waitFor();
    await page.locator(`tr[data-number="${mine.number}"]`).waitFor();
    assert.equal(await page.locator(`tr[data-number="${setup.other!.number}"]`).count(), 0, 'a report not forwarded is absent');
    assert.equal(await page.locator('tbody tr[data-number]').count(), 2, 'the two forwarded reports');
    assert.ok((await overflow(page)) <= 1, 'no sideways scrolling at phone width');
    // The navigation offers only what a partner can use.
    const modules = await page.locator('#main-nav a[data-module]').evaluateAll((as) => as.map((a) => a.getAttribute('data-module')));
    // Casussen: a partner account is assigned to PGA cases (only those; none here).
    assert.deepEqual(modules, ['meldingen', 'beleving', 'opgaven', 'netwerk', 'casussen']);
    assert.equal(await page.getByText('Geen toegang', { exact: false }).count(), 0);
    assert.equal(await page.getByRole('button', { name: 'Mijn meldingen' }).count(), 0, 'no assignment filters for a partner');

    // The report with its photo; the partner marks it handled and writes to the municipality.
    await page.locator(`tr[data-number="${mine.number}"] a`).first().click();
    await page.getByRole('heading', { level: 1, name: new RegExp(mine.number) }).waitFor();
    const photo = page.locator('.photo-grid img').first();
    await photo.scrollIntoViewIfNeeded();
    await page.waitForFunction(() => {
      const img = (
        globalThis as unknown as { document: { querySelector(s: string): { complete: boolean; naturalWidth: number } | null } }
      ).document.querySelector('.photo-grid img');
      return Boolean(img?.complete && img.naturalWidth > 0);
    });
    const bar = page.getByRole('toolbar', { name: 'Acties' });
    const panel = page.locator('#action-panel');
    assert.equal(await bar.getByRole('button', { name: 'Toewijzen / doorsturen' }).count(), 0, 'routing stays with the municipality');
    await bar.getByRole('button', { name: 'Teruggeven aan de gemeente' }).waitFor();
    await bar.getByRole('button', { name: 'Status wijzigen' }).click();
    await panel.getByLabel('Nieuwe status').selectOption('done');
    await panel.getByLabel(/Toelichting voor de melder/).fill(HANDLED);
    await panel.getByRole('button', { name: /status wijzigen/i }).click();
    await page.locator('.staff-history').getByText(HANDLED).first().waitFor();
    await bar.getByRole('button', { name: 'Bericht aan de gemeente' }).click();
    await panel.getByLabel('Notitie', { exact: true }).fill(MESSAGE);
    await panel.getByRole('button', { name: 'Notitie toevoegen' }).click();
    await page.locator('.staff-history').getByText(MESSAGE).waitFor();

    // A report that is not the organisation's goes back to the municipality with a reason.
    await page.goto(`/meldingen/${setup.wrong!.number}`);
    await bar.getByRole('button', { name: 'Teruggeven aan de gemeente' }).click();
    await panel.getByLabel('Reden').fill('Geen taak van de politie: dit is onderhoud');
    await page.getByRole('button', { name: 'Teruggeven', exact: true }).click();
    await page.getByRole('status').getByText(`Melding ${setup.wrong!.number} is teruggegeven aan de gemeente.`).waitFor();
    await page.getByRole('button', { name: 'Terug naar meldingen' }).click();
    // The list shows open reports (the handled one is closed now): the one handed back is gone.
    await page.getByRole('heading', { level: 1, name: 'Doorgestuurde meldingen' }).waitFor();
    await page.locator('#results-title').filter({ hasText: /\d/ }).waitFor();
    assert.equal(await page.locator(`tr[data-number="${setup.wrong!.number}"]`).count(), 0, 'handed back: no longer in the list');

    // The missions the organisation takes part in.
    await page.goto('/opgaven');
    await page.getByRole('heading', { level: 1, name: 'Opgaven waaraan u meewerkt' }).waitFor();
    await page.getByRole('link', { name: MISSION }).click();
    await page.getByRole('heading', { level: 1, name: MISSION }).waitFor();
    for (const tab of ['Doelen', 'Maatregelen', 'Deelnemers', 'Logboek']) {
      await page.getByRole('tab', { name: new RegExp(`^${tab}`) }).click();
      await page.locator('[role="tabpanel"]').waitFor();
    }
    await page.getByRole('tab', { name: /^Deelnemers/ }).click();
    await page.locator('[role="tabpanel"]').getByText(ORGANISATION).first().waitFor();
    assert.equal(await page.getByRole('tab', { name: /^Effect/ }).count(), 0, 'only the tabs a partner may read');
    // Analysis and Beheer are not the partner's: those paths show its inbox.
    await page.goto('/analyse');
    await page.getByRole('heading', { level: 1, name: 'Doorgestuurde meldingen' }).waitFor();
    assert.deepEqual(errors, []);
    await context.close();

    // The coordinator reads the partner's status text and message in the history.
    const staff = await newTestContext(browser, server.baseUrl);
    const desk = await staff.newPage();
    await desk.goto('/');
    await desk.getByLabel(/e-mailadres/i).fill(ADMIN_EMAIL);
    await desk.getByLabel(/^wachtwoord$/i).fill(ADMIN_PASSWORD);
    await desk.getByRole('button', { name: /^inloggen$/i }).click();
    await desk.getByRole('navigation', { name: 'Modules' }).waitFor();
    await desk.goto(`/meldingen/${mine.number}`);
    const history = desk.locator('.staff-history');
    await history.getByText(HANDLED).waitFor();
    await history.getByText(MESSAGE).waitFor();
    await desk.goto(`/meldingen/${setup.wrong!.number}`);
    await desk.locator('.staff-history').getByText('Geen taak van de politie: dit is onderhoud', { exact: false }).waitFor();
    await staff.close();
  });
});
