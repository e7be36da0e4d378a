/**
 * Browser test of assigning and forwarding reports (desktop): a coordinator assigns a report to a
 * colleague chosen from the list, forwards another to a partner chosen from the list, and sends a
 * note to the reporter starting from a standard text; the colleague finds the report under "Mijn
 * meldingen", and the reporter's e-mail arrives at a local SMTP capture.
 * Run: node --import tsx --test test/e2e/signal-assign.test.ts   (see test/e2e/README.md)
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { APIRequestContext, Browser } from 'playwright-core';
import { newTestContext, watchErrors } from './support/app-page.ts';
import { launchBrowser } from './support/browser.ts';
import { createStaffUser, logInAs } from './support/missions-steps.ts';
import { ADMIN_EMAIL, ADMIN_PASSWORD, startServer, type RunningServer } from './support/server.ts';
import { startSmtpCapture, type SmtpCapture } from './support/smtp-capture.ts';

let server: RunningServer;
let browser: Browser;
let smtp: SmtpCapture;
const REPORTER = 'melder@example.test';
const COORD = { email: 'cora@example.test', password: 'cora-Correct-Horse-42', name: 'Cora Coördinator' };
const WORKER = { email: 'jan@example.test', password: 'jan-Correct-Horse-42', name: 'Jan de Vries' };
const PARTNER = 'Woonbron Dordrecht';
const reports: { assigned?: string; forwarded?: string } = {};

before(async () => {
  browser = await launchBrowser();
  smtp = await startSmtpCapture();
  server = await startServer({
    env: {
      STADSVEILIG_SMTP_URL: smtp.url,
      STADSVEILIG_MAIL_FROM: 'Gemeente Dordrecht <meldingen@example.test>',
      STADSVEILIG_SIGNAL_INTAKE_MIN_SECONDS: '0',
      STADSVEILIG_DEMO: 'off',
    },
    publicUrl: true,
  });
});

after(async () => {
  await browser?.close();
  await server?.stop();
  await smtp?.stop();
});

/** A resident's report through the public API, with an e-mail address and consent to updates. */
async function publicReport(request: APIRequestContext, description: string): Promise<string> {
  const { formToken } = (await (await request.get('/api/v1/public/signals/form')).json()) as { formToken: string };
  const res = await request.post('/api/v1/public/signals', {
    data: {
      description,
      location: { lat: 51.8133, lon: 4.669 },
      categorySlug: 'afval-dumping',
      email: REPORTER,
      contactConsent: true,
      formToken,
    },
  });
  assert.equal(res.status(), 201, await res.text());
  return ((await res.json()) as { number: string }).number;
}

/** Accounts, a partner organisation and a standard text for the category, through the admin API. */
async function prepare(request: APIRequestContext): Promise<void> {
  await createStaffUser(request, 'coordinator', COORD.email, COORD.password, COORD.name);
  await createStaffUser(request, 'caseworker', WORKER.email, WORKER.password, WORKER.name);
  const session = await request.post('/api/v1/session', { data: { email: ADMIN_EMAIL, password: ADMIN_PASSWORD } });
  const headers = { 'x-csrf-token': ((await session.json()) as { csrfToken: string }).csrfToken };
  const partner = await request.post('/api/v1/partners', { data: { name: PARTNER, kind: 'housing-corporation' }, headers });
  assert.equal(partner.status(), 201, await partner.text());
  const text = await request.put('/api/v1/signal-templates/accepted?categorySlug=afval-dumping', {
    data: { subject: 'Melding {{number}} opgepakt', body: 'Wij halen het afval bij melding {{number}} deze week op.' },
    headers,
  });
  assert.equal(text.status(), 200, await text.text());
  await request.delete('/api/v1/session', { headers });
  reports.assigned = await publicReport(request, 'Vuilniszakken naast de container aan de Voorstraat');
  reports.forwarded = await publicReport(request, 'Grofvuil in de portiek van de flat aan de Krispijnseweg');
}

