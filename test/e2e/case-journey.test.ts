/**
 * The whole PGA journey of issue 15 in Chromium, one story on one server (with a local SMTP capture):
 * a procesregisseur opens a case for a partner's member and sets its plan (a goal and an
 * intervention); the partner member sees that case and not the procesregisseur's other case; a
 * caseworker who is not assigned is refused, then opens it with break-glass and a reason (read-only);
 * the procesregisseur and the privacy officer get a mail that names the case, not the person; the
 * privacy officer finds the opening in the review list; the procesregisseur downloads the subject
 * access export (JSON with the person, the plan and the opening; and the PDF).
 * Run: node scripts/run-tests.mjs test/e2e/case-journey.test.ts   (see test/e2e/README.md)
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { after, before, describe, it } from 'node:test';
import type { APIRequestContext, Browser, Page } from 'playwright-core';
import { newTestContext, watchErrors } from './support/app-page.ts';
import { launchBrowser } from './support/browser.ts';
import { createStaffUser, logInAs } from './support/missions-steps.ts';
import { ADMIN_EMAIL, ADMIN_PASSWORD, startServer, type RunningServer } from './support/server.ts';
import { startSmtpCapture, type SmtpCapture } from './support/smtp-capture.ts';

let server: RunningServer;
let browser: Browser;
let smtp: SmtpCapture;
const pw = (who: string) => `${who}-Correct-Horse-42`;
const DIRECTOR = { email: 'regisseur@example.test', password: pw('regisseur'), name: 'Petra Procesregie' };
const PARTNER = { email: 'reclassering@example.test', password: pw('reclassering'), name: 'Rik Reclassering' };
const THIRD = { email: 'nachtdienst@example.test', password: pw('nachtdienst'), name: 'Nina Nachtdienst' };
const PRIVACY = { email: 'fg@example.test', password: pw('fg'), name: 'Frits Functionaris' };
const PERSON = 'Bram Fictief';
const OTHER_PERSON = 'Olaf Anderszins';
const GOAL = 'Vaste woonplek binnen drie maanden';
const INTERVENTION = 'Aanmelding bij de woningcorporatie';
const REASON = 'Melding van acuut gevaar in de nacht; de procesregisseur is niet bereikbaar.';

/** The admin makes the four accounts and links the partner account to its organisation. */
async function prepareAccounts(request: APIRequestContext): Promise<void> {
  await createStaffUser(request, 'caseworker', DIRECTOR.email, DIRECTOR.password, DIRECTOR.name);
  await createStaffUser(request, 'partner', PARTNER.email, PARTNER.password, PARTNER.name);
  await createStaffUser(request, 'caseworker', THIRD.email, THIRD.password, THIRD.name);
  await createStaffUser(request, 'privacy', PRIVACY.email, PRIVACY.password, PRIVACY.name);
  const session = await request.post('/api/v1/session', { data: { email: ADMIN_EMAIL, password: ADMIN_PASSWORD } });
  const headers = { 'x-csrf-token': ((await session.json()) as { csrfToken: string }).csrfToken };
  const users = (await (await request.get('/api/v1/users', { headers })).json()) as { users: { id: string; email: string }[] };
  const partnerUser = users.users.find((u) => u.email === PARTNER.email)!;
  const org = await request.post('/api/v1/partners', { data: { name: 'Reclassering Nederland', kind: 'other' }, headers });
  assert.equal(org.status(), 201, await org.text());
  const orgId = ((await org.json()) as { id: string }).id;
  const member = await request.post(`/api/v1/partners/${orgId}/members`, { data: { userId: partnerUser.id }, headers });
  assert.ok(member.ok(), await member.text());
  await request.delete('/api/v1/session', { headers });
}

/** The procesregisseur's second case, not shared with the partner (through the API, in the page's session). */
async function openOtherCase(page: Page): Promise<string> {
  const { csrfToken } = (await (await page.request.get('/api/v1/session')).json()) as { csrfToken: string };
  const created = await page.request.post('/api/v1/cases', {
    data: {
      person: { name: OTHER_PERSON, birthDate: '1999-09-09' },
      criteria: ['nazorg'],
      legalBasis: 'Convenant Zorg- en Veiligheidshuis',
    },
    headers: { 'x-csrf-token': csrfToken },
  });
  assert.equal(created.status(), 201, await created.text());
  return ((await created.json()) as { id: string }).id;
}

