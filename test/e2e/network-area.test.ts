/**
 * Browser test of the network of an area (Netwerk → overview → a wijk) for a wijkregisseur
 * (coordinator). Through the API the admin registers a partner organisation working in Binnenstad
 * with an agreement, a mission in its buurt Nieuwe Haven, a youth group there with an assessment,
 * and a resident registers an initiative there. The coordinator opens Netwerk, finds the wijken
 * with their counts per section (the wijk links reachable with Tab), picks Binnenstad with the
 * keyboard, sees on one page its partners, agreements, missions, initiatives, youth groups and the
 * target groups with their indicators, opens the network map (optional: everything on it is in the lists), finds a buurt by
 * name through the search, opens the wijkgesprek report with its "Netwerk in de wijk" and the
 * wijk's safety profile with its network part. On a phone the area page does not scroll sideways.
 * Run: node scripts/run-tests.mjs test/e2e/network-area.test.ts   (see test/e2e/README.md)
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
const COORDINATOR = { email: 'wijkregisseur@example.test', password: 'regisseur-Correct-Horse-42' };
const MISSION = 'Overlast rond de Nieuwe Haven';
const ORGANISATION = 'Woonbron Binnenstad';
const BINNENSTAD = 'WK050501';
const AGREEMENT = 'Convenant Veilige Binnenstad';
const INITIATIVE = 'Buurtpreventie Nieuwe Haven';
const YOUTH_GROUP = 'Groep Kade';

/** The partner organisation (working in Binnenstad) and a mission in its buurt Nieuwe Haven, through the admin API. */
async function prepare(request: APIRequestContext): Promise<void> {
  await createStaffUser(request, 'coordinator', COORDINATOR.email, COORDINATOR.password, 'Wijkregisseur Binnenstad');
  const session = await request.post('/api/v1/session', { data: { email: ADMIN_EMAIL, password: ADMIN_PASSWORD } });
  assert.equal(session.status(), 200, await session.text());
  const headers = { 'x-csrf-token': ((await session.json()) as { csrfToken: string }).csrfToken };
  const org = await request.post('/api/v1/partners', {
    data: { name: ORGANISATION, kind: 'housing-corporation', areaCodes: [BINNENSTAD] },
    headers,
  });
  assert.equal(org.status(), 201, await org.text());
  const mission = await request.post('/api/v1/missions', {
    data: { title: MISSION, scope: { kind: 'buurten', year: 2024, codes: ['BU05050100'] } },
    headers,
  });
  assert.equal(mission.status(), 201, await mission.text());
  const orgId = ((await org.json()) as { id: string }).id;
  const agreement = await request.post(`/api/v1/partners/${orgId}/agreements`, {
    data: { kind: 'convenant', title: AGREEMENT, startsOn: '2025-01-01', areaCodes: [BINNENSTAD] },
    headers,
  });
  assert.equal(agreement.status(), 201, await agreement.text());
  const group = await request.post('/api/v1/youth-groups', {
    data: { name: YOUTH_GROUP, areaCode: 'BU05050100', description: 'Hangt ’s avonds rond aan de kade.' },
    headers,
  });
  assert.equal(group.status(), 201, await group.text());
  const groupId = ((await group.json()) as { id: string }).id;
  const assessed = await request.post(`/api/v1/youth-groups/${groupId}/assessments`, {
    data: { assessedOn: '2026-11-01', answers: { rondhangen: 2, intimideren: 2 } },
    headers,
  });
  assert.equal(assessed.status(), 201, await assessed.text());
  await request.delete('/api/v1/session', { headers });
  // A resident registers an initiative (no account).
  const initiative = await request.post('/api/v1/initiatives', {
    data: {
      kind: 'buurtpreventie',
      title: INITIATIVE,
      description: 'Wij lopen op vrijdagavond een ronde langs de haven.',
      buurtCode: 'BU05050100',
      supportAsked: ['materials'],
      contact: { name: 'Bewoner Haven', email: 'haven@example.test' },
      consent: { contact: true, publish: false },
    },
  });
  assert.equal(initiative.status(), 201, await initiative.text());
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

describe('a wijkregisseur reads the network of a wijk in Chromium', { timeout: 300_000 }, () => {
  it('opens Netwerk, picks a wijk with the keyboard, sees every section and the map, and opens the wijkgesprek report', async () => {
    const context = await newTestContext(browser, server.baseUrl);
    const page = await context.newPage();
    const errors = watchErrors(page);
    await logInAs(page, COORDINATOR.email, COORDINATOR.password);
    await page.locator('#main-nav a[data-module="netwerk"]').click();
    await page.getByRole('heading', { level: 1, name: 'Netwerk' }).waitFor();

    // Every wijk with its counts per section the coordinator may see.
    const table = page.getByTestId('network-wijken');
    await table.waitFor();
    assert.equal(await table.locator('tbody tr').count(), 13, 'the 13 wijken of Dordrecht');
    const headings = await table.locator('thead th').allTextContents();
    assert.ok(headings.includes('Opgaven'), headings.join(', '));
    const binnenstad = table.locator('tbody tr').filter({ hasText: 'Wijk 01 Binnenstad' });
    assert.equal(
      await binnenstad
        .locator('td')
        .nth(headings.indexOf('Opgaven') - 1)
        .textContent(),
      '1',
    );

    // Keyboard: Tab reaches the wijk link, Enter opens it.
    await page.getByLabel('Zoek een wijk of buurt').focus();
    let reached = false;
    for (let i = 0; i < 20 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached =
        (await page.evaluate(
          () =>
            (globalThis as unknown as { document: { activeElement: { textContent: string } | null } }).document.activeElement?.textContent,
        )) === 'Wijk 01 Binnenstad';
    }
    assert.ok(reached, 'the wijk link is reachable with Tab');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Wijk 01 Binnenstad' }).waitFor();
    assert.match(page.url(), /\/netwerk\/gebied\/WK050501$/);

    // One page: partners, agreements, initiatives, youth groups and target groups beside the missions.
    await page.getByTestId('network-section-partners').getByRole('link', { name: ORGANISATION }).waitFor();
    await page.getByTestId('network-section-agreements').getByText(AGREEMENT).waitFor();
    await page.getByTestId('network-section-initiatives').getByRole('link', { name: INITIATIVE }).waitFor();
    const groups = page.getByTestId('network-section-youthGroups');
    await groups.getByRole('link', { name: YOUTH_GROUP }).waitFor();
    await groups
      .getByText(/overlastgevend/i)
      .first()
      .waitFor();
    const targets = page.getByTestId('network-section-targetGroups');
    await targets.getByText('Personen met verward gedrag').waitFor();
    await targets.getByText('(Relationeel) geweld en huiselijk geweld').waitFor();
    const missions = page.getByTestId('network-section-missions');
    await missions.getByRole('heading', { name: /Opgaven \(1\)/ }).waitFor();
    const link = missions.getByRole('link', { name: MISSION });
    assert.match((await link.getAttribute('href')) ?? '', /^\/opgaven\/[0-9a-f-]{36}$/);
    await missions.getByText('opgave', { exact: true }).waitFor();

    // The network map is optional: a button shows it, the lists hold everything.
    await page.getByRole('button', { name: 'Toon netwerkkaart' }).click();
    await page.getByRole('region', { name: /Netwerkkaart/ }).waitFor();
    await page.getByRole('button', { name: 'Verberg netwerkkaart' }).click();

    // The wijkgesprek report of the wijk carries its network.
    const report = page.getByTestId('network-report');
    assert.equal(await report.getAttribute('href'), `/api/v1/areas/${BINNENSTAD}/report.html`);
    const html = await context.request.get(`/api/v1/areas/${BINNENSTAD}/report.html`);
    assert.equal(html.status(), 200);
    const body = await html.text();
    assert.match(body, /<h2>Netwerk in de wijk<\/h2>/);
    for (const name of [MISSION, ORGANISATION, AGREEMENT, INITIATIVE, YOUTH_GROUP, 'Personen met verward gedrag']) {
      assert.ok(body.includes(name), `${name} is in the wijkgesprek report`);
    }

    // The safety profile of the wijk shows its network briefly and links back to the whole of it.
    await page.getByRole('link', { name: 'Veiligheidsprofiel' }).click();
    const panel = page.getByTestId('area-network-panel');
    await panel.getByRole('heading', { name: 'Netwerk in de wijk' }).waitFor();
    await panel.getByRole('link', { name: MISSION }).waitFor();
    await panel.getByTestId('area-network-link').click();
    await page.getByRole('heading', { level: 1, name: 'Wijk 01 Binnenstad' }).waitFor();

    // Back on the overview, a buurt found by its name opens its own network page.
    await page.getByRole('link', { name: 'Terug naar het overzicht' }).click();
    await page.getByLabel('Zoek een wijk of buurt').fill('Nieuwe Haven');
    await page.getByRole('button', { name: 'Toon netwerk' }).click();
    await page.getByRole('heading', { level: 1, name: 'Nieuwe Haven en omgeving' }).waitFor();
    await page.getByTestId('network-section-missions').getByRole('link', { name: MISSION }).waitFor();
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('fits a phone: the area page does not scroll sideways', async () => {
    const context = await newTestContext(browser, server.baseUrl, PHONE);
    const page = await context.newPage();
    // On a phone the module navigation sits behind the menu button: log in and wait for the home page.
    await page.goto('/');
    await page.getByLabel(/e-mailadres/i).fill(COORDINATOR.email);
    await page.getByLabel(/^wachtwoord$/i).fill(COORDINATOR.password);
    const loggedIn = page.waitForResponse((r) => r.url().endsWith('/api/v1/session') && r.request().method() === 'POST');
    await page.getByRole('button', { name: /^inloggen$/i }).click();
    assert.equal((await loggedIn).status(), 200);
    await page.goto(`/netwerk/gebied/${BINNENSTAD}`);
    await page.getByRole('heading', { level: 1, name: 'Wijk 01 Binnenstad' }).waitFor();
    await page.getByTestId('network-section-missions').waitFor();
    assert.ok((await overflow(page)) <= 1, 'no sideways scrolling at phone width');
    await page.goto('/netwerk');
    await page.getByTestId('network-wijken').waitFor();
    assert.ok((await overflow(page)) <= 1, 'the overview fits a phone');
    await context.close();
  });
});