describe('assigning and forwarding reports in Chromium', { timeout: 300_000 }, () => {
  it('a coordinator assigns to a colleague and forwards to a partner from the lists, and writes to the reporter', async () => {
    const context = await newTestContext(browser, server.baseUrl);
    await prepare(context.request);
    const page = await context.newPage();
    const errors = watchErrors(page);
    await logInAs(page, COORD.email, COORD.password);

    await page.goto(`/meldingen/${reports.assigned}`);
    await page.getByRole('heading', { level: 1, name: `Melding ${reports.assigned}` }).waitFor();
    // The forms open from the detail page's action bar, one at a time.
    const bar = page.getByRole('toolbar', { name: 'Acties' });
    await bar.getByRole('button', { name: 'Toewijzen / doorsturen' }).click();
    await page.getByLabel('Behandelaar').selectOption({ label: WORKER.name });
    await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
    await page.locator('.staff-history li[data-kind="assign"]', { hasText: `toegewezen aan ${WORKER.name}` }).waitFor();

    await bar.getByRole('button', { name: 'Notitie of bericht aan melder' }).click();
    const noteForm = page.getByRole('form', { name: 'Notitie toevoegen' });
    const picker = noteForm.getByLabel('Standaardtekst');
    await picker.selectOption({ label: `In behandeling genomen — Afval en dumping: Melding {{number}} opgepakt` });
    const note = page.locator('#note-text');
    assert.equal(await note.inputValue(), `Wij halen het afval bij melding ${reports.assigned} deze week op.`);
    await note.fill(`${await note.inputValue()} Dank voor uw melding.`);
    await noteForm.getByLabel('Ook de melder (volgpagina) en de partner').check();
    await page.getByRole('button', { name: 'Notitie toevoegen' }).click();
    await page.locator('.staff-history li[data-kind="note"]', { hasText: 'Dank voor uw melding.' }).waitFor();

    await page.goto(`/meldingen/${reports.forwarded}`);
    await page.getByRole('heading', { level: 1, name: `Melding ${reports.forwarded}` }).waitFor();
    await bar.getByRole('button', { name: 'Toewijzen / doorsturen' }).click();
    await page.getByLabel('Partner', { exact: true }).selectOption({ label: PARTNER });
    await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
    await page.locator('.staff-history li[data-kind="routed"]', { hasText: `doorgestuurd naar ${PARTNER}` }).waitFor();
    assert.deepEqual(errors, []);
    await context.close();

    const mail = await smtp.waitFor((m) => m.to.includes(REPORTER) && m.subject.includes('Nieuw bericht'));
    assert.equal(mail.subject, `Nieuw bericht over uw melding ${reports.assigned}`);
    assert.match(mail.text, /deze week op\. Dank voor uw melding\./);
    assert.match(mail.text, /\/meldingen\/volgen\//, 'the reporter’s own tracking link');
  });

  it('the colleague finds the report under "Mijn meldingen"', async () => {
    const context = await newTestContext(browser, server.baseUrl);
    const page = await context.newPage();
    const errors = watchErrors(page);
    await logInAs(page, WORKER.email, WORKER.password);
    await page.getByRole('navigation', { name: 'Modules' }).getByRole('link', { name: 'Meldingen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Meldingen' }).waitFor();
    const mine = page.getByRole('button', { name: 'Mijn meldingen' });
    await page.getByRole('heading', { name: '2 meldingen' }).waitFor();
    await mine.click();
    assert.equal(await mine.getAttribute('aria-pressed'), 'true');
    await page.getByRole('heading', { name: '1 melding', exact: true }).waitFor();
    await page.getByRole('link', { name: reports.assigned! }).waitFor();
    assert.equal(await page.getByRole('link', { name: reports.forwarded! }).count(), 0, 'only the report assigned to them');
    assert.match(page.url(), /assignee=me/);
    assert.deepEqual(errors, []);
    await context.close();
  });
});
