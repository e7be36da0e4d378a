/**
 * Browser test of Netwerk → Doelgroepen: through the API the admin makes a coordinator and the
 * partner "GGD Zuid-Holland Zuid", and a resident reports youth nuisance twice in one buurt. The
 * coordinator opens Netwerk → Doelgroepen, finds the six default groups, edits "Personen met verward
 * gedrag" (adds a programme and the partner, keyboard only for the checkbox), then picks the wijk of
 * the reports and finds its indicators: the two reports are a small number, shown as "klein aantal"
 * with the explanation. Finally the page fits a 375 px phone. Screenshots: `netwerk-doelgroepen-cijfers`,
 * `netwerk-doelgroepen-telefoon`.
 * Run: node --import tsx --test test/e2e/target-groups.test.ts   (see test/e2e/README.md)
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { APIRequestContext, Browser } from 'playwright-core';
import { newTestContext, screenshot, watchErrors } from './support/app-page.ts';
import { launchBrowser } from './support/browser.ts';
import type { BrowserGlobals } from './support/browser-globals.ts';
import { createStaffUser, logInAs } from './support/missions-steps.ts';
import { ADMIN_EMAIL, ADMIN_PASSWORD, startServer, type RunningServer } from './support/server.ts';

let server: RunningServer;
let browser: Browser;
const COORD = { email: 'wijkregisseur@example.test', password: 'wijk-Correct-Horse-42', name: 'Wies Wijkregisseur' };
const PARTNER = 'GGD Zuid-Holland Zuid';
const PLACE = { lat: 51.8133, lon: 4.669 };
const GROUPS = [
  'Kwetsbare ouderen',
  'Personen met verward gedrag',
  'Licht-verstandelijke beperking (LVB)',
  '(Relationeel) geweld en huiselijk geweld',
  'Ex-gedetineerden in nazorg',
  'Jeugd en jeugdgroepen',
];

before(async () => {
  browser = await launchBrowser();
  server = await startServer({ env: { STADSVEILIG_SIGNAL_INTAKE_MIN_SECONDS: '0', STADSVEILIG_DEMO: 'off' } });
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

async function publicReport(request: APIRequestContext, description: string): Promise<void> {
  const { formToken } = (await (await request.get('/api/v1/public/signals/form')).json()) as { formToken: string };
  const res = await request.post('/api/v1/public/signals', {
    data: { description, location: PLACE, categorySlug: 'jeugdoverlast', formToken },
  });
  assert.equal(res.status(), 201, await res.text());
}

/** The coordinator, the partner and two reports; returns the name of the wijk the reports lie in. */
async function prepare(request: APIRequestContext): Promise<string> {
  await createStaffUser(request, 'coordinator', COORD.email, COORD.password, COORD.name);
  const session = await request.post('/api/v1/session', { data: { email: ADMIN_EMAIL, password: ADMIN_PASSWORD } });
  const headers = { 'x-csrf-token': ((await session.json()) as { csrfToken: string }).csrfToken };
  const partner = await request.post('/api/v1/partners', { data: { name: PARTNER, kind: 'care-provider' }, headers });
  assert.equal(partner.status(), 201, await partner.text());
  await request.delete('/api/v1/session', { headers });
  await publicReport(request, 'Groep jongeren bij het speelveld, harde muziek en vuurwerk');
  await publicReport(request, 'Weer jongeren met scooters op het plein tot laat');
  const located = await request.get(`/api/v1/areas/locate?lat=${PLACE.lat}&lon=${PLACE.lon}`);
  assert.equal(located.status(), 200, await located.text());
  const body = (await located.json()) as { wijk?: { name: string } | null };
  assert.ok(body.wijk?.name, `the reports lie in a wijk: ${JSON.stringify(body)}`);
  return body.wijk.name;
}

