/**
 * Browser test of Netwerk → Partners. Through the API the admin registers "Woonbron Crabbehof" in
 * wijk 08 with a contact person and a partner account, and a partner in the Binnenstad. A
 * coordinator (wijkregisseur) adds a partner with its area, a contact person and an information
 * sharing covenant that ends in 30 days in the browser, sees the expiry warning, and finds the
 * partner under the wijk 08 filter (the Binnenstad one not). The partner account opens
 * /netwerk/partners on a phone and gets its own organisation's page with its contact person, read-only.
 * Run: node scripts/run-tests.mjs test/e2e/network-partners.test.ts   (see test/e2e/README.md)
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { APIRequestContext, Browser } from 'playwright-core';
import { newTestContext, screenshot, watchErrors } from './support/app-page.ts';
import { launchBrowser } from './support/browser.ts';
import { createStaffUser, logInAs } from './support/missions-steps.ts';
import { ADMIN_EMAIL, ADMIN_PASSWORD, type RunningServer, startServer } from './support/server.ts';
import { overflow, PHONE } from './support/signals-steps.ts';

let server: RunningServer;
let browser: Browser;
const COORDINATOR = { email: 'wijkregisseur@example.test', password: 'coordinator-Correct-Horse-42' };
const PARTNER = { email: 'consulent@example.test', password: 'partner-Correct-Horse-42' };
const OWN = 'Woonbron Crabbehof';
const ELSEWHERE = 'Ondernemers Binnenstad';
const NEW = 'Buurthuis De Mussen';
const WIJK08 = 'Wijk 08 Crabbehof/Zuidhoven';
const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);

async function prepare(request: APIRequestContext): Promise<void> {
  await createStaffUser(request, 'coordinator', COORDINATOR.email, COORDINATOR.password, 'Wijkregisseur Zuid');
  await createStaffUser(request, 'partner', PARTNER.email, PARTNER.password, 'Wijkconsulent');
  const session = await request.post('/api/v1/session', { data: { email: ADMIN_EMAIL, password: ADMIN_PASSWORD } });
  const headers = { 'x-csrf-token': ((await session.json()) as { csrfToken: string }).csrfToken };
  const users = (await (await request.get('/api/v1/users')).json()) as { users: { id: string; email: string }[] };
  const partnerUser = users.users.find((u) => u.email === PARTNER.email)!;
  const org = await request.post('/api/v1/partners', {
    data: { name: OWN, kind: 'housing-corporation', areaCodes: ['WK050508'], contactRole: 'wijkconsulent' },
    headers,
  });
  assert.equal(org.status(), 201, await org.text());
  const orgId = ((await org.json()) as { id: string }).id;
  const contact = await request.post(`/api/v1/partners/${orgId}/contacts`, {
    data: { name: 'M. Bakker', jobTitle: 'wijkconsulent', workEmail: 'm.bakker@woonbron.example' },
    headers,
  });
  assert.equal(contact.status(), 201, await contact.text());
  assert.equal((await request.post(`/api/v1/partners/${orgId}/members`, { data: { userId: partnerUser.id }, headers })).status(), 204);
  const other = await request.post('/api/v1/partners', {
    data: { name: ELSEWHERE, kind: 'business-association', areaCodes: ['WK050501'] },
    headers,
  });
  assert.equal(other.status(), 201, await other.text());
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

describe('Netwerk → Partners in Chromium', { timeout: 300_000 }, () => {
  it('a wijkregisseur adds a partner with a contact person and an agreement, and finds it under its wijk', async () => {
    const context = await newTestContext(browser, server.baseUrl);
    const page = await context.newPage();
    const errors = watchErrors(page);
    await logInAs(page, COORDINATOR.email, COORDINATOR.password);
    await page.goto('/netwerk/partners');
    await page.getByRole('heading', { level: 1, name: 'Partners' }).waitFor();
    await page.locator(`tr[data-partner="${OWN}"]`).waitFor();

    await page.locator('#partner-new-name').fill(NEW);
    await page.locator('#partner-new-kind').selectOption('residents-association');
    await page.locator('#partner-new-role').fill('beheerder buurthuis');
    await page.locator('#partner-new-areas').selectOption({ label: WIJK08 });
    await page.getByRole('button', { name: `${WIJK08} weghalen` }).waitFor();
    await page.getByRole('button', { name: 'Partner toevoegen' }).click();
    await page.getByRole('heading', { level: 1, name: NEW }).waitFor();
    await page.locator('.partner-facts').getByText(WIJK08).waitFor();

    await page.locator('.partner-add summary').getByText('Contactpersoon toevoegen').click();
    await page.locator('#contact-new-name').fill('J. de Graaf');
    await page.locator('#contact-new-job').fill('beheerder');
    await page.locator('#contact-new-email').fill('j.degraaf@buurthuis.example');
    await page.locator('#contact-new-phone').fill('078 765 43 21');
    await page.getByRole('button', { name: 'Contactpersoon toevoegen' }).click();
    await page.locator('li[data-contact="J. de Graaf"]').getByText('j.degraaf@buurthuis.example').waitFor();

    await page.locator('.partner-add summary').getByText('Afspraak toevoegen').click();
    await page.locator('#agreement-new-kind').selectOption('information-sharing');
    await page.locator('#agreement-new-title-field').fill('Convenant gegevensdeling Crabbehof');
    await page.locator('#agreement-new-basis').fill('art. 6 lid 1 sub e AVG');
    await page.locator('#agreement-new-start').fill(inDays(-100));
    await page.locator('#agreement-new-end').fill(inDays(30));
    await page.locator('.agreement-parties').getByLabel(OWN).check();
    await page.getByRole('button', { name: 'Afspraak toevoegen' }).click();
    const agreement = page.locator('li[data-agreement="Convenant gegevensdeling Crabbehof"]');
    await agreement.getByText('Verloopt over 30 dagen', { exact: false }).waitFor();
    await agreement.getByText(`${NEW}, ${OWN}`).waitFor();
    await page.locator('.partner-kind .badge').getByText('1 afspraak verloopt binnenkort').waitFor();
    await screenshot(page, 'netwerk-partner', { fullPage: true });

    await page.getByRole('link', { name: /Alle partners/ }).click();
    await page.locator('#partner-filter-area').selectOption({ label: WIJK08 });
    await page.getByRole('status').getByText('2 partners').waitFor();
    const row = page.locator(`tr[data-partner="${NEW}"]`);
    await row.getByText('1 afspraak verloopt binnenkort').waitFor();
    assert.equal(await page.locator(`tr[data-partner="${ELSEWHERE}"]`).count(), 0, 'a partner in another wijk is filtered out');
    await page.locator('#partner-filter-kind').selectOption('housing-corporation');
    await page.getByRole('status').getByText('1 partner').waitFor();
    await page.locator('#partner-filter-kind').selectOption('');
    await screenshot(page, 'netwerk-partners');
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('a partner account opens its organisation page on a phone, with its contact person and no forms', async () => {
    const context = await newTestContext(browser, server.baseUrl, PHONE);
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto('/netwerk/partners');
    await page.getByLabel(/e-mailadres/i).fill(PARTNER.email);
    await page.getByLabel(/^wachtwoord$/i).fill(PARTNER.password);
    const loggedIn = page.waitForResponse((r) => r.url().endsWith('/api/v1/session') && r.request().method() === 'POST');
    await page.getByRole('button', { name: /^inloggen$/i }).click();
    assert.equal((await loggedIn).status(), 200);
    await page.goto('/netwerk/partners');
    await page.getByRole('heading', { level: 1, name: OWN }).waitFor();
    await page.locator('li[data-contact="M. Bakker"]').getByText('m.bakker@woonbron.example').waitFor();
    await page
      .locator('li[data-agreement="Convenant gegevensdeling Crabbehof"]')
      .getByText('Verloopt over 30 dagen', { exact: false })
      .waitFor();
    await page.getByText('U ziet deze pagina alleen ter informatie.').waitFor();
    assert.equal(await page.locator('form').count(), 0, 'read-only: no forms');
    assert.ok((await overflow(page)) <= 1, 'no sideways scrolling at phone width');
    await screenshot(page, 'netwerk-partner-telefoon', { fullPage: true });
    assert.deepEqual(errors, []);
    await context.close();
  });
});