async function createCaseWithPlan(page: Page): Promise<{ url: string; reference: string }> {
  await page.goto('/casussen/nieuw');
  await page.getByRole('heading', { level: 1, name: 'Nieuwe casus' }).waitFor();
  await page.locator('#case-name').fill(PERSON);
  await page.locator('#case-birth').fill('2002-04-05');
  await page.getByLabel('Top-X / veelpleger').check();
  await page.getByLabel('Een andere grondslag (naam)').check();
  await page.getByLabel('Naam van de grondslag').fill('Convenant Zorg- en Veiligheidshuis Zuid-Holland Zuid');
  await page.getByLabel(PARTNER.name).check();
  await page.getByRole('button', { name: 'Casus openen' }).click();
  const heading = page.getByRole('heading', { level: 1, name: new RegExp(`PGA-\\d{4}-\\d{4} · ${PERSON}`) });
  await heading.waitFor();
  const reference = ((await heading.textContent()) ?? '').trim().split(' ')[0]!;

  await page.getByRole('heading', { name: 'Plan van aanpak' }).waitFor();
  await page.locator('#plan-trajectory').selectOption('zorg');
  await page.getByRole('button', { name: 'Doel toevoegen' }).click();
  await page.locator('[id^="goal-"][id$="-domain"]').first().selectOption('housing');
  await page.locator('[id^="goal-"][id$="-text"]').first().fill(GOAL);
  await page.getByRole('button', { name: 'Traject en doelen opslaan' }).click();
  await page.getByText('Opgeslagen.').waitFor();
  await page.getByRole('button', { name: 'Interventie toevoegen' }).click();
  await page.locator('#iv-description').fill(INTERVENTION);
  await page.locator('#iv-responsible').selectOption({ label: PARTNER.name });
  await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
  await page.getByRole('cell', { name: INTERVENTION }).waitFor();
  return { url: new URL(page.url()).pathname, reference };
}

before(async () => {
  browser = await launchBrowser();
  smtp = await startSmtpCapture();
  server = await startServer({
    env: { STADSVEILIG_DEMO: 'off', STADSVEILIG_SMTP_URL: smtp.url, STADSVEILIG_MAIL_FROM: 'Gemeente <pga@example.test>' },
  });
});

after(async () => {
  await browser?.close();
  await server?.stop();
  await smtp?.stop();
});