describe('Netwerk → Doelgroepen in Chromium', { timeout: 300_000 }, () => {
  it('a coordinator sees the six groups, edits one and reads the indicators of a wijk', async () => {
    const context = await newTestContext(browser, server.baseUrl);
    const wijkName = await prepare(context.request);
    const page = await context.newPage();
    const errors = watchErrors(page);
    await logInAs(page, COORD.email, COORD.password);

    await page.getByRole('navigation', { name: 'Modules' }).getByRole('link', { name: 'Netwerk' }).click();
    await page.getByRole('navigation', { name: 'Onderdelen van Netwerk' }).getByRole('link', { name: 'Doelgroepen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Doelgroepen' }).waitFor();
    assert.match(page.url(), /\/netwerk\/doelgroepen$/);
    const list = page.locator('.target-group-list');
    await list.getByRole('heading', { level: 2, name: GROUPS[0] }).waitFor();
    const names = await list.getByRole('heading', { level: 2 }).allTextContents();
    assert.deepEqual(
      names.map((n) => n.replace(/standaard$/, '').trim()),
      GROUPS,
    );

    await page.getByRole('button', { name: 'Bewerken: Personen met verward gedrag' }).click();
    const form = page.getByRole('form', { name: 'Personen met verward gedrag bewerken' });
    await form.getByRole('button', { name: 'Programma toevoegen' }).click();
    await form.getByLabel('Naam van het programma').fill('Zorg- en Veiligheidshuis');
    await form.getByLabel('Wat het programma doet').fill('Casusoverleg bij zorg en veiligheid');
    const partnerBox = form.getByRole('checkbox', { name: PARTNER });
    await partnerBox.focus();
    await page.keyboard.press('Space');
    assert.equal(await partnerBox.isChecked(), true, 'a checkbox is ticked with the keyboard');
    assert.equal(
      await form.getByRole('checkbox', { name: /Persoon met verward gedrag/ }).isChecked(),
      true,
      'the default mapping is shown',
    );
    await form.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByRole('status').filter({ hasText: 'Doelgroep opgeslagen.' }).waitFor();
    const card = page.locator('.target-group', { has: page.getByRole('heading', { name: 'Personen met verward gedrag' }) });
    await card.getByText('Zorg- en Veiligheidshuis').waitFor();
    await card.getByText(PARTNER).waitFor();

    await page.getByLabel('Gebied', { exact: true }).selectOption({ label: wijkName });
    await page.getByRole('button', { name: 'Tonen' }).click();
    const youth = page.getByRole('table', { name: 'Jeugd en jeugdgroepen' });
    await youth.getByRole('rowheader', { name: `${wijkName} (totaal)` }).waitFor();
    const total = youth.getByRole('row').filter({ has: page.getByRole('rowheader', { name: `${wijkName} (totaal)` }) });
    assert.equal(await total.locator('.small-number').first().textContent(), 'klein aantal', 'two reports are a small number');
    await page.getByText(/“Klein aantal” betekent 1 tot 4/).waitFor();
    const lvb = page.locator('.indicator-group', { has: page.getByRole('heading', { level: 3, name: GROUPS[2] }) });
    await lvb.getByText('Deze doelgroep heeft geen indicator.').waitFor();
    assert.deepEqual(errors, []);
    await youth.scrollIntoViewIfNeeded();
    await screenshot(page, 'netwerk-doelgroepen-cijfers');

    await page.setViewportSize({ width: 375, height: 800 });
    const overflow = await page.evaluate(() => {
      const w = globalThis as unknown as BrowserGlobals;
      return w.document.documentElement.scrollWidth - w.innerWidth;
    });
    assert.ok(overflow <= 1, `the page fits a 375 px phone (overflow ${overflow} px)`);
    await page.getByRole('heading', { level: 1, name: 'Doelgroepen' }).scrollIntoViewIfNeeded();
    await screenshot(page, 'netwerk-doelgroepen-telefoon');
    await context.close();
  });
});