describe('the PGA journey in Chromium', { timeout: 400_000 }, () => {
  it('case and plan, need-to-know for a partner, break-glass reviewed by the privacy officer, subject access export', async () => {
    const admin = await newTestContext(browser, server.baseUrl);
    await prepareAccounts(admin.request);
    await admin.close();

    const directorContext = await newTestContext(browser, server.baseUrl, { acceptDownloads: true });
    const page = await directorContext.newPage();
    const errors = watchErrors(page);
    await logInAs(page, DIRECTOR.email, DIRECTOR.password);
    const { url, reference } = await createCaseWithPlan(page);
    const otherId = await openOtherCase(page);

    // The partner member: the assigned case with its plan, never the other one.
    const partnerContext = await newTestContext(browser, server.baseUrl);
    const partnerPage = await partnerContext.newPage();
    // Every request the partner's pages make must be one a partner may make (no refused background fetch).
    const partnerErrors = watchErrors(partnerPage);
    await logInAs(partnerPage, PARTNER.email, PARTNER.password);
    await partnerPage.goto('/casussen');
    await partnerPage.getByRole('row').filter({ hasText: reference }).filter({ hasText: PERSON }).waitFor();
    assert.equal(await partnerPage.getByText(OTHER_PERSON).count(), 0, 'the other case is not listed');
    await partnerPage
      .getByRole('link', { name: new RegExp(reference) })
      .first()
      .click();
    // A member works on the plan too: the goal in its form, the intervention in the list.
    await partnerPage.getByRole('cell', { name: INTERVENTION }).waitFor();
    assert.equal(await partnerPage.locator('[id^="goal-"][id$="-text"]').first().inputValue(), GOAL);
    await partnerPage.goto(`/casussen/${otherId}`);
    await partnerPage.getByRole('alert').waitFor();
    assert.equal(await partnerPage.getByText(OTHER_PERSON).count(), 0, 'the other case is not shown');
    assert.deepEqual(
      partnerErrors.filter((e) => !e.includes('status of 404')),
      [],
      'only the other case itself is refused',
    );
    await partnerContext.close();

    // A caseworker not assigned: refused, then break-glass with a reason gives read-only access.
    const thirdContext = await newTestContext(browser, server.baseUrl);
    const thirdPage = await thirdContext.newPage();
    await logInAs(thirdPage, THIRD.email, THIRD.password);
    await thirdPage.goto(url);
    await thirdPage.getByRole('heading', { level: 1, name: 'Casus niet voor u open' }).waitFor();
    await thirdPage.getByText(DIRECTOR.name).first().waitFor();
    assert.equal(await thirdPage.getByText(PERSON).count(), 0, 'no person before break-glass');
    await thirdPage.getByLabel('Reden om de casus nu in te zien').fill(REASON);
    await thirdPage.getByRole('button', { name: 'Toegang doorbreken' }).click();
    await thirdPage.getByRole('heading', { level: 1, name: new RegExp(`${reference} · ${PERSON}`) }).waitFor();
    await thirdPage.getByText('U ziet dit plan alleen-lezen.').waitFor();
    assert.equal(await thirdPage.getByRole('button', { name: 'Doel toevoegen' }).count(), 0, 'break-glass reads only');
    await thirdContext.close();

    // The procesregisseur and the privacy officer are told: the case, never the person or the reason.
    for (const to of [DIRECTOR.email, PRIVACY.email]) {
      const mail = await smtp.waitFor((m) => m.to.includes(to) && m.subject.includes(reference), 60_000);
      for (const secret of [PERSON, REASON]) assert.ok(!`${mail.subject}${mail.text}`.includes(secret), `${to}: no ${secret}`);
    }

    // The privacy officer reviews the opening.
    const privacyContext = await newTestContext(browser, server.baseUrl);
    const review = await privacyContext.newPage();
    await logInAs(review, PRIVACY.email, PRIVACY.password);
    await review.goto('/casussen/toezicht');
    const row = review.locator('tr', { hasText: REASON });
    await row.getByText(reference).waitFor();
    await row.getByText(THIRD.name).waitFor();
    assert.ok(!((await review.locator('main').textContent()) ?? '').includes(PERSON), 'the review shows no person');
    await review.goto(url);
    await review.getByRole('heading', { level: 1, name: 'Toezicht op casussen' }).waitFor();
    assert.equal(await review.getByText(PERSON).count(), 0, "a case page is not the privacy officer's: the review shows");
    const asked = await review.request.get(`/api/v1${url.replace('/casussen/', '/cases/')}`);
    assert.ok([403, 404].includes(asked.status()), `the privacy officer reads no case content (${asked.status()})`);
    assert.ok(!(await asked.text()).includes(PERSON));
    await privacyContext.close();

    // Subject access: the JSON holds the person, the plan and the opening; the PDF is a PDF.
    await page.goto(url);
    const [json] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Inzageverzoek (JSON)' }).click()]);
    const exported = fs.readFileSync((await json.path())!, 'utf8');
    for (const expected of [PERSON, GOAL, INTERVENTION, REASON]) assert.ok(exported.includes(expected), `the export holds ${expected}`);
    const [pdf] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Inzageverzoek (PDF)' }).click()]);
    assert.equal(
      fs
        .readFileSync((await pdf.path())!)
        .subarray(0, 5)
        .toString('latin1'),
      '%PDF-',
    );
    assert.deepEqual(errors, []);
    await directorContext.close();
  });
});
